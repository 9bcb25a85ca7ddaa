package vn.motcua.identity;

/**
 * What to do when the personal ID number contradicts the claimed sex or birth year (its 4th to 6th
 * digits encode both).
 */
public enum ConsistencyPolicy {
  /** Refuse the identity with {@code identity.claims.inconsistent}; the default. */
  REJECT,
  /**
   * Accept the identity and record each contradiction in {@link CitizenIdentity#flags()}, for
   * procedures that let an officer check the data instead of refusing the citizen.
   */
  FLAG
}
