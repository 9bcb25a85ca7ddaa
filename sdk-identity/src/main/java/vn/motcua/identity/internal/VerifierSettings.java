package vn.motcua.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.ClaimProfile;
import vn.motcua.identity.NonceStore;

/**
 * The fixed settings of one verifier, checked by its builder.
 *
 * @param keys where asymmetric keys come from; null when only HMAC algorithms are allowed
 * @param macVerifier the verifier keyed with the client secret; null unless HMAC is allowed
 * @param decryptionKeys the client's keys for JWE; null when encrypted tokens are not expected
 */
public record VerifierSettings(
    String issuer,
    String clientId,
    Set<String> trustedAudiences,
    Set<JWSAlgorithm> allowedAlgorithms,
    @Nullable KeyResolver keys,
    @Nullable JWSVerifier macVerifier,
    Duration clockSkew,
    Duration maxTokenAge,
    int maxTokenLength,
    AssuranceLevel requiredAssurance,
    ClaimProfile profile,
    @Nullable DecryptionKeys decryptionKeys,
    boolean encryptionRequired,
    NonceStore nonceStore,
    Clock clock) {}
