package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;

class InMemoryNonceStoreTest {
  private static final Instant T0 = Instant.parse("2026-03-02T03:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(T0);
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void markUsed_acceptsANonceOnceUntilItExpires() {
    InMemoryNonceStore store = new InMemoryNonceStore(10, clock);

    assertThat(store.markUsed("n1", T0.plusSeconds(60))).isTrue();
    assertThat(store.markUsed("n1", T0.plusSeconds(60))).isFalse();
    assertThat(store.markUsed("n2", T0.plusSeconds(60))).isTrue();
  }

  @Test
  void markUsed_forgetsExpiredNoncesAsNewOnesArrive() {
    InMemoryNonceStore store = new InMemoryNonceStore(10, clock);
    store.markUsed("n1", T0.plusSeconds(60));
    store.markUsed("n2", T0.plusSeconds(120));

    now.set(T0.plus(Duration.ofSeconds(90)));
    store.markUsed("n3", T0.plusSeconds(600));

    assertThat(store.size()).isEqualTo(2);
    assertThat(store.markUsed("n2", T0.plusSeconds(600))).isFalse();
  }

  @Test
  void markUsed_failsClosedWhenFullOfUnexpiredNonces() {
    InMemoryNonceStore store = new InMemoryNonceStore(2, clock);
    store.markUsed("n1", T0.plusSeconds(60));
    store.markUsed("n2", T0.plusSeconds(60));

    assertThatThrownBy(() -> store.markUsed("n3", T0.plusSeconds(60)))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IdentityCodes.NONCE_STORE_FULL);
              assertThat(e.isRetryable()).isTrue();
            });
    assertThat(store.markUsed("n1", T0.plusSeconds(60))).isFalse();

    now.set(T0.plusSeconds(61));
    assertThat(store.markUsed("n3", T0.plusSeconds(120))).isTrue();
  }
}
