package vn.motcua.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.validation.Violation;
import vn.motcua.examples.desk.DeskConfig.Source;

class DeskConfigTest {
  @TempDir Path dir;

  private Path file(String content) throws IOException {
    Path file = dir.resolve("desk.properties");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void defaults_useBothStubsAndTheSampleProcedure() {
    DeskConfig config = DeskConfig.defaults();

    assertThat(config.stubIdentityProvider()).isTrue();
    assertThat(config.stubPortal()).isTrue();
    assertThat(config.persona()).isEqualTo("citizen-01");
    assertThat(config.agencyCode().value()).isEqualTo("000.00.12.H01");
    assertThat(config.procedure().code().value()).isEqualTo("1.001193");
    assertThat(config.dataDir()).isEqualTo(Path.of("target/one-stop-desk"));
    assertThat(config.deliveryTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.source(Setting.DATA_DIR)).contains(Source.DEFAULT);
    assertThat(config.file()).isEmpty();
  }

  @Test
  void load_fileOverridesDefaults() throws IOException {
    Path file = file("agency.code=000.00.53.H48\nprocedure.code=1.004194\n");

    DeskConfig config = DeskConfig.load(file, Map.of());

    assertThat(config.agencyCode().value()).isEqualTo("000.00.53.H48");
    assertThat(config.source(Setting.AGENCY_CODE)).contains(Source.FILE);
    assertThat(config.procedure().code().value()).isEqualTo("1.004194");
    assertThat(config.source(Setting.PERSONA)).contains(Source.DEFAULT);
    assertThat(config.file()).contains(file);
  }

  @Test
  void load_environmentOverridesFileAndDefaults() throws IOException {
    Path file = file("agency.code=000.00.53.H48\ndata.dir=from-file\n");

    DeskConfig config =
        DeskConfig.load(
            file,
            Map.of(
                "MOTCUA_AGENCY_CODE", "000.00.12.H01",
                "MOTCUA_STUB_PERSONA", "citizen-02"));

    assertThat(config.agencyCode().value()).isEqualTo("000.00.12.H01");
    assertThat(config.source(Setting.AGENCY_CODE)).contains(Source.ENVIRONMENT);
    assertThat(config.persona()).isEqualTo("citizen-02");
    assertThat(config.dataDir()).isEqualTo(Path.of("from-file"));
    assertThat(config.source(Setting.DATA_DIR)).contains(Source.FILE);
  }

  @Test
  void load_blankEnvironmentValueCountsAsUnset() throws IOException {
    Path file = file("data.dir=from-file\n");

    DeskConfig config = DeskConfig.load(file, Map.of("MOTCUA_DATA_DIR", "  "));

    assertThat(config.dataDir()).isEqualTo(Path.of("from-file"));
  }

  @Test
  void load_readsTheFileNamedByMotcuaConfig_unlessOneIsGiven() throws IOException {
    Path named = file("stub.persona=citizen-04\n");
    Path given = dir.resolve("given.properties");
    Files.writeString(given, "stub.persona=citizen-06\n");

    assertThat(DeskConfig.load(null, Map.of("MOTCUA_CONFIG", named.toString())).persona())
        .isEqualTo("citizen-04");
    assertThat(DeskConfig.load(given, Map.of("MOTCUA_CONFIG", named.toString())).persona())
        .isEqualTo("citizen-06");
  }

  @Test
  void load_realEndpointsWithTheirCredentials_leaveTheStubs() {
    DeskConfig config =
        DeskConfig.load(
            null,
            Map.of(
                "MOTCUA_IDP_ISSUER", "https://sso.example.vn",
                "MOTCUA_CLIENT_ID", "desk",
                "MOTCUA_CLIENT_SECRET", "s3cret-value",
                "MOTCUA_REDIRECT_URI", "https://desk.example.vn/callback",
                "MOTCUA_PORTAL_URL", "https://adapter.example.vn",
                "MOTCUA_PORTAL_USER", "desk-user",
                "MOTCUA_PORTAL_PASSWORD", "p4ssword-value"));

    assertThat(config.stubIdentityProvider()).isFalse();
    assertThat(config.stubPortal()).isFalse();
    assertThat(config.issuer()).contains("https://sso.example.vn");
    assertThat(config.clientSecret()).contains("s3cret-value");
    assertThat(config.printable(Setting.CLIENT_SECRET)).isEqualTo("[redacted]");
    assertThat(config.toString())
        .contains("portal.url=https://adapter.example.vn")
        .doesNotContain("s3cret-value")
        .doesNotContain("p4ssword-value");
  }

  @Test
  void load_badConfiguration_listsEveryProblemAtItsSetting() throws IOException {
    Path file =
        file(
            """
            idp.issuer=http://sso.example.vn
            idp.client-id=desk
            portal.passwrod=typo
            agency.code=not-an-agency
            procedure.code=9.999999
            delivery.timeout-seconds=0
            """);

    DeskConfigException e =
        catchThrowableOfType(
            DeskConfigException.class,
            () ->
                DeskConfig.load(
                    file,
                    Map.of(
                        "MOTCUA_PORTAL_URL", "https://adapter.example.vn",
                        "MOTCUA_PORTAL_PASSWORD", "p4ssword-value")));

    assertThat(e.code()).isEqualTo("desk.config.invalid");
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("/portal.passwrod", "desk.config.unknown_key"),
            tuple("/procedure.code", "desk.config.procedure_unknown"),
            tuple("/idp.issuer", "desk.config.url"),
            tuple("/idp.client-secret", "desk.config.required"),
            tuple("/idp.redirect-uri", "desk.config.required"),
            tuple("/portal.user", "desk.config.required"),
            tuple("/agency.code", "desk.config.agency_code"),
            tuple("/delivery.timeout-seconds", "desk.config.range"));
    assertThat(e.getMessage())
        .startsWith("The one-stop desk configuration has 8 problems")
        .contains("/idp.client-secret (MOTCUA_CLIENT_SECRET): Required when idp.issuer is set")
        .contains("/portal.user (MOTCUA_PORTAL_USER): Required when portal.url is set")
        .contains("/idp.issuer (MOTCUA_IDP_ISSUER): Must be an absolute https URL")
        .contains("/portal.passwrod: Unknown setting")
        .doesNotContain("p4ssword-value")
        .doesNotContain("typo")
        .doesNotContain("not-an-agency");
  }

  @Test
  void load_credentialsWithoutTheirEndpoint_areReportedNotIgnored() {
    DeskConfigException e =
        catchThrowableOfType(
            DeskConfigException.class,
            () ->
                DeskConfig.load(
                    null,
                    Map.of(
                        "MOTCUA_CLIENT_SECRET", "s3cret-value",
                        "MOTCUA_PORTAL_PASSWORD", "p4ssword-value",
                        "MOTCUA_STUB_PERSONA", "nobody")));

    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("/idp.client-secret", "desk.config.without_endpoint"),
            tuple("/portal.password", "desk.config.without_endpoint"),
            tuple("/stub.persona", "desk.config.persona_unknown"));
    assertThat(e.getMessage()).doesNotContain("s3cret-value").doesNotContain("p4ssword-value");
  }

  @Test
  void load_unreadableFileAndBadReceiptKey_areReported() throws IOException {
    Path key = dir.resolve("key.jwk");
    Files.writeString(key, "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}");

    DeskConfigException e =
        catchThrowableOfType(
            DeskConfigException.class,
            () ->
                DeskConfig.load(
                    dir.resolve("missing.properties"),
                    Map.of("MOTCUA_RECEIPT_KEY_FILE", key.toString())));

    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("", "desk.config.file_unreadable"),
            tuple("/receipt.key-file", "desk.config.receipt_key"));
    assertThat(e.getMessage()).contains("(config file): The config file missing.properties");
  }

  @Test
  void problems_haveVietnameseMessagesToo() {
    DeskConfigException e =
        catchThrowableOfType(
            DeskConfigException.class,
            () -> DeskConfig.load(null, Map.of("MOTCUA_AGENCY_CODE", "x")));

    assertThat(e.report().violations().get(0).message())
        .isEqualTo("Không phải mã đơn vị (ví dụ 000.00.12.H01).");
  }

  @Test
  void app_badConfiguration_exitsWith2AndListsTheProblems() throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        OneStopDeskApp.run(
            new String[0],
            Map.of("MOTCUA_PORTAL_URL", "ftp://adapter", "MOTCUA_DELIVERY_TIMEOUT_SECONDS", "x"),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(OneStopDeskApp.BAD_CONFIG);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("4 problems")
        .contains("/portal.url (MOTCUA_PORTAL_URL)")
        .contains("/portal.user (MOTCUA_PORTAL_USER)")
        .contains("/portal.password (MOTCUA_PORTAL_PASSWORD)")
        .contains("/delivery.timeout-seconds (MOTCUA_DELIVERY_TIMEOUT_SECONDS)");
  }

  @Test
  void app_helpAndUnknownArguments() throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);

    assertThat(OneStopDeskApp.run(new String[] {"--help"}, Map.of(), in, o, e)).isZero();
    assertThat(OneStopDeskApp.run(new String[] {"--frobnicate"}, Map.of(), in, o, e))
        .isEqualTo(OneStopDeskApp.BAD_CONFIG);
    assertThat(OneStopDeskApp.run(new String[] {"--config"}, Map.of(), in, o, e))
        .isEqualTo(OneStopDeskApp.BAD_CONFIG);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("MOTCUA_PORTAL_URL");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Unknown argument: --frobnicate")
        .contains("--config needs a file name");
  }
}
