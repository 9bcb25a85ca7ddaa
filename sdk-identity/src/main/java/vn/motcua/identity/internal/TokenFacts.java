package vn.motcua.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.AssuranceLevel;

/**
 * What verification established about an ID token, handed to the public {@code VerifiedIdToken}.
 *
 * @param claims every claim, unmodifiable at every depth
 */
public record TokenFacts(
    String issuer,
    String subject,
    List<String> audience,
    @Nullable String authorizedParty,
    Instant issuedAt,
    Instant expiresAt,
    @Nullable Instant authTime,
    @Nullable String acr,
    List<String> amr,
    AssuranceLevel assuranceLevel,
    boolean nonceChecked,
    String algorithm,
    @Nullable String keyId,
    boolean encrypted,
    Map<String, Object> claims) {}
