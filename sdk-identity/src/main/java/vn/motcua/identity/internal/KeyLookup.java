package vn.motcua.identity.internal;

import com.nimbusds.jose.JWSVerifier;
import org.jspecify.annotations.Nullable;

/** The answer of a key set to "which key verifies this token": a verifier or why there is none. */
public record KeyLookup(Outcome outcome, @Nullable JWSVerifier verifier) {

  /** Why a key was or was not found. */
  public enum Outcome {
    /** One usable key matched; {@link #verifier()} is set. */
    FOUND,
    /** No usable key matched the {@code kid} and algorithm. */
    NOT_FOUND,
    /** The token has no {@code kid} and several usable keys fit its algorithm. */
    AMBIGUOUS,
    /** The matching key is too weak to be used. */
    WEAK
  }

  static final KeyLookup NOT_FOUND = new KeyLookup(Outcome.NOT_FOUND, null);
  static final KeyLookup AMBIGUOUS = new KeyLookup(Outcome.AMBIGUOUS, null);
  static final KeyLookup WEAK = new KeyLookup(Outcome.WEAK, null);

  static KeyLookup found(JWSVerifier verifier) {
    return new KeyLookup(Outcome.FOUND, verifier);
  }
}
