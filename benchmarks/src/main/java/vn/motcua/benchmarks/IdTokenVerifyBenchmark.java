package vn.motcua.benchmarks;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTProcessor;
import java.security.Security;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.ClaimProfiles;
import vn.motcua.identity.IdTokenVerifier;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.JwksSource;
import vn.motcua.identity.NonceStore;
import vn.motcua.identity.VerificationContext;
import vn.motcua.identity.VerifiedIdToken;

/**
 * Verifying a DVCQG-shaped ID token (1.3 KB with RS256 and a 2048-bit key, 1.1 KB with ES256 on
 * P-256): motcua's {@link IdTokenVerifier} beside Nimbus's {@link DefaultJWTProcessor} configured
 * to make the same checks on the same tokens.
 *
 * <p>Both sides verify a ring of {@value #RING} distinct tokens (distinct nonce, subject, personal
 * ID and signature), taken in turn, against one key set publishing an RSA and an EC key, and both
 * check: the algorithm against the allow-list RS256, PS256, ES256; {@code typ} absent, {@code JWT}
 * or {@code application/jwt}; the key by {@code kid}; the signature; no {@code events}; {@code iss}
 * exactly; {@code sub}, {@code iat} and {@code exp} present; every {@code aud} equal to the client
 * id and {@code azp} equal to it; {@code exp} and {@code iat} (not in the future, at most 10
 * minutes old) within 60 s of skew; the nonce the login sent; a level of assurance of at least
 * VNeID level 1. Time is held still at {@link IdTokenSamples#NOW} on both sides (a fixed {@link
 * Clock} for motcua, an overridden {@code currentTime()} for Nimbus), so the tokens stay valid all
 * run.
 *
 * <p>Replay detection is the one check left out of the pair. motcua records each accepted nonce in
 * its {@link NonceStore}, which would refuse the ring's second round; Nimbus has no replay
 * detection at all. So that both sides do the same work, the motcua verifier here is given a store
 * that accepts every nonce, and the raw side does no replay check either. What the real in-memory
 * store costs is measured on its own by {@link #replayCheck_inMemoryNonceStore}.
 *
 * <p>ECDSA: with {@code bcprov-jdk18on} on the class path, as in this module, motcua verifies with
 * BouncyCastle's provider (handed to its verifiers, never registered globally); the raw side is
 * Nimbus as it comes, on the JDK's default provider. Setup refuses to run if BouncyCastle is
 * missing or registered with {@link Security}, since either would make the ES256 pair compare
 * something else.
 *
 * <p>Setup also checks that both sides accept every token of the ring and reject the same bad
 * tokens (a changed claim under the original signature, another login's nonce, expired, issued in
 * the future, too old, assurance too low), so that the comparison is of equal work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IdTokenVerifyBenchmark {
  static final int RING = 64;

  /**
   * Accepts every nonce. Only for this benchmark, whose raw side does no replay check either: an
   * application must never configure such a store.
   */
  private static final NonceStore NO_REPLAY_CHECK = (nonce, expiresAt) -> true;

  private static final Set<JWSAlgorithm> ALLOWED =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

  /** The ring of RS256 tokens and both sides' verifiers. */
  @State(Scope.Benchmark)
  public static class Rs256 extends Fixture {
    /** Mints the tokens, builds both sides and checks that they agree. */
    @Setup
    public void setUp() {
      prepare(JWSAlgorithm.RS256);
    }
  }

  /** The ring of ES256 tokens and both sides' verifiers. */
  @State(Scope.Benchmark)
  public static class Es256 extends Fixture {
    /** Mints the tokens, builds both sides and checks that they agree. */
    @Setup
    public void setUp() {
      prepare(JWSAlgorithm.ES256);
    }
  }

  /** Which token of the ring comes next, per benchmark thread. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int take() {
      int index = next;
      next = (index + 1) % RING;
      return index;
    }
  }

  /** motcua, RS256: the verifier every login's callback uses. */
  @Benchmark
  public VerifiedIdToken sdk_verifyRs256(Rs256 fixture, Cursor cursor) {
    return fixture.sdk(cursor.take());
  }

  /** Raw Nimbus, RS256: {@code DefaultJWTProcessor} with the same checks. */
  @Benchmark
  public JWTClaimsSet raw_verifyRs256(Rs256 fixture, Cursor cursor) throws Exception {
    return fixture.raw(cursor.take());
  }

  /** motcua, ES256, with BouncyCastle on the class path. */
  @Benchmark
  public VerifiedIdToken sdk_verifyEs256(Es256 fixture, Cursor cursor) {
    return fixture.sdk(cursor.take());
  }

  /** Raw Nimbus, ES256, on the JDK's default provider. */
  @Benchmark
  public JWTClaimsSet raw_verifyEs256(Es256 fixture, Cursor cursor) throws Exception {
    return fixture.raw(cursor.take());
  }

  /**
   * motcua's in-memory nonce store in its steady state, alone: each call purges one expired nonce
   * and records a new one among about 2,048 remembered; the cost the pairs above leave out.
   */
  @Benchmark
  public boolean replayCheck_inMemoryNonceStore(NonceStoreState state) {
    return state.markNext();
  }

  /** Tokens of one algorithm, with motcua's verifier and one Nimbus processor per token. */
  abstract static class Fixture {
    private final List<String> tokens = new ArrayList<>();
    private final List<VerificationContext> contexts = new ArrayList<>();
    private final List<JWTProcessor<SecurityContext>> processors = new ArrayList<>();
    private IdTokenVerifier verifier;

    VerifiedIdToken sdk(int index) {
      return verifier.verify(tokens.get(index), contexts.get(index));
    }

    JWTClaimsSet raw(int index) throws Exception {
      return processors.get(index).process(tokens.get(index), null);
    }

    void prepare(JWSAlgorithm algorithm) {
      requireBouncyCastleUnregistered();
      IdTokenSamples samples = new IdTokenSamples();
      verifier =
          IdTokenVerifier.builder()
              .issuer(IdTokenSamples.ISSUER)
              .clientId(IdTokenSamples.CLIENT_ID)
              .jwksSource(JwksSource.fixed(samples.publicKeys().toString()))
              .allowedAlgorithms("RS256", "PS256", "ES256")
              .clockSkew(IdTokenSamples.CLOCK_SKEW)
              .maxTokenAge(IdTokenSamples.MAX_TOKEN_AGE)
              .claimProfile(ClaimProfiles.dvcqg())
              .requiredAssurance(AssuranceLevel.VNEID_LEVEL_1)
              .nonceStore(NO_REPLAY_CHECK)
              .clock(Clock.fixed(IdTokenSamples.NOW, ZoneOffset.UTC))
              .build();
      // Nimbus's own JWK source and key selector, shared by the per-nonce processors as an
      // application would share them; it converts the selected JWK to a Java key per token.
      JWSVerificationKeySelector<SecurityContext> keySelector =
          new JWSVerificationKeySelector<>(ALLOWED, new ImmutableJWKSet<>(samples.publicKeys()));
      for (int n = 0; n < RING; n++) {
        String nonce = IdTokenSamples.newNonce();
        tokens.add(samples.mint(algorithm, n, nonce));
        contexts.add(VerificationContext.expectingNonce(nonce).build());
        processors.add(rawProcessor(keySelector, nonce));
      }
      checkBothAgree(samples, algorithm, keySelector);
    }

    private static JWTProcessor<SecurityContext> rawProcessor(
        JWSVerificationKeySelector<SecurityContext> keySelector, String nonce) {
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(keySelector);
      processor.setJWSTypeVerifier(
          new DefaultJOSEObjectTypeVerifier<>(
              JOSEObjectType.JWT, new JOSEObjectType("application/jwt"), null));
      processor.setJWTClaimsSetVerifier(new RawClaimsVerifier(nonce));
      return processor;
    }

    private void checkBothAgree(
        IdTokenSamples samples,
        JWSAlgorithm algorithm,
        JWSVerificationKeySelector<SecurityContext> keySelector) {
      for (int i = 0; i < RING; i++) {
        String subject = sdk(i).subject();
        String rawSubject;
        try {
          rawSubject = raw(i).getSubject();
        } catch (Exception e) {
          throw new IllegalStateException("Nimbus rejected token " + i + ": " + e.getMessage(), e);
        }
        if (!subject.equals(rawSubject)) {
          throw new IllegalStateException("the two sides read token " + i + " differently");
        }
      }
      // The bad tokens answer one more login, with a processor and context of its own.
      String loginNonce = IdTokenSamples.newNonce();
      String otherNonce = IdTokenSamples.newNonce();
      VerificationContext context = VerificationContext.expectingNonce(loginNonce).build();
      JWTProcessor<SecurityContext> processor = rawProcessor(keySelector, loginNonce);
      String good = samples.mint(algorithm, 1, loginNonce);
      expectAccepted(good, context, processor);
      expectRejected(
          "a changed claim under the original signature",
          IdTokenSamples.tampered(good),
          context,
          processor,
          IdentityCodes.TOKEN_SIGNATURE,
          "invalid signature");
      expectRejected(
          "another login's nonce",
          samples.mint(algorithm, 1, otherNonce),
          context,
          processor,
          IdentityCodes.NONCE_MISMATCH,
          "nonce");
      expectRejected(
          "an expired token",
          mint(
              samples,
              algorithm,
              loginNonce,
              IdTokenSamples.NOW.minusSeconds(7 * 60),
              IdTokenSamples.NOW.minusSeconds(2 * 60)),
          context,
          processor,
          IdentityCodes.TOKEN_EXPIRED,
          "expired");
      expectRejected(
          "a token issued in the future",
          mint(
              samples,
              algorithm,
              loginNonce,
              IdTokenSamples.NOW.plusSeconds(3 * 60),
              IdTokenSamples.NOW.plusSeconds(8 * 60)),
          context,
          processor,
          IdentityCodes.TOKEN_ISSUED_IN_FUTURE,
          "iat in the future");
      expectRejected(
          "a token older than the maximum age",
          mint(
              samples,
              algorithm,
              loginNonce,
              IdTokenSamples.NOW.minusSeconds(12 * 60),
              IdTokenSamples.NOW.plusSeconds(30 * 60)),
          context,
          processor,
          IdentityCodes.TOKEN_STALE,
          "too old");
      expectRejected(
          "an assurance level below VNeID level 1",
          samples.mint(
              algorithm,
              samples
                  .claims(1, loginNonce, IdTokenSamples.NOW.minusSeconds(5))
                  .claim("loAs", "0")
                  .build()),
          context,
          processor,
          IdentityCodes.ASSURANCE_TOO_LOW,
          "assurance");
    }

    private static String mint(
        IdTokenSamples samples,
        JWSAlgorithm algorithm,
        String nonce,
        Instant issuedAt,
        Instant expiresAt) {
      return samples.mint(
          algorithm,
          samples.claims(1, nonce, issuedAt).expirationTime(Date.from(expiresAt)).build());
    }

    private void expectAccepted(
        String token, VerificationContext context, JWTProcessor<SecurityContext> processor) {
      verifier.verify(token, context);
      try {
        processor.process(token, null);
      } catch (Exception e) {
        throw new IllegalStateException("Nimbus rejected a good token: " + e.getMessage(), e);
      }
    }

    private void expectRejected(
        String what,
        String token,
        VerificationContext context,
        JWTProcessor<SecurityContext> processor,
        String code,
        String rawReason) {
      try {
        verifier.verify(token, context);
        throw new IllegalStateException("motcua accepted " + what);
      } catch (IdentityException expected) {
        if (!expected.code().equals(code)) {
          throw new IllegalStateException(
              "motcua rejected " + what + " with " + expected.code() + ", not " + code);
        }
      }
      try {
        processor.process(token, null);
      } catch (BadJOSEException | com.nimbusds.jose.JOSEException | java.text.ParseException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (!message.contains(rawReason)) {
          throw new IllegalStateException(
              "Nimbus rejected " + what + " for another reason: " + e.getMessage(), e);
        }
        return;
      }
      throw new IllegalStateException("Nimbus accepted " + what);
    }
  }

  /**
   * motcua's checks that {@link DefaultJWTClaimsVerifier} lacks, added the way a Nimbus user would:
   * {@code iat} not in the future and not older than the maximum age, every audience the client,
   * and the level of assurance. Time is held at {@link IdTokenSamples#NOW}.
   */
  static final class RawClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
    private static final Date NOW = Date.from(IdTokenSamples.NOW);
    private static final long SKEW_MILLIS = IdTokenSamples.CLOCK_SKEW.toMillis();
    private static final long MAX_AGE_MILLIS = IdTokenSamples.MAX_TOKEN_AGE.toMillis();

    /** {@code loAs} values of VNeID level 1 or higher, as DVCQG sends them. */
    private static final Set<String> ACCEPTED_LEVELS = Set.of("1", "LoA1", "2", "LoA2");

    RawClaimsVerifier(String nonce) {
      super(
          Set.of(IdTokenSamples.CLIENT_ID),
          new JWTClaimsSet.Builder()
              .issuer(IdTokenSamples.ISSUER)
              .claim("azp", IdTokenSamples.CLIENT_ID)
              .claim("nonce", nonce)
              .build(),
          Set.of("sub", "iat", "exp"),
          Set.of("events"));
      setMaxClockSkew((int) IdTokenSamples.CLOCK_SKEW.toSeconds());
    }

    @Override
    protected Date currentTime() {
      return NOW;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
      super.verify(claims, context);
      long now = currentTime().getTime();
      long issuedAt = claims.getIssueTime().getTime();
      if (issuedAt - SKEW_MILLIS > now) {
        throw new BadJWTException("iat in the future");
      }
      if (issuedAt + MAX_AGE_MILLIS + SKEW_MILLIS < now) {
        throw new BadJWTException("token too old");
      }
      for (String audience : claims.getAudience()) {
        if (!IdTokenSamples.CLIENT_ID.equals(audience)) {
          throw new BadJWTException("untrusted audience");
        }
      }
      if (!(claims.getClaim("loAs") instanceof String level) || !ACCEPTED_LEVELS.contains(level)) {
        throw new BadJWTException("assurance too low");
      }
    }
  }

  private static void requireBouncyCastleUnregistered() {
    try {
      Class.forName(
          "org.bouncycastle.jce.provider.BouncyCastleProvider",
          false,
          IdTokenVerifyBenchmark.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("bcprov-jdk18on must be on the class path", e);
    }
    if (Security.getProvider("BC") != null) {
      throw new IllegalStateException("BouncyCastle must not be registered with Security");
    }
  }

  /** A nonce store held at steady state: a ticking clock makes each nonce expire in time. */
  @State(Scope.Thread)
  public static class NonceStoreState {
    private static final int NONCES = 4096;

    private final TickingClock clock = new TickingClock();
    private final String[] nonces = new String[NONCES];
    private NonceStore store;

    /** Creates the store and a ring of distinct nonces. */
    @Setup
    public void setUp() {
      store = NonceStore.inMemory(100_000, clock);
      for (int i = 0; i < NONCES; i++) {
        nonces[i] = IdTokenSamples.newNonce();
      }
    }

    boolean markNext() {
      long tick = clock.ticks;
      // Remembered for half a ring, so a nonce has long expired when its turn comes again.
      Instant expiresAt = Instant.ofEpochSecond(0, tick + NONCES / 2);
      if (!store.markUsed(nonces[(int) (tick % NONCES)], expiresAt)) {
        throw new IllegalStateException("the store saw a replay; the benchmark is broken");
      }
      return true;
    }
  }

  /** A clock one nanosecond later at every reading, so that time advances with each call. */
  static final class TickingClock extends Clock {
    private long ticks;

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(0, ++ticks);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
