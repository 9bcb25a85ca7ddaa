package vn.motcua.core.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Accepts {@code java.time} values only as ISO-8601 strings.
 *
 * <p>Jackson reads {@code Instant}, {@code OffsetDateTime} and {@code ZonedDateTime} from numbers
 * as epoch timestamps, ignoring the coercion configuration, and {@code LocalDate} from arrays such
 * as {@code [2024,1,31]}. A number in a date field is far more likely a mistake than a timestamp,
 * and seconds-versus-milliseconds guesses are a classic source of wrong dates, so motcua refuses
 * every shape but a string.
 */
final class JavaTimeAsStrings {
  private JavaTimeAsStrings() {}

  /** Returns a module that wraps every {@code java.time} deserializer in a string-only check. */
  static JacksonModule module() {
    return new SimpleModule("motcua-java-time-as-strings").setDeserializerModifier(new Modifier());
  }

  private static final class Modifier extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      return description.getBeanClass().getPackageName().equals("java.time")
          ? new StringsOnly(deserializer, deserializer)
          : deserializer;
    }
  }

  private static final class StringsOnly extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    /** The type's default deserializer, before any {@code @JsonFormat} of a property. */
    private final ValueDeserializer<?> standard;

    StringsOnly(ValueDeserializer<?> delegate, ValueDeserializer<?> standard) {
      super(delegate);
      this.standard = standard;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new StringsOnly(delegate, standard);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return context.handleUnexpectedToken(handledType(), parser);
      }
      // The common ISO forms read by hand, unless a property's format replaced the default or
      // the reader is asked to convert times to its time zone (left to Jackson, which does).
      if (_delegatee == standard
          && !context.isEnabled(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
        Object value = IsoTimes.parse(handledType(), parser.getString());
        if (value != null) {
          return value;
        }
      }
      return super.deserialize(parser, context);
    }
  }
}
