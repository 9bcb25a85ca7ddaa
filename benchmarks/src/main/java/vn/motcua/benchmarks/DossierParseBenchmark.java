package vn.motcua.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierJson;
import vn.motcua.dossier.DossierValidator;

/**
 * Parsing and validating a 4 KB canonical dossier: {@link DossierJson#strict()} and {@link
 * DossierValidator} beside a plain Jackson 3 mapper and plain Hibernate Validator doing the same
 * work on the same data and the same model classes.
 *
 * <p>The SDK adds the hardened mapper's checks (duplicate keys, limits, no coercion, error
 * translation), the strict unknown-property walk, the cross-field rules and building a report; the
 * raw path only binds and runs the Bean Validation constraints. Hibernate Validator is bootstrapped
 * without Expression Language on both sides, the only way it runs without an EL implementation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DossierParseBenchmark {
  private byte[] document;
  private Dossier parsed;
  private DossierJson sdkJson;
  private DossierValidator sdkValidator;
  private JsonMapper plainMapper;
  private Validator plainValidator;

  /** Loads the sample, builds both stacks once, and checks that they agree. */
  @Setup
  public void setUp() {
    try (InputStream in =
        DossierParseBenchmark.class.getResourceAsStream("dossier-canonical.json")) {
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sdkJson = DossierJson.strict();
    sdkValidator = DossierValidator.defaults();
    // Same date semantics as motcua (keep the offset as sent), nothing else: a plain mapper.
    plainMapper =
        JsonMapper.builder().disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
    plainValidator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    parsed = sdkJson.read(document);
    if (!parsed.equals(plainMapper.readValue(document, Dossier.class))) {
      throw new IllegalStateException("the two stacks read the sample differently");
    }
    if (!sdkValidator.validate(parsed).isValid() || !plainValidator.validate(parsed).isEmpty()) {
      throw new IllegalStateException("the sample must be valid for both stacks");
    }
  }

  /** motcua: parse through the strict dossier reader. */
  @Benchmark
  public Dossier sdk_parse() {
    return sdkJson.read(document);
  }

  /** Raw: a plain Jackson 3 mapper binding the same bytes to the same classes. */
  @Benchmark
  public Dossier raw_parse() {
    return plainMapper.readValue(document, Dossier.class);
  }

  /** motcua: every rule of the validator (fields and cross-field), as a report. */
  @Benchmark
  public ValidationReport sdk_validate() {
    return sdkValidator.validate(parsed);
  }

  /** Raw: Hibernate Validator's constraints on the same object. */
  @Benchmark
  public Set<ConstraintViolation<Dossier>> raw_validate() {
    return plainValidator.validate(parsed);
  }

  /** motcua: parse and validate, what a service does with an incoming dossier. */
  @Benchmark
  public ValidationReport sdk_parseAndValidate() {
    return sdkValidator.validate(sdkJson.read(document));
  }

  /** Raw: plain Jackson then plain Hibernate Validator. */
  @Benchmark
  public Set<ConstraintViolation<Dossier>> raw_parseAndValidate() {
    return plainValidator.validate(plainMapper.readValue(document, Dossier.class));
  }
}
