package vn.motcua.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the stub identity provider and the stub portal for a JUnit 5 test class: they start once,
 * before the class's first test, are {@linkplain vn.motcua.testkit.Stubs#reset() reset} before each
 * test (faults, stored dossiers, sessions, tokens, counters; the {@link #faults()} schedule applied
 * again) and stop after its last.
 *
 * <pre>{@code
 * @MotcuaStubs(faults = "faults/flaky-portal.txt")
 * class SubmissionTest {
 *   @Test
 *   void submits(Stubs stubs) {
 *     stubs.portalFaults().next("DongBoHoSoMC", PortalFault.HTTP_503);
 *     // point the application at stubs.issuer() and stubs.dvcqgBaseUrl(), run it, then:
 *     assertThat(stubs.portal().dossierCodes()).hasSize(1);
 *   }
 * }
 * }</pre>
 *
 * <p>What is injected: test method, lifecycle method and constructor parameters of type {@link
 * vn.motcua.testkit.Stubs}, {@link vn.motcua.testkit.idp.StubIdentityProvider}, {@link
 * vn.motcua.testkit.portal.StubPortal} and {@link vn.motcua.testkit.persona.PersonaPack}; and
 * fields of type {@link vn.motcua.testkit.Stubs}, static ones before {@code @BeforeAll}, instance
 * ones when the test instance is created (a final field is a configuration error).
 *
 * <p>Sharing: each annotated class gets stubs of its own (on free ports unless ports are set), so
 * two classes never see each other's data, even when run in parallel. A {@code @Nested} class
 * without the annotation shares its enclosing class's stubs (reset before each of its tests too);
 * annotate the nested class to give it stubs of its own. A subclass inherits the annotation and
 * gets stubs of its own. The tests of one class share its stubs, so they must not run concurrently:
 * a test starting while another of the same stubs runs fails with an {@code
 * ExtensionConfigurationException} (use {@code @Execution(ExecutionMode.SAME_THREAD)} on the class
 * when parallel execution of methods is enabled).
 *
 * <p>Class path resources are read with the test class's class loader, relative to the class path
 * root ({@code personas = "personas/my-pack.json"}).
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MotcuaStubsExtension.class)
public @interface MotcuaStubs {
  /**
   * A class path resource holding a persona pack (the JSON of {@link
   * vn.motcua.testkit.persona.PersonaPack#from}); empty (the default) for the shipped pack.
   */
  String personas() default "";

  /**
   * A class path resource holding a fault schedule ({@link vn.motcua.testkit.FaultFile}), applied
   * at start and before each test; empty (the default) for none.
   */
  String faults() default "";

  /** The identity provider's port; 0 (the default) for a free one. */
  int identityProviderPort() default 0;

  /** The portal's port; 0 (the default) for a free one. */
  int portalPort() default 0;

  /**
   * The redirect URIs registered for the client {@link vn.motcua.testkit.Stubs#DEFAULT_CLIENT_ID};
   * empty (the default) for {@link vn.motcua.testkit.Stubs#DEFAULT_REDIRECT_URI}.
   */
  String[] redirectUris() default {};
}
