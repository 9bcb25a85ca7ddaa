package vn.motcua.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierJson;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalIdempotency;
import vn.motcua.testkit.portal.StubPortal;

/**
 * Synthetic dossiers for the outbox benchmarks: the {@code n}-th is a birth registration accepted
 * at the desk (status 2) with a code of its own, received on day {@code n / 9999} after 2024-01-01
 * (a receipt day holds 9999 codes) and due a day later, so the stub portal accepts each as new.
 */
final class OutboxSamples {
  static final String AGENCY = "000.00.12.H01";
  private static final AgencyCode AGENCY_CODE = AgencyCode.parse(AGENCY);
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int CODES_PER_DAY = 9999;
  private static final DateTimeFormatter PORTAL_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Dossier template;

  OutboxSamples() {
    try (InputStream in = OutboxSamples.class.getResourceAsStream("outbox-dossier.json")) {
      PortalDossier element = MotcuaJson.lenient().read(in.readAllBytes(), PortalDossier.class);
      template = DvcqgMapping.defaults().fromPortal(element);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the {@code n}-th dossier ({@code n >= 0}). */
  Dossier dossier(long n) {
    OffsetDateTime received = received(n);
    return template.toBuilder()
        .code(code(n))
        .receivedAt(received)
        .dueAt(received.plusDays(1))
        .build();
  }

  /**
   * Runs the outbox's encoding work (dossier JSON written and read back, portal element, key
   * digest) {@code times} times, so that the JIT compiles it before measuring. A submission takes
   * milliseconds (a commit), so a short JMH warm-up alone leaves this code interpreted, which a
   * long-running service would not see.
   */
  long warmUpEncoding(int times) {
    DossierJson json = DossierJson.lenient();
    DvcqgMapping mapping = DvcqgMapping.defaults();
    long sink = 0;
    for (int i = 0; i < times; i++) {
      byte[] payload = json.writeBytes(dossier(i % 1024));
      sink += PortalIdempotency.forDossier(mapping.toPortal(json.read(payload))).length();
    }
    return sink;
  }

  /** Returns a DVCQG client of the samples' agency, logging in to {@code portal}. */
  static DvcqgClient client(StubPortal portal) {
    return DvcqgClient.builder()
        .baseUrl(portal.dvcqgBaseUrl())
        .username(portal.username())
        .password(portal.password())
        .agencyCode(AGENCY)
        .build();
  }

  /** Returns the code of the {@code n}-th dossier. */
  static DossierCode code(long n) {
    return DossierCode.of(AGENCY_CODE, day(n), (int) (n % CODES_PER_DAY) + 1);
  }

  /** Returns the {@code n}-th dossier's receipt time as the portal writes it. */
  static String portalReceived(long n) {
    return received(n).format(PORTAL_TIME);
  }

  /** Returns the {@code n}-th dossier's due time as the portal writes it. */
  static String portalDue(long n) {
    return received(n).plusDays(1).format(PORTAL_TIME);
  }

  private static OffsetDateTime received(long n) {
    return day(n).atTime(8, 30).atOffset(VIETNAM);
  }

  private static LocalDate day(long n) {
    return FIRST_DAY.plusDays(n / CODES_PER_DAY);
  }
}
