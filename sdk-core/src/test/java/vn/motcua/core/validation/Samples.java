package vn.motcua.core.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Annotated types shaped like motcua's payloads, for the validation tests. */
final class Samples {
  private Samples() {}

  record Document(
      @NotBlank String name,
      @PositiveOrZero int size,
      @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256) {}

  record Applicant(
      @NotBlank @Size(min = 1, max = 100) String fullName,
      @Past LocalDate birthDate,
      @JsonProperty("SoDinhDanh") @NotNull @Province String personalId,
      @NotNull List<@Valid Document> documents,
      Map<String, @Valid Document> attachments,
      List<@NotBlank String> tags) {}

  record Dossier(
      @NotNull @Valid Applicant applicant,
      @Min(1) @Max(10) int copies,
      @DecimalMin(value = "0", inclusive = false) BigDecimal fee,
      @Digits(integer = 12, fraction = 0) BigDecimal total,
      @Email String email) {}

  static final String VALID_SHA256 = "ab".repeat(32);

  static Document document() {
    return new Document("don.pdf", 1024, VALID_SHA256);
  }

  static Applicant applicant(List<Document> documents) {
    return new Applicant(
        "Nguyễn Văn An", LocalDate.of(1990, 1, 31), "001090000001", documents, Map.of(), List.of());
  }

  static Dossier dossier(Applicant applicant) {
    return new Dossier(applicant, 1, new BigDecimal("50000"), new BigDecimal("50000"), null);
  }

  /**
   * A constraint written the motcua way: its validator reports a precise code as a braced template.
   * A personal ID must start with a province code; 999 is none.
   */
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = ProvinceValidator.class)
  @interface Province {
    String message() default "{identifier.personal_id.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class ProvinceValidator implements ConstraintValidator<Province, String> {
    public ProvinceValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || !value.startsWith("999")) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("{sample.personal_id.province}")
          .addConstraintViolation();
      return false;
    }
  }
}
