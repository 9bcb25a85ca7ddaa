package vn.motcua.identity.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.AssuranceLevel;

/**
 * The content of a login transaction, and the MAC that binds it to the relying party that created
 * it. Holds secrets: {@link #toString()} shows none.
 *
 * @param maxAgeSeconds the {@code max_age} the login asked for, if any
 * @param requiredAssurance the level this login requires beyond the relying party's; {@link
 *     AssuranceLevel#NONE} when it asks for nothing more
 * @param mac HMAC-SHA256 over every other field, base64url
 */
public record TransactionData(
    String issuer,
    String clientId,
    String state,
    String nonce,
    String codeVerifier,
    String redirectUri,
    @Nullable Long maxAgeSeconds,
    List<String> acrValues,
    AssuranceLevel requiredAssurance,
    Instant createdAt,
    String mac) {

  /** Copies the list. */
  public TransactionData {
    acrValues = List.copyOf(acrValues);
  }

  @Override
  public String toString() {
    return "TransactionData[issuer="
        + issuer
        + ", clientId="
        + clientId
        + ", redirectUri="
        + redirectUri
        + ", maxAge="
        + maxAgeSeconds
        + ", acrValues="
        + acrValues
        + ", requiredAssurance="
        + requiredAssurance
        + ", createdAt="
        + createdAt
        + ", state=[redacted], nonce=[redacted], codeVerifier=[redacted]]";
  }
}
