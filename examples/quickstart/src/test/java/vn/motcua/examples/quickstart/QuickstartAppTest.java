package vn.motcua.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartAppTest {

  private static String runQuickstart() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    QuickstartApp.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_showsEachStepWithItsOutcome() {
    String output = runQuickstart();

    assertThat(output)
        .contains("PersonalIdNumber[0480******12]")
        .contains("048 Đà Nẵng")
        .contains("[identifier.personal_id.sex_mismatch]")
        .contains("010*****06 -> valid")
        .contains("000.00.53.H48-220921-0099")
        .contains("json.duplicate_key at /personalId")
        .contains("en: /fullName:")
        .contains("en: /personalId:")
        .contains("en: /attachments/1/name:")
        .contains("en: /attachments/1/size:")
        .contains("vi: /attachments/1/size:");
  }

  @Test
  void run_neverPrintsPersonalDataUnmasked() {
    String output = runQuickstart();

    assertThat(output)
        .doesNotContain("048095000012")
        .doesNotContain("001099012345")
        .doesNotContain("999095000012")
        .doesNotContain("Nguyễn Văn An");
  }
}
