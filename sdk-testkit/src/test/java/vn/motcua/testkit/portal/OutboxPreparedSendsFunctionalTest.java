package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.testkit.portal.PortalFixtures.acceptedDossier;
import static vn.motcua.testkit.portal.PortalFixtures.step;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalProgress;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.LgspClient;

/**
 * A dispatcher in the submitting process sends the portal data prepared at submission instead of
 * parsing the stored payload again. What it sends must be, byte for byte, what a dispatcher in
 * another process sends after reading the payload, and what the client sends by itself: the
 * requests are recorded on their way to the stub portal and compared.
 */
class OutboxPreparedSendsFunctionalTest {
  static final StubPortal portal = StubPortal.builder().build();

  /** One request as it left the client: its path, idempotency key and body. */
  record Sent(String path, String key, String body) {
    /** The JSON text of the body's {@code data} member (an array), exactly as sent. */
    String data() {
      String member = "\"data\":";
      int start = body.indexOf(member);
      assertThat(start).as("a data member in %s", path).isPositive();
      start += member.length();
      int depth = 0;
      boolean inString = false;
      for (int i = start; i < body.length(); i++) {
        char c = body.charAt(i);
        if (inString) {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            inString = false;
          }
        } else if (c == '"') {
          inString = true;
        } else if (c == '[' || c == '{') {
          depth++;
        } else if ((c == ']' || c == '}') && --depth == 0) {
          return body.substring(start, i + 1);
        }
      }
      throw new AssertionError("an unbalanced data member in " + path);
    }
  }

  final List<Sent> sent = new CopyOnWriteArrayList<>();
  final List<AutoCloseable> opened = new ArrayList<>();
  HttpTransport transport;

  @BeforeAll
  static void start() {
    portal.start();
  }

  @AfterAll
  static void stop() {
    portal.stop();
  }

  @BeforeEach
  void open() {
    portal.reset();
    OkHttpClient recording =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  Request request = chain.request();
                  String key = request.header("Idempotency-Key");
                  if (key != null && request.body() != null) {
                    Buffer body = new Buffer();
                    request.body().writeTo(body);
                    sent.add(new Sent(request.url().encodedPath(), key, body.readUtf8()));
                  }
                  return chain.proceed(request);
                })
            .build();
    transport = HttpTransport.builder().okHttpClient(recording).build();
  }

  @AfterEach
  void close() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    transport.close();
  }

  static Dossier dossier() {
    return acceptedDossier().toBuilder()
        .code(DossierCode.parse("000.00.12.H01-250310-0042"))
        .build();
  }

  static List<ProcessingStep> steps() {
    return List.of(step(DossierStatus.IN_PROCESS, 9), step(DossierStatus.RESULT_READY, 15));
  }

  Outbox embedded(Path file) {
    Outbox outbox = Outbox.embedded(file);
    opened.add(outbox);
    return outbox;
  }

  /**
   * Sends the dossier and its steps three ways and returns the requests of each: from the data
   * prepared at submission, from the payload read back by a new outbox object over the same
   * database, and by the client itself.
   */
  List<List<Sent>> sentThreeWays(Function<Outbox, Dispatcher> dispatchers, Runnable direct) {
    List<List<Sent>> ways = new ArrayList<>();
    Path prepared = Path.of("target", "h2", "prepared-" + UUID.randomUUID());
    Outbox submitting = embedded(prepared);
    submitting.submit(dossier());
    submitting.submitProgress(dossier().code(), steps());
    assertThat(dispatchers.apply(submitting).runOnce()).isEqualTo(2);
    ways.add(List.copyOf(sent));
    sent.clear();

    Path stored = Path.of("target", "h2", "stored-" + UUID.randomUUID());
    try (Outbox before = Outbox.embedded(stored)) {
      before.submit(dossier());
      before.submitProgress(dossier().code(), steps());
    }
    Outbox reopened = embedded(stored); // nothing prepared: the payloads are read
    assertThat(dispatchers.apply(reopened).runOnce()).isEqualTo(2);
    ways.add(List.copyOf(sent));
    sent.clear();

    direct.run();
    ways.add(List.copyOf(sent));
    return ways;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /**
   * The three ways sent the same keys and the same data, and that data is the elements' JSON whose
   * digest the keys end with.
   */
  static void assertSameDataUnderTheirKeys(List<List<Sent>> ways) throws Exception {
    DvcqgMapping mapping = DvcqgMapping.defaults();
    MotcuaJson json = MotcuaJson.strict();
    byte[] element = json.writeBytes(mapping.toPortal(dossier()));
    List<PortalProgress> progress = new ArrayList<>();
    for (ProcessingStep step : steps()) {
      progress.add(mapping.toPortal(dossier().code(), step));
    }
    byte[] elements = json.writeBytes(progress);
    String code = dossier().code().value();
    for (List<Sent> way : ways) {
      assertThat(way).hasSize(2);
      assertThat(way.get(0).key()).isEqualTo(code + "/dossier/" + sha256(element));
      assertThat(way.get(0).data())
          .isEqualTo("[" + new String(element, StandardCharsets.UTF_8) + "]");
      assertThat(way.get(1).key()).isEqualTo(code + "/progress/" + sha256(elements));
      assertThat(way.get(1).data()).isEqualTo(new String(elements, StandardCharsets.UTF_8));
    }
  }

  @Test
  void dvcqg_preparedStoredAndDirectSends_carryTheSameBytesUnderTheSameKeys() throws Exception {
    DvcqgClient client = PortalFixtures.dvcqg(portal, transport).build();
    opened.add(client);
    List<List<Sent>> ways =
        sentThreeWays(
            outbox -> Dispatcher.builder(outbox, client).build(),
            () -> {
              client.syncDossier(dossier());
              client.pushProgress(dossier().code(), steps());
            });

    assertSameDataUnderTheirKeys(ways);
    assertThat(ways.get(0)).extracting(Sent::path).containsOnly("/dvcqg/adapter");
    assertThat(portal.versions(dossier().code().value())).hasSize(1);
    assertThat(portal.status(dossier().code().value())).contains(DossierStatus.RESULT_READY);
  }

  @Test
  void lgsp_preparedStoredAndDirectSends_carryTheSameBytesUnderTheSameKeys() throws Exception {
    LgspClient client = PortalFixtures.lgsp(portal, transport).build();
    opened.add(client);
    List<List<Sent>> ways =
        sentThreeWays(
            outbox -> Dispatcher.builder(outbox, client).build(),
            () -> {
              client.syncDocument(dossier());
              client.updateTraces(dossier().code(), steps());
            });

    assertSameDataUnderTheirKeys(ways);
    assertThat(ways.get(0))
        .extracting(Sent::path)
        .containsExactly("/lgsp/Document/SyncDocument", "/lgsp/Document/UpdateDocumentTraces");
    assertThat(portal.versions(dossier().code().value())).hasSize(1);
  }

  @Test
  void theSubmittingProcess_sendsWhatItPrepared_anotherProcessReadsThePayload() throws Exception {
    DvcqgClient client = PortalFixtures.dvcqg(portal, transport).build();
    opened.add(client);
    JdbcDataSource database = new JdbcDataSource();
    database.setURL(
        "jdbc:h2:file:"
            + Path.of("target", "h2", "prepared-unreadable-" + UUID.randomUUID()).toAbsolutePath());
    Outbox submitting = Outbox.jdbc(database);
    opened.add(submitting);
    Outbox elsewhere = Outbox.jdbc(database); // another process's outbox over the same table
    opened.add(elsewhere);
    OutboxEntry first = submitting.submit(dossier());
    OutboxEntry second =
        elsewhere.submit(
            dossier().toBuilder().code(DossierCode.parse("000.00.12.H01-250310-0043")).build());
    // Both stored payloads become unreadable; only the first was submitted through `submitting`.
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      assertThat(s.executeUpdate("UPDATE " + submitting.table() + " SET payload = X'7B'"))
          .isEqualTo(2);
    }

    assertThat(Dispatcher.builder(submitting, client).build().runOnce()).isEqualTo(2);

    assertThat(submitting.entry(first.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(submitting.entry(second.id()).orElseThrow().state()).isEqualTo(EntryState.DEAD);
    assertThat(submitting.entry(second.id()).orElseThrow().lastErrorCode())
        .isEqualTo("outbox.payload_unreadable");
    assertThat(portal.dossierCodes()).containsExactly(dossier().code().value());
  }
}
