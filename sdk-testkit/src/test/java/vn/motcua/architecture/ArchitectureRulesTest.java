package vn.motcua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import vn.motcua.core.archfixture.UsesDossier;
import vn.motcua.core.internal.archfixture.HiddenHelper;
import vn.motcua.dossier.archfixture.ThrowsChecked;
import vn.motcua.identity.archfixture.ReachesIntoCoreInternals;
import vn.motcua.identity.archfixture.UsesCorePublicApi;
import vn.motcua.identity.archfixture.UsesJunit;

/** Proves each architecture rule catches the violation it exists for, using fixture classes. */
class ArchitectureRulesTest {
  private static final JavaClasses FIXTURES =
      new ClassFileImporter()
          .importClasses(
              HiddenHelper.class,
              ReachesIntoCoreInternals.class,
              UsesJunit.class,
              UsesDossier.class,
              ThrowsChecked.class);

  @Test
  void internalsStayInside_flagsIdentityCallingACoreInternalClass() {
    EvaluationResult result = ArchitectureRules.internalsStayInside("core").evaluate(FIXTURES);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains(ReachesIntoCoreInternals.class.getName()));
  }

  @Test
  void sdkNeverDependsOnTestLibraries_flagsSdkCodeCallingJunit() {
    EvaluationResult result = ArchitectureRules.sdkNeverDependsOnTestLibraries().evaluate(FIXTURES);

    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains(UsesJunit.class.getName()));
  }

  @Test
  void coreDependsOnNoOtherModule_flagsCoreCodeUsingTheDossierModule() {
    EvaluationResult result = ArchitectureRules.coreDependsOnNoOtherModule().evaluate(FIXTURES);

    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains(UsesDossier.class.getName()));
  }

  @Test
  void publicMethodsDeclareNoCheckedExceptions_flagsAThrowsClauseWithIOException() {
    EvaluationResult result =
        ArchitectureRules.publicMethodsDeclareNoCheckedExceptions().evaluate(FIXTURES);

    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("ThrowsChecked.read()") && line.contains("IOException"));
  }

  @Test
  void rules_acceptClassesThatFollowThem() {
    JavaClasses clean =
        new ClassFileImporter().importClasses(HiddenHelper.class, UsesCorePublicApi.class);

    assertThat(ArchitectureRules.internalsStayInside("core").evaluate(clean).hasViolation())
        .isFalse();
    assertThat(
            ArchitectureRules.publicMethodsDeclareNoCheckedExceptions()
                .evaluate(clean)
                .hasViolation())
        .isFalse();
  }
}
