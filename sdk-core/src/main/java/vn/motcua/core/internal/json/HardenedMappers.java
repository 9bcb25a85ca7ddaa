package vn.motcua.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.TimeZone;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.type.LogicalType;
import vn.motcua.core.json.JsonLimits;
import vn.motcua.core.json.UnknownProperties;

/**
 * Builds motcua's hardened {@link JsonMapper}. Every setting below is stated explicitly, even where
 * it matches Jackson 3's default, so that a change of defaults in a later Jackson cannot loosen it.
 */
public final class HardenedMappers {
  // Each shape a value may arrive in that is not the target's own: "12" for an int, 12 for a
  // String, true for an int, "" for an object. None is converted; all are reported.
  private static final CoercionInputShape[] REFUSED_COERCIONS = {
    CoercionInputShape.String,
    CoercionInputShape.Integer,
    CoercionInputShape.Float,
    CoercionInputShape.Boolean,
    CoercionInputShape.EmptyString,
    CoercionInputShape.EmptyArray,
    CoercionInputShape.EmptyObject,
  };

  private HardenedMappers() {}

  /** Returns a new mapper with the given limits and handling of unknown properties. */
  public static JsonMapper build(JsonLimits limits, UnknownProperties unknownProperties) {
    return JsonMapper.builder(factory(limits))
        // Strict reading: one value per document, no guessing of types.
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .configure(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            unknownProperties == UnknownProperties.REJECT)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .withCoercionConfigDefaults(
            config -> {
              for (CoercionInputShape shape : REFUSED_COERCIONS) {
                config.setCoercion(shape, CoercionAction.Fail);
              }
            })
        // ...except an integer for a floating-point or decimal target: 1 is a fine 1.0.
        .withCoercionConfig(
            LogicalType.Float,
            config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
        // Never default typing; and class names as type ids are refused even where a type's own
        // @JsonTypeInfo asks for them, since they let input choose which class to instantiate.
        .deactivateDefaultTyping()
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        // java.time as ISO-8601 strings, offsets kept as sent.
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DateTimeFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE)
        .addModule(JavaTimeAsStrings.module())
        .addModule(SpreadCreators.module())
        .defaultTimeZone(TimeZone.getTimeZone("UTC"))
        .defaultLocale(Locale.ROOT)
        // Deterministic output, so equal values give equal bytes (and equal digests): bean
        // properties sorted by name (record components keep declaration order), map entries by key.
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .changeDefaultPropertyInclusion(
            inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }

  private static JsonFactory factory(JsonLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .maxDocumentLength(limits.maxDocumentLength())
                .maxTokenCount(limits.maxTokenCount())
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // Jackson's own messages stay free of input too, for callers who use the mapper directly:
        // no source excerpt in locations, no token text in syntax errors.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .errorReportConfiguration(
            ErrorReportConfiguration.builder()
                .maxErrorTokenLength(0)
                .maxRawContentLength(0)
                .build())
        // The caller opened the stream, the caller closes it.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }
}
