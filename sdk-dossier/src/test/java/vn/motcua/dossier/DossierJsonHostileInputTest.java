package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;

/**
 * Hostile input gives a typed error with a path and no echoed value: never a stack overflow, a
 * RuntimeException of Jackson's, or a dossier.
 */
class DossierJsonHostileInputTest {
  private static final String CANARY = "CANARY-0480991234";
  private final String json = DossierJson.strict().write(Samples.birthRegistration());

  private InvalidInputException rejected(String input) {
    Throwable t = catchThrowable(() -> DossierJson.strict().read(input));
    assertThat(t).isInstanceOf(InvalidInputException.class);
    InvalidInputException e = (InvalidInputException) t;
    assertThat(e.getMessage()).doesNotContain(CANARY);
    assertThat(e.report().toString()).doesNotContain(CANARY);
    return e;
  }

  @Test
  void malformedJson_isJsonMalformed() {
    InvalidInputException e = rejected(json.substring(0, json.length() / 2) + CANARY);
    assertThat(e.code()).isIn("json.malformed", "json.too_long");
  }

  @Test
  void truncatedJson_isRejected() {
    assertThat(rejected(json.substring(0, json.length() - 1)).code()).isEqualTo("json.malformed");
  }

  @Test
  void wrongTypes_areReportedAtTheirPaths() {
    assertThat(
            rejected(json.replace("\"size\":120000", "\"size\":\"120000\"")).report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("json.type_mismatch");
              assertThat(v.path()).isEqualTo("/documents/0/size");
            });
    assertThat(rejected(json.replace("\"signed\":true", "\"signed\":1")).code())
        .isEqualTo("json.type_mismatch");
    assertThat(
            rejected(json.replace("\"fullName\":\"Nguyễn Văn An\"", "\"fullName\":42"))
                .report()
                .violations()
                .get(0)
                .path())
        .isEqualTo("/applicant/fullName");
    assertThat(rejected(json.replace("\"IN_PROCESS\"", "4")).code())
        .isIn("json.type_mismatch", "json.invalid_value");
  }

  @Test
  void unknownEnumConstant_isAnInvalidValue() {
    InvalidInputException e = rejected(json.replace("\"ONLINE\"", "\"" + CANARY + "\""));
    assertThat(e.code()).isEqualTo("json.invalid_value");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/channel");
  }

  @Test
  void badDate_isAnInvalidValueAtItsPath() {
    InvalidInputException e =
        rejected(
            json.replace(
                "2025-03-10T08:30:00+07:00\",\"dueAt", "2025-02-30T08:30:00+07:00\",\"dueAt"));
    assertThat(e.report().violations().get(0).path()).isEqualTo("/receivedAt");
  }

  @Test
  void duplicateKeys_areRefused() {
    InvalidInputException e =
        rejected(
            json.replace("\"channel\":\"ONLINE\"", "\"channel\":\"ONLINE\",\"channel\":\"DESK\""));
    assertThat(e.code()).isEqualTo("json.duplicate_key");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/channel");
  }

  @Test
  void hundredThousandDeepNesting_isTooDeepNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    // Where a tree is read (an unknown property's value), the depth limit stops it.
    assertThat(rejected(json.replace("\"fees\":[]", "\"extra\":" + deep + ",\"fees\":[]")).code())
        .isEqualTo("json.too_deep");
    // Where a fee belongs, the first inner bracket is already the wrong type.
    assertThat(rejected(json.replace("\"fees\":[]", "\"fees\":" + deep)).code())
        .isEqualTo("json.type_mismatch");
  }

  @Test
  void deepNestingInAnUnknownPropertyKeptLeniently_isTooDeep() {
    String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    Throwable t =
        catchThrowable(
            () ->
                DossierJson.lenient()
                    .read(
                        json.replace(
                            "{\"schemaVersion\"", "{\"x\":" + deep + ",\"schemaVersion\"")));
    assertThat(t).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) t).code()).isEqualTo("json.too_deep");
  }

  @Test
  void fiftyMegabyteString_isTooLong() {
    String huge = CANARY + "x".repeat(50 * 1024 * 1024);
    InvalidInputException e = rejected(json.replace("Đăng ký khai sinh cho con", huge));
    assertThat(e.code()).isEqualTo("json.too_long");
  }

  @Test
  void fiftyMegabyteBytes_areTooLong() {
    byte[] huge =
        json.replace("Đăng ký khai sinh cho con", "y".repeat(50 * 1024 * 1024))
            .getBytes(StandardCharsets.UTF_8);
    Throwable t = catchThrowable(() -> DossierJson.strict().read(huge));
    assertThat(t).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) t).code()).isEqualTo("json.too_long");
  }

  @Test
  void trailingContent_emptyInputAndNull_areRefused() {
    assertThat(rejected(json + "{}").code()).isEqualTo("json.trailing_tokens");
    assertThat(rejected("").code()).isEqualTo("json.empty");
    assertThat(rejected("null").code()).isEqualTo("json.empty");
    assertThat(rejected("[]").code()).isEqualTo("json.type_mismatch");
  }

  @Test
  void nullForARequiredObject_isReportedAsMissing() {
    InvalidInputException e =
        rejected(json.replaceFirst("\"agency\":\\{[^}]*\\}", "\"agency\":null"));
    assertThat(e.report().violations())
        .anySatisfy(
            v -> {
              assertThat(v.path()).isEqualTo("/agency");
              assertThat(v.code()).isEqualTo("validation.not_null");
            });
  }
}
