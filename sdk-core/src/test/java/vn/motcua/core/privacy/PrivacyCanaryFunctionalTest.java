package vn.motcua.core.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.id.constraints.ValidPersonalIdNumber;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.testing.CapturedLogs;
import vn.motcua.core.validation.BeanValidation;
import vn.motcua.core.validation.ValidationReport;

/**
 * Pushes canary personal data through sdk-core's success and failure paths with every logger at
 * TRACE and wire logging on, then searches every captured log line, exception (message, cause chain
 * and stack trace text), report message and {@code toString()} for it.
 */
class PrivacyCanaryFunctionalTest {
  private static final String ID = "001099012345";
  private static final String BAD_ID = "999099012345";
  private static final String LEGACY_ID = "271828182";
  private static final String TAX = "0100109106";
  private static final String NAME = "Zyxwq Nguyễn Thị Hoà";
  private static final String BIRTH = "1999-12-31";
  private static final String PHONE = "0987654321";
  private static final String EMAIL = "canary.hoa@example.vn";
  private static final List<String> CANARIES =
      List.of(ID, BAD_ID, LEGACY_ID, TAX, "Zyxwq", "Hoà", BIRTH, PHONE, EMAIL);

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final List<String> observed = new ArrayList<>();

  record Person(
      @Size(max = 5) String fullName,
      @ValidPersonalIdNumber String personalId,
      @Past LocalDate birthDate,
      @Valid List<Contact> contacts) {}

  record Contact(@Size(max = 3) String phone, @Size(max = 3) String email) {}

  @Test
  void identifiers_neverShowTheirValue() {
    observed.add(PersonalIdNumber.parse(ID).toString());
    observed.add(LegacyIdCardNumber.parse(LEGACY_ID).toString());
    observed.add(TaxCode.parse(TAX).toString());
    record(() -> PersonalIdNumber.parse(BAD_ID));
    record(() -> TaxCode.parse(TAX.substring(0, 9) + "7"));
    record(() -> LegacyIdCardNumber.parse(LEGACY_ID + "0"));
    observed.add(PersonalIdNumber.validate(BAD_ID).toString());
  }

  @Test
  void jsonFailures_neverEchoTheInput() {
    String[] inputs = {
      "{\"fullName\": \"" + NAME + "\", \"fullName\": \"" + NAME + "\"}",
      "{\"fullName\": " + PHONE + "}",
      "{\"birthDate\": \"" + BIRTH + "x\"}",
      "{\"personalId\": \"" + ID + "\", \"" + EMAIL + "\": 1}",
      "{\"fullName\": \"" + NAME + "\"} " + ID,
      "[\"" + NAME + "\"",
      "{\"contacts\": [{\"phone\": [" + PHONE + "]}]}",
    };
    for (String input : inputs) {
      record(() -> MotcuaJson.strict().read(input, Person.class));
      record(() -> MotcuaJson.strict().readTree(input + "}"));
    }
  }

  @Test
  void validationFailures_reportPathsAndCodesOnly() {
    Person person =
        new Person(
            NAME,
            BAD_ID,
            LocalDate.parse(BIRTH).plusYears(100),
            List.of(new Contact(PHONE, EMAIL)));

    ValidationReport report = BeanValidation.defaults().validate(person);

    assertThat(report.violations()).hasSize(5);
    observed.add(report.toString());
    observed.add(report.summary());
    observed.addAll(report.messages(Locale.ENGLISH));
    observed.addAll(report.messages(Locale.forLanguageTag("vi")));
    record(() -> BeanValidation.defaults().requireValid(person));
  }

  @Test
  void transport_successAndFailureKeepPersonalDataOutOfLogsAndErrors() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("X-Request-Id", "req-canary")
                    .withHeader("Set-Cookie", "session=" + ID)
                    .withBody("{\"HoVaTen\": \"" + NAME + "\"}")));
    try (HttpTransport transport =
        HttpTransport.builder()
            .options(
                HttpOptions.builder()
                    .wireLogging(true)
                    .readTimeout(Duration.ofSeconds(2))
                    .callTimeout(Duration.ofSeconds(5))
                    .build())
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .sleeper(duration -> {})
            .build()) {
      URI uri = URI.create(server.baseUrl() + "/citizens?SoDinhDanh=" + ID + "&phone=" + PHONE);
      HttpRequest request =
          HttpRequest.post(
                  uri,
                  ("{\"SoDinhDanh\":\"" + ID + "\"}").getBytes(StandardCharsets.UTF_8),
                  "application/json")
              .header("Authorization", "Bearer " + ID)
              .header("Cookie", "name=" + EMAIL)
              .idempotencyKey("key-1")
              .build();
      observed.add(request.toString());
      record(() -> transport.execute(request));

      server.resetAll();
      server.stubFor(
          any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      record(() -> transport.execute(request));

      server.resetAll();
      server.stubFor(any(anyUrl()).willReturn(aResponse().withBody("ok " + NAME)));
      observed.add(transport.execute(request).toString());
    }
  }

  @AfterAll
  static void nothingObservedContainsACanary() {
    List<String> everything = new ArrayList<>(observed);
    everything.addAll(CapturedLogs.lines());

    assertThat(CapturedLogs.all()).as("wire logging produced lines").contains("/citizens");
    for (String canary : CANARIES) {
      assertThat(everything)
          .as("text containing canary %s", canary)
          .noneMatch(s -> s.contains(canary));
    }
  }

  private static void record(Runnable failing) {
    try {
      failing.run();
    } catch (MotcuaException e) {
      observed.add(e.toString());
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      observed.add(trace.toString());
      return;
    }
    throw new AssertionError("expected a MotcuaException");
  }
}
