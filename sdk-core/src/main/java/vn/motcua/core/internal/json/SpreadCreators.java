package vn.motcua.core.internal.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.module.SimpleModule;

/**
 * Calls property-based creators (a record's canonical constructor, a {@code @JsonCreator} taking
 * properties) through a method handle that spreads the argument array, made once per type.
 *
 * <p>Jackson 3 calls such a creator with {@code MethodHandle.invokeWithArguments}, which adapts the
 * handle to the array again on every call: about a quarter of the time of reading a dossier, in a
 * profile of the outbox. The creator, its arguments and its failures are unchanged: a creator that
 * throws is reported exactly as Jackson reports it.
 */
final class SpreadCreators {
  private SpreadCreators() {}

  /** Returns the module. */
  static JacksonModule module() {
    return new SimpleModule("motcua-spread-creators") {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new Instantiators());
      }
    };
  }

  private static final class Instantiators implements ValueInstantiators {
    @Override
    public @Nullable ValueInstantiator findValueInstantiator(
        DeserializationConfig config, BeanDescription.Supplier description) {
      return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueInstantiator instantiator) {
      if (instantiator.getClass() != StdValueInstantiator.class) {
        return instantiator; // a type's own instantiator: left as it is
      }
      StdValueInstantiator standard = (StdValueInstantiator) instantiator;
      MethodHandle spread = spreading(standard.getWithArgsCreator());
      return spread == null ? standard : new Spreading(standard, spread);
    }
  }

  /** The creator as a handle taking the argument array, or null when it cannot be made. */
  private static @Nullable MethodHandle spreading(@Nullable AnnotatedWithParams creator) {
    if (creator == null) {
      return null;
    }
    Member member = creator.getMember();
    if (!(member instanceof Executable executable) || !executable.trySetAccessible()) {
      return null; // Jackson's own call stays
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle handle =
          executable instanceof Method method
              ? lookup.unreflect(method)
              : lookup.unreflectConstructor((Constructor<?>) executable);
      int count = executable.getParameterCount();
      return handle
          .asFixedArity()
          .asType(MethodType.genericMethodType(count))
          .asSpreader(Object[].class, count);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  private static final class Spreading extends StdValueInstantiator {
    private final MethodHandle spread;

    Spreading(StdValueInstantiator standard, MethodHandle spread) {
      super(standard);
      this.spread = spread;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] args) {
      try {
        return (Object) spread.invokeExact(args);
      } catch (Exception e) {
        // As StdValueInstantiator: the creator's exception, wrapped the same way.
        return context.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(context, e));
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("a creator threw a Throwable of its own kind", e);
      }
    }
  }
}
