package vn.motcua.testkit.internal.idp;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.persona.Persona;

/** What the stub remembers between requests. */
final class Grants {
  private Grants() {}

  /**
   * One sign-in of a persona at a client; every token issued from it refers to it, so that revoking
   * it (code replay, refresh token replay) revokes them all.
   */
  static final class Session {
    final StubClient client;
    final Persona persona;
    final Instant authTime;
    final Set<String> scopes;
    final @Nullable Long maxAge;
    private final AtomicBoolean revoked = new AtomicBoolean();

    Session(
        StubClient client,
        Persona persona,
        Instant authTime,
        Set<String> scopes,
        @Nullable Long maxAge) {
      this.client = client;
      this.persona = persona;
      this.authTime = authTime;
      this.scopes = Set.copyOf(scopes);
      this.maxAge = maxAge;
    }

    void revoke() {
      revoked.set(true);
    }

    boolean isRevoked() {
      return revoked.get();
    }
  }

  /** An authorization code, redeemable once before it expires. */
  static final class Code {
    final Session session;
    final String redirectUri;
    final String nonce;
    final String codeChallenge;
    final Instant expiresAt;
    private final AtomicBoolean redeemed = new AtomicBoolean();

    Code(
        Session session,
        String redirectUri,
        String nonce,
        String codeChallenge,
        Instant expiresAt) {
      this.session = session;
      this.redirectUri = redirectUri;
      this.nonce = nonce;
      this.codeChallenge = codeChallenge;
      this.expiresAt = expiresAt;
    }

    /** Marks the code redeemed; returns false when it already was. */
    boolean redeem() {
      return redeemed.compareAndSet(false, true);
    }
  }

  /**
   * An access token.
   *
   * @param session the sign-in it belongs to
   * @param expiresAt when it stops working
   */
  record Access(Session session, Instant expiresAt) {}

  /**
   * A client assertion id seen at the token endpoint, kept until the assertion expires.
   *
   * @param expiresAt when the assertion, and so the memory of it, expires
   */
  record SeenAssertion(Instant expiresAt) {}
}
