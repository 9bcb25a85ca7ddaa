package vn.motcua.examples.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.CitizenIdentity;

/**
 * Server-side sessions in memory, found by a random 256-bit id in a cookie. The cookie holds
 * nothing else; the login transaction (with its PKCE verifier) and the verified identity stay here.
 */
final class Sessions {
  /** The session cookie's name. */
  static final String COOKIE = "motcua_portal_session";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Duration idleTimeout;
  private final int maxSessions;
  private final Clock clock;

  Sessions(Duration idleTimeout, int maxSessions, Clock clock) {
    this.idleTimeout = idleTimeout;
    this.maxSessions = maxSessions;
    this.clock = clock;
  }

  /** One browser's session. Thread-safe: every field is guarded by the object's monitor. */
  static final class Session {
    private final String id;
    private final String csrfToken;
    private @Nullable String loginTransaction;
    private @Nullable CitizenIdentity identity;
    private Instant lastSeen;

    private Session(String id, Instant now) {
      this.id = id;
      this.csrfToken = randomToken();
      this.lastSeen = now;
    }

    String id() {
      return id;
    }

    /** The token every form of this session carries; compared in constant time. */
    String csrfToken() {
      return csrfToken;
    }

    /** Returns whether {@code presented} is this session's CSRF token. */
    boolean csrfMatches(@Nullable String presented) {
      return presented != null
          && MessageDigest.isEqual(
              csrfToken.getBytes(StandardCharsets.UTF_8),
              presented.getBytes(StandardCharsets.UTF_8));
    }

    synchronized void loginTransaction(@Nullable String json) {
      this.loginTransaction = json;
    }

    /** Returns the pending login transaction and forgets it: a transaction completes once. */
    synchronized Optional<String> takeLoginTransaction() {
      String json = loginTransaction;
      loginTransaction = null;
      return Optional.ofNullable(json);
    }

    synchronized Optional<CitizenIdentity> identity() {
      return Optional.ofNullable(identity);
    }

    private synchronized void identity(CitizenIdentity identity) {
      this.identity = identity;
    }

    private synchronized boolean touch(Instant now, Duration idle) {
      if (lastSeen.plus(idle).isBefore(now)) {
        return false;
      }
      lastSeen = now;
      return true;
    }

    /** Never shows the id or the token. */
    @Override
    public String toString() {
      return "Session[signedIn=" + identity().isPresent() + "]";
    }
  }

  /** Returns the live session named by a {@code Cookie} request header, if any. */
  Optional<Session> find(@Nullable String cookieHeader) {
    Optional<String> id = cookieValue(cookieHeader, COOKIE);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Session session = byId.get(id.get());
    if (session == null) {
      return Optional.empty();
    }
    if (!session.touch(clock.instant(), idleTimeout)) {
      byId.remove(session.id, session);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /** Starts an anonymous session. */
  Session create() {
    if (byId.size() >= maxSessions) {
      Instant now = clock.instant();
      byId.values().removeIf(s -> !s.touch(now, idleTimeout));
      if (byId.size() >= maxSessions) {
        throw new IllegalStateException("too many sessions");
      }
    }
    Session session = new Session(randomToken(), clock.instant());
    byId.put(session.id, session);
    return session;
  }

  /**
   * Ends {@code before} and returns a new session (new id, new CSRF token) for the signed-in
   * citizen, so an id known before the login (session fixation) is worth nothing after it.
   */
  Session signIn(Session before, CitizenIdentity identity) {
    byId.remove(before.id, before);
    Session after = create();
    after.identity(identity);
    return after;
  }

  /** Ends a session. */
  void remove(Session session) {
    byId.remove(session.id, session);
  }

  /** Returns the value of the cookie {@code name} in a {@code Cookie} header. */
  static Optional<String> cookieValue(@Nullable String header, String name) {
    if (header == null) {
      return Optional.empty();
    }
    for (String pair : header.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
        String value = pair.substring(eq + 1).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
