package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.ThrowsDeclaration;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/** The dependency rules of docs/architecture.md, as ArchUnit rules. */
final class ArchitectureRules {
  /** The modules whose main code is published as the SDK proper. */
  static final List<String> SDK_MODULES = List.of("core", "identity", "dossier");

  /** Every module, including the testkit, which may use WireMock and JUnit. */
  static final List<String> ALL_MODULES = List.of("core", "identity", "dossier", "testkit");

  private ArchitectureRules() {}

  /** No class outside module {@code module} uses that module's {@code internal} packages. */
  static ArchRule internalsStayInside(String module) {
    String root = "vn.motcua." + module;
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".internal..")
        .as("only " + root + " may use " + root + ".internal")
        .because("internal packages are not API and change without notice");
  }

  /** Main code of the SDK modules never depends on test libraries. */
  static ArchRule sdkNeverDependsOnTestLibraries() {
    return noClasses()
        .that()
        .resideInAnyPackage(packagesOf(SDK_MODULES))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.github.tomakehurst..",
            "org.wiremock..",
            "wiremock..",
            "org.junit..",
            "org.assertj..",
            "net.jqwik..",
            "com.tngtech..")
        .as("SDK main code never depends on WireMock, JUnit or other test libraries")
        .because("a user's production classpath must not need them");
  }

  /** sdk-core depends on no other motcua module. */
  static ArchRule coreDependsOnNoOtherModule() {
    return noClasses()
        .that()
        .resideInAPackage("vn.motcua.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.motcua.identity..", "vn.motcua.dossier..", "vn.motcua.testkit..")
        .as("sdk-core depends on no other motcua module");
  }

  /** identity and dossier never depend on the testkit. */
  static ArchRule sdkNeverDependsOnTestkit() {
    return noClasses()
        .that()
        .resideInAnyPackage("vn.motcua.identity..", "vn.motcua.dossier..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.motcua.testkit..")
        .as("identity and dossier never depend on the testkit");
  }

  /** Public methods of public classes declare no checked exceptions. */
  static ArchRule publicMethodsDeclareNoCheckedExceptions() {
    return methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(ArchConditionsSupport.PUBLIC_CLASSES)
        .should(ArchConditionsSupport.DECLARE_NO_CHECKED_EXCEPTIONS)
        .as("public methods declare no checked exceptions")
        .because("every motcua error is an unchecked MotcuaException");
  }

  private static String[] packagesOf(List<String> modules) {
    return modules.stream().map(m -> "vn.motcua." + m + "..").toArray(String[]::new);
  }

  /** Predicates and conditions ArchUnit does not ship. */
  static final class ArchConditionsSupport {
    static final DescribedPredicate<JavaClass> PUBLIC_CLASSES =
        DescribedPredicate.describe(
            "public classes",
            c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC));

    static final ArchCondition<JavaMethod> DECLARE_NO_CHECKED_EXCEPTIONS =
        new ArchCondition<>("declare no checked exceptions (InterruptedException aside)") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            for (ThrowsDeclaration<JavaMethod> thrown : method.getThrowsClause()) {
              JavaClass type = thrown.getRawType();
              // InterruptedException is Java's cancellation signal for blocking calls (a Sleeper
              // implementation must let it through), not an error a caller handles.
              boolean allowed =
                  type.isAssignableTo(RuntimeException.class)
                      || type.isAssignableTo(Error.class)
                      || type.isEquivalentTo(InterruptedException.class);
              if (!allowed) {
                events.add(
                    SimpleConditionEvent.violated(
                        method, method.getFullName() + " declares checked " + type.getName()));
              }
            }
          }
        };

    private ArchConditionsSupport() {}
  }
}
