package vn.motcua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the main code of every motcua module against the dependency rules. The testkit sees every
 * other module on its classpath, so the check lives here.
 */
class ArchitectureTest {
  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test utilities shared through a module's test-jar are test code too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("vn.motcua");
  }

  static Stream<ArchRule> rules() {
    return Stream.concat(
        ArchitectureRules.ALL_MODULES.stream().map(ArchitectureRules::internalsStayInside),
        Stream.of(
            ArchitectureRules.sdkNeverDependsOnTestLibraries(),
            ArchitectureRules.coreDependsOnNoOtherModule(),
            ArchitectureRules.sdkNeverDependsOnTestkit(),
            ArchitectureRules.publicMethodsDeclareNoCheckedExceptions()));
  }

  @Test
  void import_seesTheMainCodeOfEveryModule() {
    for (String module : ArchitectureRules.ALL_MODULES) {
      assertThat(mainClasses.containPackage("vn.motcua." + module))
          .as("classes of module %s were imported", module)
          .isTrue();
    }
    assertThat(mainClasses.stream().map(c -> c.getPackageName()))
        .noneMatch(p -> p.startsWith("vn.motcua.architecture"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void mainCode_followsRule(ArchRule rule) {
    rule.check(mainClasses);
  }
}
