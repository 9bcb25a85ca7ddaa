package vn.motcua.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.testkit.Stubs;
import vn.motcua.testkit.portal.PortalFault;

/**
 * Runs fixture classes through the JUnit Platform launcher, as a build would, to see what the
 * extension does across classes: its own stubs per class, stopped after the class, the fault
 * schedule applied before every test, refusals of misuse.
 */
class MotcuaStubsLifecycleFunctionalTest {
  static final String FIXTURES = "motcua.test.fixtures";
  static final List<Stubs> seen = new CopyOnWriteArrayList<>();

  @Test
  void eachClass_getsItsOwnStubs_stoppedWhenTheClassEnds() {
    seen.clear();

    Map<String, TestExecutionResult> results = run(Map.of(), FirstClass.class, SecondClass.class);

    assertThat(results.values())
        .allSatisfy(
            r -> assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
    assertThat(seen).hasSize(4); // two tests in each class
    assertThat(seen.get(0)).isSameAs(seen.get(1));
    assertThat(seen.get(2)).isSameAs(seen.get(3));
    assertThat(seen.get(0)).isNotSameAs(seen.get(2));
    assertThat(seen).allSatisfy(s -> assertThat(s.isRunning()).isFalse());
  }

  @Test
  void faultSchedule_fromTheAnnotation_isAppliedBeforeEveryTest() {
    Map<String, TestExecutionResult> results =
        run(Map.of(), WithFaultSchedule.class, WithComposedAnnotation.class);

    assertThat(results).hasSizeGreaterThanOrEqualTo(6); // 2 classes, 4 tests
    assertThat(results.values())
        .allSatisfy(
            r -> assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
  }

  @Test
  void missingResource_failsTheClass_withTheResourceNamed() {
    Map<String, TestExecutionResult> results = run(Map.of(), MissingPersonas.class);

    assertThat(results.values())
        .anySatisfy(
            r -> {
              assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
              assertThat(r.getThrowable()).get().asString().contains("no-such-pack.json");
            });
  }

  @Test
  void finalField_isAConfigurationError() {
    Map<String, TestExecutionResult> results = run(Map.of(), FinalField.class);

    assertThat(results.values())
        .anySatisfy(
            r ->
                assertThat(r.getThrowable())
                    .get()
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .asString()
                    .contains("final field"));
  }

  @Test
  void concurrentTests_ofOneClass_areRefused() {
    ConcurrentMethods.latch = new CountDownLatch(1);

    Map<String, TestExecutionResult> results =
        run(
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
            ConcurrentMethods.class);

    assertThat(results.values())
        .filteredOn(r -> r.getStatus() == TestExecutionResult.Status.FAILED)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.getThrowable())
                    .get()
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .asString()
                    .contains("ran concurrently"));
  }

  private static Map<String, TestExecutionResult> run(
      Map<String, String> configuration, Class<?>... classes) {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    for (Class<?> c : classes) {
      request.selectors(selectClass(c));
    }
    request.configurationParameter(FIXTURES, "true");
    request.configurationParameters(configuration);
    LauncherDiscoveryRequest built = request.build();
    Map<String, TestExecutionResult> results = new java.util.concurrent.ConcurrentHashMap<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        built,
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.getUniqueId().endsWith("[engine:junit-jupiter]")) {
              results.put(id.getUniqueId(), result);
            }
          }
        });
    return results;
  }

  /** True only when this test launches the fixture, never in the build's own run. */
  static boolean launchedByTheTest(ExtensionContext context) {
    return context.getConfigurationParameter(FIXTURES).isPresent();
  }

  @MotcuaStubs
  @EnabledIf("vn.motcua.testkit.junit.MotcuaStubsLifecycleFunctionalTest#launchedByTheTest")
  static class FirstClass {
    @Test
    void one(Stubs stubs) {
      seen.add(stubs);
    }

    @Test
    void two(Stubs stubs) {
      seen.add(stubs);
    }
  }

  @MotcuaStubs
  @EnabledIf("vn.motcua.testkit.junit.MotcuaStubsLifecycleFunctionalTest#launchedByTheTest")
  static class SecondClass extends FirstClass {}

  @MotcuaStubs(faults = "vn/motcua/testkit/junit/flaky-procedures.txt")
  @EnabledIf("vn.motcua.testkit.junit.MotcuaStubsLifecycleFunctionalTest#launchedByTheTest")
  static class WithFaultSchedule {
    @Test
    void first(Stubs stubs) {
      checkScheduleApplied(stubs);
    }

    @Test
    void second(Stubs stubs) {
      checkScheduleApplied(stubs);
    }

    static void checkScheduleApplied(Stubs stubs) {
      assertThat(stubs.faultFile().size()).isEqualTo(1);
      HttpTransport transport = StubsTestSupport.transport();
      DvcqgClient client = StubsTestSupport.dvcqg(stubs, transport);
      try {
        // the schedule: the first LayDanhSachTTHC of each test answers 503
        assertThatThrownBy(client::procedures).hasMessageContaining("LayDanhSachTTHC");
        assertThat(client.procedures()).isNotEmpty();
      } finally {
        client.close();
        transport.close();
      }
      assertThat(stubs.portalFaults().injected()).isEqualTo(1);
      stubs.portalFaults().every(null, PortalFault.HTTP_500); // must not outlive this test
    }
  }

  /** A team's own annotation, configuring the stubs once for many classes. */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
  @MotcuaStubs(faults = "vn/motcua/testkit/junit/flaky-procedures.txt")
  @interface FlakyProcedures {}

  @FlakyProcedures
  @EnabledIf("vn.motcua.testkit.junit.MotcuaStubsLifecycleFunctionalTest#launchedByTheTest")
  static class WithComposedAnnotation {
    @Test
    void first(Stubs stubs) {
      WithFaultSchedule.checkScheduleApplied(stubs);
    }

    @Test
    void second(Stubs stubs) {
      WithFaultSchedule.checkScheduleApplied(stubs);
    }
  }

  @MotcuaStubs(personas = "vn/motcua/testkit/junit/no-such-pack.json")
  @EnabledIf("vn.motcua.testkit.junit.MotcuaStubsLifecycleFunctionalTest#launchedByTheTest")
  static class MissingPersonas {
    @Test
    void never(Stubs stubs) {}
  }

  @MotcuaStubs
  @EnabledIf("vn.motcua.testkit.junit.MotcuaStubsLifecycleFunctionalTest#launchedByTheTest")
  static class FinalField {
    final Stubs stubs = Stubs.builder().build();

    @Test
    void never() {}
  }

  @MotcuaStubs
  @ExtendWith(ConcurrentMethods.RefusalSignal.class)
  @EnabledIf("vn.motcua.testkit.junit.MotcuaStubsLifecycleFunctionalTest#launchedByTheTest")
  static class ConcurrentMethods {
    /** Counted down once a test of this class has failed before its body ran: refused. */
    static CountDownLatch latch = new CountDownLatch(1);

    @Test
    void one() throws InterruptedException {
      holdUntilTheOtherIsRefused();
    }

    @Test
    void two() throws InterruptedException {
      holdUntilTheOtherIsRefused();
    }

    // Whichever test gets its stubs first keeps them until the other has been refused, so the two
    // always overlap, however slowly the second thread starts. The bound only ends a broken run.
    private static void holdUntilTheOtherIsRefused() throws InterruptedException {
      latch.await(2, TimeUnit.MINUTES);
    }

    static final class RefusalSignal implements AfterEachCallback {
      @Override
      public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
          latch.countDown();
        }
      }
    }
  }
}
