package vn.motcua.testkit.junit;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import vn.motcua.core.MotcuaException;
import vn.motcua.testkit.FaultFile;
import vn.motcua.testkit.Stubs;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.persona.PersonaPack;
import vn.motcua.testkit.portal.StubPortal;

/**
 * The extension behind {@link MotcuaStubs}; see there for what it does. Registered by the
 * annotation; registered alone with {@code @ExtendWith}, it runs stubs with the defaults.
 */
public final class MotcuaStubsExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        TestInstancePostProcessor,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MotcuaStubsExtension.class);
  private static final String ENTERED = "entered";
  private static final Set<Class<?>> INJECTABLE =
      Set.of(Stubs.class, StubIdentityProvider.class, StubPortal.class, PersonaPack.class);

  /** Creates the extension (JUnit does, through the annotation). */
  public MotcuaStubsExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    Stubs stubs = holder(context).stubs;
    for (Field field : stubsFields(context.getRequiredTestClass(), true)) {
      set(field, null, stubs);
    }
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    Stubs stubs = holder(context).stubs;
    for (Field field : stubsFields(testInstance.getClass(), false)) {
      set(field, testInstance, stubs);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Holder holder = holder(context);
    if (holder.running.incrementAndGet() > 1) {
      holder.running.decrementAndGet();
      throw new ExtensionConfigurationException(
          "Tests sharing the @MotcuaStubs stubs of "
              + holder.owner.getName()
              + " ran concurrently; run them in one thread"
              + " (@Execution(ExecutionMode.SAME_THREAD) on the class)");
    }
    context.getStore(NAMESPACE).put(ENTERED, holder);
    holder.stubs.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Holder holder = context.getStore(NAMESPACE).remove(ENTERED, Holder.class);
    if (holder != null) {
      holder.running.decrementAndGet();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Class<?> owner = owner(context.getRequiredTestClass());
    if (owner == context.getRequiredTestClass()) {
      Holder holder = context.getStore(NAMESPACE).remove(owner, Holder.class);
      if (holder != null) {
        holder.close();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Stubs stubs = holder(context).stubs;
    Class<?> type = parameter.getParameter().getType();
    if (type == StubIdentityProvider.class) {
      return stubs.identityProvider();
    }
    if (type == StubPortal.class) {
      return stubs.portal();
    }
    if (type == PersonaPack.class) {
      return stubs.personas();
    }
    return stubs;
  }

  /** Finds or starts the stubs for the context's test class. */
  private static Holder holder(ExtensionContext context) {
    Class<?> owner = owner(context.getRequiredTestClass());
    ExtensionContext ownerContext = ownerContext(context, owner);
    return ownerContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(owner, k -> start(owner), Holder.class);
  }

  /**
   * The class whose stubs a test class uses: the nearest annotated one among the class and the
   * classes enclosing it as {@code @Nested} (inner) classes; else the outermost of those.
   */
  static Class<?> owner(Class<?> testClass) {
    Class<?> candidate = testClass;
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      candidate = c;
      if (AnnotationSupport.isAnnotated(c, MotcuaStubs.class)) {
        return c;
      }
      if (Modifier.isStatic(c.getModifiers()) || c.getEnclosingClass() == null) {
        break;
      }
    }
    return candidate;
  }

  private static ExtensionContext ownerContext(ExtensionContext context, Class<?> owner) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestMethod().isEmpty() && c.getTestClass().orElse(null) == owner) {
        return c;
      }
    }
    return context;
  }

  private static Holder start(Class<?> owner) {
    Optional<MotcuaStubs> found = AnnotationSupport.findAnnotation(owner, MotcuaStubs.class);
    Stubs.Builder builder = Stubs.builder();
    ClassLoader loader = owner.getClassLoader();
    if (found.isPresent()) {
      MotcuaStubs settings = found.get();
      if (!settings.personas().isEmpty()) {
        builder.personas(readPack(settings.personas(), loader));
      }
      if (!settings.faults().isEmpty()) {
        builder.faults(FaultFile.fromResource(settings.faults(), loader));
      }
      builder.identityProviderPort(settings.identityProviderPort());
      builder.portalPort(settings.portalPort());
      for (String uri : settings.redirectUris()) {
        builder.redirectUri(uri);
      }
    }
    return new Holder(owner, builder.build().start());
  }

  private static PersonaPack readPack(String resource, ClassLoader loader) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new MotcuaException(
            "testkit.persona_pack.unreadable", "No persona pack resource " + name);
      }
      return PersonaPack.from(in);
    } catch (IOException e) {
      throw new MotcuaException(
          "testkit.persona_pack.unreadable", "Cannot read the persona pack resource " + name, e);
    }
  }

  private static List<Field> stubsFields(Class<?> type, boolean statics) {
    return ReflectionSupport.findFields(
        type,
        f -> f.getType() == Stubs.class && Modifier.isStatic(f.getModifiers()) == statics,
        HierarchyTraversalMode.TOP_DOWN);
  }

  private static void set(Field field, @Nullable Object target, Stubs stubs) {
    if (Modifier.isFinal(field.getModifiers())) {
      throw new ExtensionConfigurationException(
          "@MotcuaStubs cannot set the final field " + field.getName() + "; remove final");
    }
    try {
      field.setAccessible(true);
      field.set(target, stubs);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtensionConfigurationException(
          "@MotcuaStubs cannot set the field " + field.getName(), e);
    }
  }

  /** The stubs of one owner class and how many of its tests run now. */
  private static final class Holder implements AutoCloseable {
    final Class<?> owner;
    final Stubs stubs;
    final AtomicInteger running = new AtomicInteger();

    Holder(Class<?> owner, Stubs stubs) {
      this.owner = owner;
      this.stubs = stubs;
    }

    @Override
    public void close() {
      stubs.close();
    }
  }
}
