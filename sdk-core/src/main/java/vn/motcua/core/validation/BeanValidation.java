package vn.motcua.core.validation;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.validation.CoreMessages;
import vn.motcua.core.internal.validation.ValidatorBootstrap;
import vn.motcua.core.internal.validation.ViolationConverter;

/**
 * Validates objects against their Jakarta Bean Validation constraints and returns a {@link
 * ValidationReport}: every violation with its JSON Pointer, stable code and bilingual message.
 *
 * <p>Hibernate Validator runs without Expression Language: no message template is ever evaluated as
 * an expression, and reports are built from codes and bundles, never from the validator's own
 * messages, so no validated value can reach a report. Cascades ({@code @Valid}) are followed into
 * nested objects, list elements and map values. Property names in paths are the JSON names
 * ({@code @JsonProperty}) where they differ from the Java names.
 *
 * <p>Codes: a constraint whose message template is a code in braces reports that code, the
 * convention for motcua's own constraints ({@code {identifier.personal_id.province}} gives {@code
 * identifier.personal_id.province}); the standard constraints report {@code validation.} and the
 * annotation's name in snake case ({@code validation.not_null}, {@code validation.size}, {@code
 * validation.positive_or_zero}; {@code _exclusive} is appended for an exclusive {@code
 * DecimalMin}/{@code DecimalMax}). Arguments are the constraint's scalar attributes ({@code min},
 * {@code max}, {@code value}...), never the validated value.
 *
 * <p>Regular expressions in constraints must run in linear time: no nested or adjacent quantifiers
 * that can match the same text ({@code (a+)+}, {@code (\w+\s?)*}, {@code .*.*}), no backreferences;
 * prefer a hand-written check to a pattern. Java's engine backtracks, so a pattern that breaks this
 * rule lets a short input consume seconds of CPU; it also recurses once per repetition of a group,
 * so bound the length ({@code @Size}) of anything a pattern sees. Test each pattern on adversarial
 * input by counting the characters the matcher reads, not by timing it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BeanValidation {
  private static final BeanValidation DEFAULTS = builder().build();

  private final MessageSource messages;
  private final Validator validator;

  private BeanValidation(Builder builder) {
    MessageSource core = CoreMessages.source();
    MessageSource known = builder.messages == null ? core : builder.messages.orElse(core);
    // A code no bundle knows still gets a sentence for people rather than the bare code.
    this.messages =
        known.orElse((code, args, locale) -> core.message("validation.invalid", args, locale));
    Clock clock = builder.clock;
    this.validator =
        clock == null
            ? ValidatorBootstrap.factory().getValidator()
            : ValidatorBootstrap.factory().usingContext().clockProvider(() -> clock).getValidator();
  }

  /** Returns the shared instance: core messages only, the system clock. */
  public static BeanValidation defaults() {
    return DEFAULTS;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates {@code bean} and returns every violation found; an empty report means valid.
   *
   * @param groups the validation groups to check; none means the default group
   */
  public ValidationReport validate(Object bean, Class<?>... groups) {
    Objects.requireNonNull(bean, "bean");
    return ViolationConverter.report(validator.validate(bean, groups), messages);
  }

  /**
   * Returns {@code bean} when it is valid.
   *
   * @throws InvalidInputException with code {@code validation.failed} listing every violation
   */
  public <T> T requireValid(T bean, Class<?>... groups) {
    validate(bean, groups).throwIfInvalid();
    return bean;
  }

  /**
   * Returns the underlying validator, configured as described above, for uses such as {@code
   * validateProperty}; convert its violations with care, since they hold the validated values.
   */
  public Validator validator() {
    return validator;
  }

  /** Returns the source of the reports' texts: the caller's, then core's. */
  public MessageSource messages() {
    return messages;
  }

  /** Builds a {@link BeanValidation}; not thread-safe. */
  public static final class Builder {
    private @Nullable MessageSource messages;
    private @Nullable Clock clock;

    private Builder() {}

    /**
     * Sets the texts consulted first, such as a module's own bundle; core's texts are the fallback
     * for codes it does not know.
     */
    public Builder messages(MessageSource messages) {
      this.messages = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /** Sets the clock that {@code @Past}, {@code @Future} and the like compare against. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Returns the validation, built from the shared validator factory. */
    public BeanValidation build() {
      return new BeanValidation(this);
    }
  }
}
