package vn.motcua.benchmarks;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks and prints, for each pair, the SDK path's time divided by the raw
 * library's time doing the same work.
 *
 * <p>Benchmarks pair up by name: in one class, {@code sdk_foo} is compared with {@code raw_foo}. A
 * ratio of 1.00 means the SDK adds nothing measurable; 1.20 means the SDK path takes 20% longer.
 * Any JMH command-line option may be given (for example {@code -f 1 -wi 3 -i 5 JsonRead}).
 */
public final class RatioReport {
  private RatioReport() {}

  /**
   * Runs the benchmarks selected by JMH's command-line options and prints the ratio table.
   *
   * @param args JMH command-line options
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options = new OptionsBuilder().parent(new CommandLineOptions(args)).build();
    Collection<RunResult> results = new Runner(options).run();
    print(results, System.out);
  }

  static void print(Collection<RunResult> results, PrintStream out) {
    Map<String, Double> scores = new TreeMap<>();
    Map<String, Double> errors = new TreeMap<>();
    String unit = "";
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      scores.put(name, result.getPrimaryResult().getScore());
      errors.put(name, result.getPrimaryResult().getScoreError());
      unit = result.getPrimaryResult().getScoreUnit();
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-48s %14s %14s %8s%n",
        "benchmark (SDK / raw)",
        "sdk " + unit,
        "raw",
        "ratio");
    for (Map.Entry<String, Double> sdk : scores.entrySet()) {
      Optional<String> rawName = rawNameFor(sdk.getKey());
      if (rawName.isEmpty() || !scores.containsKey(rawName.get())) {
        continue;
      }
      double raw = scores.get(rawName.get());
      out.printf(
          Locale.ROOT,
          "%-48s %8.1f ±%4.1f %8.1f ±%4.1f %8.2f%n",
          shortName(sdk.getKey()),
          sdk.getValue(),
          errors.get(sdk.getKey()),
          raw,
          errors.get(rawName.get()),
          sdk.getValue() / raw);
    }
  }

  static Optional<String> rawNameFor(String benchmark) {
    int dot = benchmark.lastIndexOf('.');
    String method = benchmark.substring(dot + 1);
    if (!method.startsWith("sdk_")) {
      return Optional.empty();
    }
    return Optional.of(benchmark.substring(0, dot + 1) + "raw_" + method.substring(4));
  }

  private static String shortName(String benchmark) {
    int dot = benchmark.lastIndexOf('.');
    int classDot = benchmark.lastIndexOf('.', dot - 1);
    return benchmark.substring(classDot + 1).replace("sdk_", "");
  }
}
