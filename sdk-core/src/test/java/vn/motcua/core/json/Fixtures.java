package vn.motcua.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/** Small payload types shaped like motcua's, for the JSON tests. */
final class Fixtures {
  private Fixtures() {}

  enum Kind {
    CITIZEN,
    BUSINESS
  }

  record Document(String name, int size, String sha256) {}

  record Applicant(
      String fullName, LocalDate birthDate, Kind kind, Boolean consent, List<Document> documents) {}

  record Application(Applicant applicant, Map<String, Integer> counts) {}

  record Receipt(@JsonProperty(required = true) String number, int copies) {}

  /** A value type that rejects its text with an exception quoting it, as careless code does. */
  record Careless(String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Careless {
      if (value.startsWith("X")) {
        throw new IllegalArgumentException("bad value " + value);
      }
    }
  }

  /** A value type that rejects its text the motcua way: a report with its own code. */
  record Code(String value) {
    static final MessageSource MESSAGES = (code, args, locale) -> "code rejected";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Code parse(String value) {
      if (!value.chars().allMatch(Character::isDigit)) {
        throw new InvalidInputException(
            "identifier.invalid",
            ValidationReport.of(Violation.of("", "identifier.code.digits", Map.of(), MESSAGES)));
      }
      return new Code(value);
    }
  }

  record Holder(Code code, Careless careless) {}
}
