package vn.motcua.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.constraints.ValidPersonalIdNumber;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.BeanValidation;
import vn.motcua.core.validation.MessageSource;

/** The snippet of docs/json-and-validation.md, run on bad and good input. */
class JsonAndValidationGuideExamplesTest {
  record Attachment(@NotBlank String name, @PositiveOrZero long size) {}

  record Application(
      @NotBlank String fullName,
      @ValidPersonalIdNumber String personalId,
      List<@Valid Attachment> attachments) {}

  private static Application readAndValidate(String body) {
    Application form = MotcuaJson.strict().read(body, Application.class);
    return BeanValidation.defaults().requireValid(form);
  }

  @Test
  void guide_reportsEveryProblemWithPathsInBothLanguages() {
    String body =
        """
        {"fullName": "", "personalId": "999095000012",
         "attachments": [{"name": "a.pdf", "size": 1}, {"name": "b.pdf", "size": -1}]}
        """;

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> readAndValidate(body));

    assertThat(e.code()).isEqualTo("validation.failed");
    assertThat(e.report().violations())
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            "/attachments/1/size validation.positive_or_zero",
            "/fullName validation.not_blank",
            "/personalId identifier.personal_id.province");
    assertThat(e.report().messages(Locale.ENGLISH).get(0))
        .startsWith("/attachments/1/size: The value must be");
    assertThat(e.report().messages(MessageSource.VIETNAMESE).get(0))
        .startsWith("/attachments/1/size: Giá trị");
  }

  @Test
  void guide_refusesADuplicatedKeyBeforeValidating() {
    String body = "{\"fullName\": \"An\", \"fullName\": \"Bình\", \"attachments\": []}";

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> readAndValidate(body));

    assertThat(e.code()).isEqualTo("json.duplicate_key");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/fullName");
  }

  @Test
  void guide_returnsTheFormWhenEverythingIsValid() {
    String body = "{\"fullName\": \"An\", \"personalId\": \"048095000012\", \"attachments\": []}";

    assertThat(readAndValidate(body).fullName()).isEqualTo("An");
  }
}
