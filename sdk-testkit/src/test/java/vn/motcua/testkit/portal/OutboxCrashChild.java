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
 * <p>Arguments: the H2 database path, the stub's DVCQG base URL, username, password.
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
    Outbox outbox = Outbox.embedded(Path.of(args[0]));
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
}
