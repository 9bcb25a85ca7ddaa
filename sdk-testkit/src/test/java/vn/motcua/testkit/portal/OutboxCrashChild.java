package vn.motcua.testkit.portal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.portal.DvcqgClient;

/**
 * The child JVM of {@link OutboxCrashRunFunctionalTest}: drains an embedded outbox into the stub
 * portal until it is killed.
 *
 * <p>Arguments: the store ({@code h2:<database path>} or {@code pg:<schema>} on the PostgreSQL of
 * {@link OutboxPostgresIntegrationTest}), the stub's DVCQG base URL, username, password.
 */
final class OutboxCrashChild {
  private OutboxCrashChild() {}

  public static void main(String[] args) throws InterruptedException {
    HttpTransport transport = PortalFixtures.transport();
    DvcqgClient client =
        DvcqgClient.builder()
            .baseUrl(URI.create(args[1]))
            .username(args[2])
            .password(args[3])
            .agencyCode(PortalFixtures.AGENCY)
            .transport(transport)
            .build();
    Outbox outbox = open(args[0]).build();
    Dispatcher dispatcher =
        Dispatcher.builder(outbox, client)
            .threads(4)
            .pollInterval(Duration.ofMillis(20))
            .leaseDuration(Duration.ofSeconds(2))
            .retryPolicy(
                RetryPolicy.builder()
                    .baseDelay(Duration.ofMillis(5))
                    .maxDelay(Duration.ofMillis(50))
                    .build())
            .build();
    dispatcher.start();
    Thread.currentThread().join(); // until killed
  }

  /** Returns a builder of the outbox in {@code store}: {@code h2:<path>} or {@code pg:<schema>}. */
  static Outbox.Builder open(String store) {
    if (store.startsWith("h2:")) {
      return Outbox.embeddedBuilder(Path.of(store.substring(3)));
    }
    if (store.startsWith("pg:")) {
      return Outbox.builder(OutboxPostgresIntegrationTest.dataSource()).schema(store.substring(3));
    }
    throw new IllegalArgumentException("store must be h2:<path> or pg:<schema>");
  }
}
