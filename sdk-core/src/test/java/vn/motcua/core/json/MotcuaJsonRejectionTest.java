package vn.motcua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.json.Fixtures.Application;
import vn.motcua.core.json.Fixtures.Holder;
import vn.motcua.core.json.Fixtures.Receipt;
import vn.motcua.core.validation.Violation;

/** Each hardening rule rejects its input with the right code and path, and never echoes it. */
class MotcuaJsonRejectionTest {
  private static final String CANARY = "CANARY-7741";
  private static final String NUMBER_CANARY = "987654321";

  private final MotcuaJson json = MotcuaJson.strict();

  @Test
  void read_rejectsDuplicatePropertyAtItsOwnPath() {
    String input =
        "{\"applicant\":{\"documents\":[{\"name\":\"a\"},"
            + "{\"name\":\"a\",\"name\":\""
            + CANARY
            + "\"}]}}";

    assertRejected(input, "json.duplicate_key", "/applicant/documents/1/name", CANARY);
  }

  @Test
  void readTree_rejectsDuplicatePropertyAtItsOwnPath() {
    String input = "{\"a\":[{\"b\":1,\"b\":\"" + CANARY + "\"}]}";

    InvalidInputException e = rejectedTree(input);

    assertThat(e.code()).isEqualTo("json.duplicate_key");
    assertThat(onlyViolation(e).path()).isEqualTo("/a/0/b");
    Leaks.assertNoCanary(e, CANARY);
  }

  @Test
  void read_rejectsSecondValueAfterTheFirst() {
    assertRejected(
        "{\"applicant\":{}} {\"x\":\"" + CANARY + "\"}", "json.trailing_tokens", "", CANARY);
  }

  @Test
  void read_rejectsGarbageAfterTheValue() {
    assertRejected("{\"applicant\":{}} " + CANARY, "json.trailing_tokens", "", CANARY);
  }

  @Test
  void readTree_rejectsTrailingContent() {
    InvalidInputException e = rejectedTree("[1] [\"" + CANARY + "\"]");

    assertThat(e.code()).isEqualTo("json.trailing_tokens");
    Leaks.assertNoCanary(e, CANARY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t", "null", " null "})
  void read_rejectsInputWithoutValue(String input) {
    assertRejected(input, "json.empty", "");
  }

  @Test
  void read_rejectsUnquotedTextAsMalformed() {
    assertRejected(
        "{\"applicant\":{\"fullName\": " + CANARY + "}}",
        "json.malformed",
        "/applicant/fullName",
        CANARY);
  }

  @Test
  void read_rejectsUnterminatedDocumentAsMalformed() {
    assertRejected(
        "{\"applicant\":{\"fullName\":\"" + CANARY,
        "json.malformed",
        "/applicant/fullName",
        CANARY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'applicant':{}}",
        "{\"applicant\":{},}",
        "{\"counts\":{\"a\":NaN}}",
        "// comment\n{}",
        "{\"counts\":{\"a\":0x10}}",
        "{\"counts\":{\"a\":+1}}",
        "{\"counts\":{\"a\":01}}",
      })
  void read_rejectsNonStandardJsonAsMalformed(String input) {
    InvalidInputException e = rejected(input);

    assertThat(e.code()).isEqualTo("json.malformed");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"applicant\":{\"documents\":[{},{},{\"size\":\"987654321\"}]}} | /applicant/documents/2/size",
        "{\"applicant\":{\"fullName\":987654321}}                         | /applicant/fullName",
        "{\"applicant\":{\"consent\":\"987654321\"}}                      | /applicant/consent",
        "{\"applicant\":{\"consent\":987654321}}                          | /applicant/consent",
        "{\"applicant\":{\"documents\":[{\"size\":987654321.5}]}}         | /applicant/documents/0/size",
        "{\"applicant\":{\"documents\":[{\"size\":true}]}}                | /applicant/documents/0/size",
        "{\"applicant\":{\"fullName\":{\"x\":\"987654321\"}}}             | /applicant/fullName",
        "{\"applicant\":{\"kind\":987654321}}                             | /applicant/kind",
        "{\"applicant\":{\"birthDate\":987654321}}                        | /applicant/birthDate",
        "{\"applicant\":{\"birthDate\":[2024,1,31]}}                      | /applicant/birthDate",
        "{\"applicant\":\"\"}                                             | /applicant",
        "{\"counts\":{\"a\":\"\"}}                                        | /counts/a",
        "{\"applicant\":{\"documents\":\"987654321\"}}                    | /applicant/documents",
        "{\"applicant\":{\"documents\":{\"size\":987654321}}}             | /applicant/documents",
        "[987654321]                                                      | ''",
      })
  void read_rejectsWrongTypeWithoutCoercing(String input, String path) {
    assertRejected(input, "json.type_mismatch", path, NUMBER_CANARY);
  }

  @Test
  void read_rejectsStringForNumberAtRoot() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> json.read("\"" + NUMBER_CANARY + "\"", Integer.class));

    assertThat(e.code()).isEqualTo("json.type_mismatch");
    assertThat(onlyViolation(e).path()).isEmpty();
    Leaks.assertNoCanary(e, NUMBER_CANARY);
  }

  @Test
  void read_rejectsNullForPrimitive() {
    assertRejected(
        "{\"applicant\":{\"documents\":[{\"size\":null}]}}",
        "json.missing_required",
        "/applicant/documents/0/size");
  }

  @Test
  void read_rejectsMissingRequiredCreatorProperty() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> json.read("{\"copies\":" + NUMBER_CANARY + "}", Receipt.class));

    assertThat(e.code()).isEqualTo("json.missing_required");
    assertThat(onlyViolation(e).path()).isEqualTo("/number");
    Leaks.assertNoCanary(e, NUMBER_CANARY);
  }

  @Test
  void read_rejectsUnknownPropertyAtItsPath() {
    assertRejected(
        "{\"applicant\":{\"documents\":[{},{\"nickname\":\"" + CANARY + "\"}]}}",
        "json.unknown_property",
        "/applicant/documents/1/nickname",
        CANARY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"applicant\":{\"birthDate\":\"CANARY-7741\"}}   | /applicant/birthDate",
        "{\"applicant\":{\"birthDate\":\"2024-02-30\"}}    | /applicant/birthDate",
        "{\"applicant\":{\"kind\":\"CANARY-7741\"}}        | /applicant/kind",
        "{\"applicant\":{\"kind\":\"citizen\"}}            | /applicant/kind",
      })
  void read_rejectsUnacceptableTextAsInvalidValue(String input, String path) {
    assertRejected(input, "json.invalid_value", path, CANARY);
  }

  @Test
  void read_rejectsNumberOutOfRangeAsInvalidValue() {
    String big = NUMBER_CANARY + NUMBER_CANARY;

    assertRejected(
        "{\"applicant\":{\"documents\":[{\"size\":" + big + "}]}}",
        "json.invalid_value",
        "/applicant/documents/0/size",
        NUMBER_CANARY);
  }

  @Test
  void read_hidesTheMessageOfAConstructorThatQuotesItsInput() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> json.read("{\"careless\":\"X" + CANARY + "\"}", Holder.class));

    assertThat(e.code()).isEqualTo("json.invalid_value");
    assertThat(onlyViolation(e).path()).isEqualTo("/careless");
    Leaks.assertNoCanary(e, CANARY);
  }

  @Test
  void read_keepsTheReportOfAValueTypeUnderItsPath() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> json.read("{\"code\":\"" + CANARY + "\"}", Holder.class));

    assertThat(e.code()).isEqualTo("json.invalid_value");
    assertThat(onlyViolation(e).path()).isEqualTo("/code");
    assertThat(onlyViolation(e).code()).isEqualTo("identifier.code.digits");
    Leaks.assertNoCanary(e, CANARY);
  }

  @Test
  void read_escapesPropertyNamesInThePointer() {
    assertRejected(
        "{\"counts\":{\"a/b~c\":\"" + NUMBER_CANARY + "\"}}",
        "json.type_mismatch",
        "/counts/a~1b~0c",
        NUMBER_CANARY);
  }

  @Test
  void read_rejectsTheSameWayFromBytesAndStreams() {
    String input = "{\"applicant\":{\"fullName\":" + NUMBER_CANARY + "}}";
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);

    InvalidInputException fromBytes = rejected(() -> json.read(bytes, Application.class));
    InvalidInputException fromStream =
        rejected(() -> json.read(new java.io.ByteArrayInputStream(bytes), Application.class));

    assertThat(fromBytes.report()).isEqualTo(fromStream.report());
    assertThat(fromBytes.report()).isEqualTo(rejected(input).report());
  }

  @Test
  void exceptionMessage_namesPathAndCodeAndNoValue() {
    InvalidInputException e = rejected("{\"applicant\":{\"fullName\":" + NUMBER_CANARY + "}}");

    assertThat(e.getMessage()).contains("/applicant/fullName").contains("json.type_mismatch");
    assertThat(e.getCause()).isNotNull();
    assertThat(e.getCause().getCause()).isNull();
    assertThat(e.getCause().getMessage()).startsWith("tools.jackson.").contains("message withheld");
  }

  private void assertRejected(String input, String code, String path) {
    InvalidInputException e = rejected(input);

    assertThat(e.code()).isEqualTo(code);
    assertThat(onlyViolation(e).path()).isEqualTo(path);
  }

  private void assertRejected(String input, String code, String path, String canary) {
    InvalidInputException e = rejected(input);

    assertThat(e.code()).isEqualTo(code);
    assertThat(e.report().codes()).containsExactly(code);
    assertThat(onlyViolation(e).path()).isEqualTo(path);
    assertThat(e.isRetryable()).isFalse();
    Leaks.assertNoCanary(e, canary);
  }

  private InvalidInputException rejected(String input) {
    return rejected(() -> json.read(input, Application.class));
  }

  private InvalidInputException rejectedTree(String input) {
    return rejected(() -> json.readTree(input));
  }

  private static InvalidInputException rejected(Executable read) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> read.execute());
    assertThat(e).as("read must fail with InvalidInputException").isNotNull();
    return e;
  }

  private static Violation onlyViolation(InvalidInputException e) {
    assertThat(e.report().violations()).hasSize(1);
    return e.report().violations().get(0);
  }
}
