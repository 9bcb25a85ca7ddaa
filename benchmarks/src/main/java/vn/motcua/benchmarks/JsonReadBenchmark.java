package vn.motcua.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
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
import vn.motcua.core.json.MotcuaJson;

/**
 * Reading a 4 KB dossier-shaped document into records: motcua's hardened mapper (duplicate-key
 * detection, limits, no coercion, error translation) beside a plain Jackson 3 mapper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonReadBenchmark {
  private byte[] document;
  private MotcuaJson motcua;
  private JsonMapper plain;

  /** Loads the sample and builds both mappers once. */
  @Setup
  public void setUp() {
    try (InputStream in = JsonReadBenchmark.class.getResourceAsStream("dossier-sample.json")) {
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    motcua = MotcuaJson.strict();
    // Same date semantics as motcua (keep the offset as sent), nothing else: a plain mapper.
    plain = JsonMapper.builder().disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
    // Both must read the sample into an equal tree, or the comparison is meaningless.
    if (!motcua
        .read(document, DossierLike.class)
        .equals(plain.readValue(document, DossierLike.class))) {
      throw new IllegalStateException("the two mappers read the sample differently");
    }
  }

  /** motcua: the hardened mapper, through the call users make. */
  @Benchmark
  public DossierLike sdk_readDossier() {
    return motcua.read(document, DossierLike.class);
  }

  /** Raw: a plain Jackson 3 mapper reading the same bytes into the same records. */
  @Benchmark
  public DossierLike raw_readDossier() {
    return plain.readValue(document, DossierLike.class);
  }
}
