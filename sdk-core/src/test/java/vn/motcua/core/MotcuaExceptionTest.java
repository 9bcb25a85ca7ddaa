package vn.motcua.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

class MotcuaExceptionTest {

  @ParameterizedTest
  @ValueSource(strings = {"json.malformed", "http.status", "a", "identity.token.at_hash", "x1.y_2"})
  void constructor_acceptsDottedLowerSnakeCaseCodes(String code) {
    assertThat(new MotcuaException(code, "message").code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "json.", ".json", "json..malformed", "Json.malformed", "json-x"})
  void constructor_refusesCodesThatAreNotDottedLowerSnakeCase(String code) {
    assertThatThrownBy(() -> new MotcuaException(code, "message"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_checksAVeryLongCodeWithoutRecursion() {
    String code = "a.".repeat(50_000) + "a";

    assertThat(new MotcuaException(code, "message").code()).hasSize(100_001);
  }

  @Test
  void retryable_isFalseForInputErrorsAndAsDeclaredForServiceErrors() {
    ValidationReport report =
        ValidationReport.of(
            Violation.of("/x", "validation.not_null", java.util.Map.of(), fixedText()));

    assertThat(new InvalidInputException("validation.failed", report).isRetryable()).isFalse();
    assertThat(new ServiceException("http.status", "m", 503, null, "req-1", true, null))
        .satisfies(e -> assertThat(e.isRetryable()).isTrue())
        .satisfies(e -> assertThat(e.requestId()).contains("req-1"))
        .satisfies(e -> assertThat(e.httpStatus()).hasValue(503));
    assertThat(new TransportException("http.timeout", "m", true, null).isRetryable()).isTrue();
  }

  @Test
  void invalidInputException_summarizesPathsAndCodesInItsMessage() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                Violation.of("/b", "validation.size", java.util.Map.of("max", 3), fixedText()),
                Violation.of("/a", "validation.not_null", java.util.Map.of(), fixedText())));

    InvalidInputException e = new InvalidInputException("validation.failed", report);

    assertThat(e.getMessage())
        .isEqualTo("2 problems: /a validation.not_null; /b validation.size {max=3}");
  }

  @Test
  void invalidInputException_refusesAnEmptyReport() {
    assertThatThrownBy(
            () -> new InvalidInputException("validation.failed", ValidationReport.valid()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static MessageSource fixedText() {
    return (code, args, locale) -> "text";
  }
}
