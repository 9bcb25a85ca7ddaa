package vn.motcua.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.persona.Persona;
import vn.motcua.testkit.persona.PersonaPack;
import vn.motcua.testkit.portal.StubPortal;

/** Runs the whole desk against the embedded stubs, as the README's main command does. */
class OneStopDeskFunctionalTest {
  private static final Pattern DOSSIER_CODE =
      Pattern.compile("dossier code    (000\\.00\\.12\\.H01-(\\d{6})-(\\d{4}))");

  @TempDir Path dataDir;

  /** One run's exit status and what it printed. */
  record Run(int status, String out, String err) {}

  private Run run(Map<String, String> environment, InputStream in) throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = new HashMap<>(environment);
    env.putIfAbsent("MOTCUA_DATA_DIR", dataDir.toString());
    int status =
        OneStopDeskApp.run(
            new String[0],
            env,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run run(Map<String, String> environment) throws InterruptedException {
    return run(environment, new ByteArrayInputStream(new byte[0]));
  }

  @Test
  void run_goesFromSignInToResultReturned_andThePortalRecordMatches() throws InterruptedException {
    Run run = run(Map.of());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("[1] Start the embedded stubs")
        .contains("[2] Sign the citizen in: OpenID Connect, authorization code + PKCE")
        .contains("played by StubLogin: persona citizen-01 signs in")
        .contains("assurance       HIGH = VNeID level 2")
        .contains("[3] Build and validate the dossier, bound to the verified identity")
        .contains("validation      valid: fields, procedure 1.001193, applicant = signed-in")
        .contains("[4] Issue the receipt")
        .contains("verified        offline with the agency's public key")
        .contains("[5] Submit durably through the outbox (DongBoHoSoMC)")
        .contains("DOSSIER DELIVERED after")
        .contains("[6] Process at the desk: status machine, each step through the outbox")
        .contains("2 ACCEPTED      CapNhatTienDoHoSoMC DELIVERED")
        .contains("4 IN_PROCESS    CapNhatTienDoHoSoMC DELIVERED")
        .contains("9 RESULT_READY  CapNhatTienDoHoSoMC DELIVERED")
        .contains("10 RETURNED     CapNhatTienDoHoSoMC DELIVERED")
        .contains("[7] Look the dossier up at the portal (TraCuuHoSo) and compare")
        .contains("status 10 RETURNED")
        .contains("all match the desk's record")
        .contains("4 progress steps recorded, 2 versions of the record")
        .containsPattern("Done: dossier 000\\.00\\.12\\.H01-\\d{6}-0001 is 10 RETURNED")
        .contains("6 outbox entries delivered");
    assertThat(dataDir.resolve("outbox.mv.db")).exists();
    assertThat(dataDir.resolve("dossier-codes.mv.db")).exists();
  }

  @Test
  void run_neverPrintsThePersonasPersonalDataOrSecrets() throws InterruptedException {
    Run run = run(Map.of("MOTCUA_STUB_PERSONA", "citizen-17"));

    assertThat(run.status()).as(run.err()).isZero();
    Persona persona = PersonaPack.defaults().get("citizen-17");
    String output = run.out() + run.err();
    for (String personal : personalData(persona)) {
      assertThat(output).as("printed unmasked").doesNotContain(personal);
    }
    assertThat(output)
        .doesNotContain(OneStopDesk.OFFICER.name())
        .doesNotContain(StubPortal.DEFAULT_PASSWORD)
        .doesNotContain("code=")
        .doesNotContain("code_verifier")
        .doesNotContain("eyJhbGciOi"); // no ID token (its header) in the output
    assertThat(output).contains("P*** V*** V***").contains("0830******01");
  }

  @Test
  void run_twiceOnOneDataDirectory_continuesTheDossierCounter() throws InterruptedException {
    Run first = run(Map.of());
    Run second = run(Map.of());

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(second.status()).as(second.err()).isZero();
    Matcher one = code(first.out());
    Matcher two = code(second.out());
    assertThat(one.group(3)).isEqualTo("0001");
    // The counter is per receipt day: only a run past midnight in Vietnam starts again at 0001.
    assertThat(two.group(3)).isEqualTo(one.group(2).equals(two.group(2)) ? "0002" : "0001");
  }

  @Test
  void run_personaBelowLevel2_isRefusedAtSignIn() throws InterruptedException {
    Run run = run(Map.of("MOTCUA_STUB_PERSONA", "citizen-03")); // a VNeID level 1 account

    assertThat(run.status()).isEqualTo(OneStopDeskApp.FAILED);
    assertThat(run.err()).contains("Failed [identity.assurance.too_low]");
    assertThat(run.out()).doesNotContain("[3] Build");
    for (String personal : personalData(PersonaPack.defaults().get("citizen-03"))) {
      assertThat(run.out() + run.err()).doesNotContain(personal);
    }
  }

  @Test
  void run_withARealIdentityProvider_printsTheUrlAndReadsTheCallbackFromInput()
      throws InterruptedException {
    // The stub plays the "real" provider: configured by issuer, client id and secret.
    try (StubIdentityProvider provider = StubIdentityProvider.builder().build().start()) {
      provider.registerClient(
          StubClient.builder("desk-real")
              .secret("desk-real-secret")
              .redirectUri("https://desk.example.vn/callback")
              .build());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
      // The person at the browser: opens the printed URL, signs in, pastes the address back.
      InputStream browser =
          new LazyInput(
              () -> {
                Matcher url =
                    Pattern.compile("(http://localhost:\\d+/authorize\\?\\S+)")
                        .matcher(out.toString(StandardCharsets.UTF_8));
                assertThat(url.find()).as("the authorization URL was printed").isTrue();
                return provider.simulateLogin(URI.create(url.group(1)), "citizen-02") + "\n";
              });
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int status =
          OneStopDeskApp.run(
              new String[0],
              Map.of(
                  "MOTCUA_IDP_ISSUER", provider.issuer().toString(),
                  "MOTCUA_CLIENT_ID", "desk-real",
                  "MOTCUA_CLIENT_SECRET", "desk-real-secret",
                  "MOTCUA_REDIRECT_URI", "https://desk.example.vn/callback",
                  "MOTCUA_DATA_DIR", dataDir.toString()),
              browser,
              printer,
              new PrintStream(err, true, StandardCharsets.UTF_8));

      String output = out.toString(StandardCharsets.UTF_8);
      assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(output)
          .contains("real provider " + provider.issuer() + " [env: MOTCUA_IDP_ISSUER]")
          .contains("Open this URL in a browser")
          .contains("callback        received (code not shown)")
          .contains("T*** T*** B***")
          .contains("all match the desk's record")
          .doesNotContain("desk-real-secret");
      for (String personal : personalData(PersonaPack.defaults().get("citizen-02"))) {
        assertThat(output).doesNotContain(personal);
      }
    }
  }

  @Test
  void run_withARealIdentityProvider_andNoCallbackGiven_failsClearly() throws InterruptedException {
    try (StubIdentityProvider provider = StubIdentityProvider.builder().build().start()) {
      provider.registerClient(
          StubClient.builder("desk-real")
              .secret("desk-real-secret")
              .redirectUri("https://desk.example.vn/callback")
              .build());

      Run run =
          run(
              Map.of(
                  "MOTCUA_IDP_ISSUER", provider.issuer().toString(),
                  "MOTCUA_CLIENT_ID", "desk-real",
                  "MOTCUA_CLIENT_SECRET", "desk-real-secret",
                  "MOTCUA_REDIRECT_URI", "https://desk.example.vn/callback"));

      assertThat(run.status()).isEqualTo(OneStopDeskApp.FAILED);
      assertThat(run.err()).contains("Failed [desk.login.no_callback]: No callback URL was given");
    }
  }

  @Test
  void run_withARealIdentityProvider_andTextThatIsNoUrl_failsClearly() throws InterruptedException {
    try (StubIdentityProvider provider = StubIdentityProvider.builder().build().start()) {
      provider.registerClient(
          StubClient.builder("desk-real")
              .secret("desk-real-secret")
              .redirectUri("https://desk.example.vn/callback")
              .build());

      Run run =
          run(
              Map.of(
                  "MOTCUA_IDP_ISSUER", provider.issuer().toString(),
                  "MOTCUA_CLIENT_ID", "desk-real",
                  "MOTCUA_CLIENT_SECRET", "desk-real-secret",
                  "MOTCUA_REDIRECT_URI", "https://desk.example.vn/callback"),
              new ByteArrayInputStream(
                  "the page said: signed in\n".getBytes(StandardCharsets.UTF_8)));

      assertThat(run.status()).isEqualTo(OneStopDeskApp.FAILED);
      assertThat(run.err()).contains("Failed [desk.login.bad_callback]");
    }
  }

  private static Matcher code(String output) {
    Matcher matcher = DOSSIER_CODE.matcher(output);
    assertThat(matcher.find()).as("a dossier code was printed").isTrue();
    return matcher;
  }

  /** Every personal value of a persona, in the forms it could be printed. */
  private static List<String> personalData(Persona persona) {
    List<String> values = new ArrayList<>();
    values.add(persona.fullName());
    values.add(persona.personalIdNumber().value());
    persona.legacyIdCardNumber().ifPresent(id -> values.add(id.value()));
    persona.passportNumber().ifPresent(values::add);
    persona.taxCode().ifPresent(tax -> values.add(tax.value()));
    values.add(persona.birthDate().toString());
    values.add(persona.birthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    values.add(persona.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE));
    values.add(persona.address());
    values.add(persona.phone());
    values.add(persona.email());
    values.add(persona.subject());
    values.add(persona.techId());
    return values;
  }

  /** An input stream whose content is computed when it is first read. */
  private static final class LazyInput extends InputStream {
    private final java.util.function.Supplier<String> content;
    private ByteArrayInputStream delegate;

    LazyInput(java.util.function.Supplier<String> content) {
      this.content = content;
    }

    private ByteArrayInputStream delegate() {
      if (delegate == null) {
        delegate = new ByteArrayInputStream(content.get().getBytes(StandardCharsets.UTF_8));
      }
      return delegate;
    }

    @Override
    public int read() {
      return delegate().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return delegate().read(buffer, offset, length);
    }
  }
}
