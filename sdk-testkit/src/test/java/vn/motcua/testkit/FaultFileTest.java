package vn.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.Violation;

class FaultFileTest {
  @Test
  void parse_readsEveryInstruction_ignoringCommentsAndBlankLines() {
    FaultFile file =
        FaultFile.parse(
            """
            # a flaky portal
            portal next DongBoHoSoMC HTTP_503   # one 503
            portal next * connection_reset
            portal after-processing DongBoHoSoMC CONNECTION_RESET

            portal every TraCuuHoSo HTTP_500
            portal every * RATE_LIMITED
            portal random 42 0.25 HTTP_503,CONNECTION_RESET
            portal delay 250ms
            portal delay PT2S
            portal retry-after 3s
            idp next id-token EXPIRED
            idp every jwks SERVICE_UNAVAILABLE
            idp next authorization-response WRONG_STATE
            idp next userinfo SUB_MISMATCH
            idp every discovery ISSUER_MISMATCH
            """);

    assertThat(file.size()).isEqualTo(14);
    assertThat(file.isEmpty()).isFalse();
    assertThat(FaultFile.none().isEmpty()).isTrue();
    assertThat(FaultFile.parse("\n# nothing\n").isEmpty()).isTrue();
  }

  @Test
  void parse_listsEveryMistake_withItsLine_andNoText() {
    String text =
        """
        portal next DongBoHoSoMC HTTP_503
        portl next * HTTP_503
        portal next DongBoHoSoMC SECRET_VALUE
        portal after-processing DongBoHoSoMC HTTP_503
        portal random x 2 HTTP_503
        portal delay forever
        idp next id-token
        idp next cookies EXPIRED
        portal
        """;

    assertThatThrownBy(() -> FaultFile.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(FaultFile.INVALID);
              assertThat(e.report().violations())
                  .extracting(Violation::path)
                  .containsExactly(
                      "/lines/2",
                      "/lines/3",
                      "/lines/4",
                      "/lines/5",
                      "/lines/6",
                      "/lines/7",
                      "/lines/8",
                      "/lines/9");
              assertThat(e.report().codes())
                  .containsExactly(
                      "testkit.faults.unknown_target",
                      "testkit.faults.unknown_fault",
                      "testkit.faults.after_processing",
                      "testkit.faults.random",
                      "testkit.faults.duration",
                      "testkit.faults.arity",
                      "testkit.faults.unknown_kind",
                      "testkit.faults.unknown_instruction");
              assertThat(e.getMessage()).doesNotContain("SECRET_VALUE");
              assertThat(e.report().violations().get(1).message(Locale.ENGLISH))
                  .contains("PortalFault", "HTTP_503");
            });
  }

  @Test
  void read_missingFile_isUnreadable(@TempDir Path dir) {
    assertThatThrownBy(() -> FaultFile.read(dir.resolve("none.txt")))
        .isInstanceOfSatisfying(
            MotcuaException.class, e -> assertThat(e.code()).isEqualTo(FaultFile.UNREADABLE));
    assertThatThrownBy(
            () -> FaultFile.fromResource("no/such/faults.txt", getClass().getClassLoader()))
        .isInstanceOfSatisfying(
            MotcuaException.class, e -> assertThat(e.code()).isEqualTo(FaultFile.UNREADABLE));
  }

  @Test
  void read_fileAndResource(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "portal next login HTTP_503\n");

    assertThat(FaultFile.read(file).size()).isEqualTo(1);
    assertThat(
            FaultFile.fromResource(
                    "/vn/motcua/testkit/junit/flaky-procedures.txt", getClass().getClassLoader())
                .size())
        .isEqualTo(1);
  }
}
