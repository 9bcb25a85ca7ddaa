package vn.motcua.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks and prints, for each pair, the SDK path's score divided by the raw
 * library's score doing the same work.
 *
 * <p>Benchmarks pair up by name and parameters: in one class, {@code sdk_foo} is compared with
 * {@code raw_foo} run with the same {@code @Param} values; when there is no {@code raw_foo_bar} for
 * {@code sdk_foo_bar}, {@code raw_foo} stands in (one raw baseline for several SDK variants).
 *
 * <p>The direction depends on the mode. Time per operation (average time, sample time, single
 * shot): the ratio is SDK time / raw time, lower is better; 1.20 means the SDK path takes 20%
 * longer. Throughput: the ratio is SDK operations per second / raw operations per second, higher is
 * better; 0.80 means the SDK path does 80% of raw's work per second. Any JMH command-line option
 * may be given (for example {@code -f 1 -wi 3 -i 5 JsonRead}); {@code -l}, {@code -lp} and {@code
 * -h} list the benchmarks, list them with their parameters, or print JMH's help.
 */
public final class RatioReport {
  private RatioReport() {}

  /**
   * Runs the benchmarks selected by JMH's command-line options and prints the ratio tables.
   *
   * @param args JMH command-line options
   */
  public static void main(String[] args)
      throws RunnerException, CommandLineOptionException, IOException {
    CommandLineOptions commandLine = new CommandLineOptions(args);
    Options options = new OptionsBuilder().parent(commandLine).build();
    if (commandLine.shouldHelp()) {
      commandLine.showHelp();
      return;
    }
    if (commandLine.shouldListWithParams()) {
      new Runner(options).listWithParams(commandLine);
      return;
    }
    if (commandLine.shouldList()) {
      new Runner(options).list();
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    print(results, System.out);
  }

  /** One benchmark's primary result. */
  record Score(
      String benchmark, String params, Mode mode, double score, double error, String unit) {}

  static void print(Collection<RunResult> results, PrintStream out) {
    List<Score> scores = new ArrayList<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      Result<?> primary = result.getPrimaryResult();
      scores.add(
          new Score(
              params.getBenchmark(),
              params.getParamsKeys().stream()
                  .sorted()
                  .map(k -> k + "=" + params.getParam(k))
                  .collect(Collectors.joining(",")),
              params.getMode(),
              primary.getScore(),
              primary.getScoreError(),
              primary.getScoreUnit()));
    }
    print(scores, out);
  }

  static void print(List<Score> scores, PrintStream out) {
    Map<String, Score> byKey = new TreeMap<>();
    for (Score s : scores) {
      byKey.put(key(s.benchmark(), s.params()), s);
    }
    List<String> times = new ArrayList<>();
    List<String> throughputs = new ArrayList<>();
    for (Score sdk : byKey.values()) {
      List<String> candidates = rawNamesFor(sdk.benchmark());
      if (candidates.isEmpty()) {
        continue;
      }
      Optional<Score> raw =
          candidates.stream()
              .map(name -> byKey.get(key(name, sdk.params())))
              .filter(s -> s != null && s.mode() == sdk.mode())
              .findFirst();
      List<String> rows = sdk.mode() == Mode.Throughput ? throughputs : times;
      String name = shortName(sdk.benchmark()) + (sdk.params().isEmpty() ? "" : " " + sdk.params());
      if (raw.isEmpty()) {
        rows.add(String.format(Locale.ROOT, "%-56s %s", name, "no raw result to compare with"));
        continue;
      }
      rows.add(
          String.format(
              Locale.ROOT,
              "%-56s %10.1f ±%8.1f %10.1f ±%8.1f %-10s %6.2f",
              name,
              sdk.score(),
              sdk.error(),
              raw.get().score(),
              raw.get().error(),
              sdk.unit(),
              sdk.score() / raw.get().score()));
    }
    String header =
        String.format(
            Locale.ROOT,
            "%-56s %21s %21s %-10s %6s",
            "benchmark (SDK / raw)",
            "sdk",
            "raw",
            "unit",
            "ratio");
    if (!times.isEmpty()) {
      out.println();
      out.println("Time per operation: ratio = SDK time / raw time (lower is better)");
      out.println(header);
      times.forEach(out::println);
    }
    if (!throughputs.isEmpty()) {
      out.println();
      out.println(
          "Throughput: ratio = SDK ops per time / raw ops per time (higher is better; 1.00 = raw)");
      out.println(header);
      throughputs.forEach(out::println);
    }
  }

  private static String key(String benchmark, String params) {
    return benchmark + " " + params;
  }

  /**
   * Returns the raw benchmarks to compare {@code benchmark} with, best first: {@code raw_a_b} for
   * {@code sdk_a_b}, then {@code raw_a}; empty when it is not an SDK benchmark.
   */
  static List<String> rawNamesFor(String benchmark) {
    int dot = benchmark.lastIndexOf('.');
    String method = benchmark.substring(dot + 1);
    if (!method.startsWith("sdk_")) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    String rest = method.substring(4);
    while (!rest.isEmpty()) {
      names.add(benchmark.substring(0, dot + 1) + "raw_" + rest);
      int underscore = rest.lastIndexOf('_');
      rest = underscore < 0 ? "" : rest.substring(0, underscore);
    }
    return names;
  }

  private static String shortName(String benchmark) {
    int dot = benchmark.lastIndexOf('.');
    int classDot = benchmark.lastIndexOf('.', dot - 1);
    return benchmark.substring(classDot + 1).replace("sdk_", "");
  }
}
