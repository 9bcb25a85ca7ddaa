package vn.motcua.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.testkit.idp.AuthorizationResponseFault;
import vn.motcua.testkit.idp.DiscoveryFault;
import vn.motcua.testkit.idp.JwksFault;
import vn.motcua.testkit.idp.StubFaults;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.idp.TokenFault;
import vn.motcua.testkit.idp.UserInfoFault;
import vn.motcua.testkit.portal.FaultSchedule;
import vn.motcua.testkit.portal.PortalFault;
import vn.motcua.testkit.portal.PortalFaults;
import vn.motcua.testkit.portal.StubPortal;

/**
 * A fault schedule written as text, one instruction a line, for the stubs started by {@link Stubs},
 * {@link StubsMain} ({@code --faults file}) and {@code @MotcuaStubs(faults = "...")}. It is applied
 * when the stubs start and again after every {@link Stubs#reset()}.
 *
 * <pre>
 * # blank lines and lines starting with # are ignored
 * portal next DongBoHoSoMC HTTP_503          # the next request of that service (* = any)
 * portal after-processing DongBoHoSoMC CONNECTION_RESET  # processed, then the answer is lost
 * portal every TraCuuHoSo HTTP_500           # every request of that service (* = any)
 * portal random 42 0.3 HTTP_503,CONNECTION_RESET   # seed, probability, kinds
 * portal delay 2s                            # how long DELAY holds an answer (ms, s or ISO-8601)
 * portal retry-after 1s                      # the wait RATE_LIMITED asks for
 * idp next id-token EXPIRED                  # id-token, authorization-response, userinfo,
 * idp every jwks SERVICE_UNAVAILABLE         #   discovery or jwks, with that kind's fault names
 * </pre>
 *
 * <p>Fault names are those of {@link PortalFault}, {@link TokenFault}, {@link
 * AuthorizationResponseFault}, {@link UserInfoFault}, {@link DiscoveryFault} and {@link JwksFault}.
 * A file with mistakes is refused as a whole, every mistake listed at {@code /lines/<line number>}.
 * Immutable and thread-safe.
 */
public final class FaultFile {
  /** Code of the exception for a file that breaks the format. */
  public static final String INVALID = "testkit.faults.invalid";

  /** Code of the exception for a file or resource that cannot be read. */
  public static final String UNREADABLE = "testkit.faults.unreadable";

  private static final FaultFile NONE = new FaultFile(List.of(), 0);
  private static final MessageSource MESSAGES =
      MessageSource.bundle("vn.motcua.testkit.messages", FaultFile.class.getClassLoader())
          .orElse(
              MessageSource.bundle(
                  "vn.motcua.core.messages", MotcuaException.class.getClassLoader()));
  private static final String ANY = "*";

  private final List<Instruction> instructions;
  private final int lines;

  private FaultFile(List<Instruction> instructions, int lines) {
    this.instructions = List.copyOf(instructions);
    this.lines = lines;
  }

  /** Returns the empty schedule: no faults. */
  public static FaultFile none() {
    return NONE;
  }

  /**
   * Reads a schedule from its text.
   *
   * @throws InvalidInputException with code {@value #INVALID} listing every mistake
   */
  public static FaultFile parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Instruction> out = new ArrayList<>();
    ValidationReport.Builder report = ValidationReport.builder();
    String[] all = text.split("\\R", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      String at = "/lines/" + (i + 1);
      try {
        out.add(instruction(content.split("\\s+")));
      } catch (Mistake m) {
        report.add(at, m.code, m.args, MESSAGES);
      }
    }
    ValidationReport built = report.build();
    if (!built.isValid()) {
      throw new InvalidInputException(
          INVALID,
          "The fault schedule has mistakes; each is listed with its line: " + built.summary(),
          built,
          null);
    }
    return new FaultFile(out, all.length);
  }

  /**
   * Reads a schedule from a UTF-8 file.
   *
   * @throws MotcuaException with code {@value #UNREADABLE} when the file cannot be read, or {@link
   *     InvalidInputException} with code {@value #INVALID}
   */
  public static FaultFile read(Path file) {
    try {
      return parse(Files.readString(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MotcuaException(UNREADABLE, "Cannot read the fault schedule file", e);
    }
  }

  /**
   * Reads a schedule from a class path resource (such as {@code faults/flaky-portal.txt}).
   *
   * @throws MotcuaException with code {@value #UNREADABLE} when there is no such resource, or
   *     {@link InvalidInputException} with code {@value #INVALID}
   */
  public static FaultFile fromResource(String resource, ClassLoader loader) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new MotcuaException(UNREADABLE, "No fault schedule resource " + name);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MotcuaException(UNREADABLE, "Cannot read the fault schedule resource " + name, e);
    }
  }

  /** Returns whether the schedule holds no instruction. */
  public boolean isEmpty() {
    return instructions.isEmpty();
  }

  /** Returns how many instructions the schedule holds. */
  public int size() {
    return instructions.size();
  }

  /**
   * Applies the schedule to the stubs: queues the {@code next} faults, sets the {@code every} ones,
   * the random schedule and the delays. Faults already set stay; call the stubs' {@code reset()}
   * first for a clean start.
   */
  public void applyTo(StubIdentityProvider identityProvider, StubPortal portal) {
    applyToPresent(identityProvider, portal);
  }

  /** Applies the instructions of the stubs given; {@link Stubs} refuses schedules for others. */
  void applyToPresent(
      @Nullable StubIdentityProvider identityProvider, @Nullable StubPortal portal) {
    for (Instruction instruction : instructions) {
      if (instruction.portal != null) {
        if (portal != null) {
          instruction.portal.accept(portal.faults());
        }
      } else if (instruction.idp != null && identityProvider != null) {
        instruction.idp.accept(identityProvider.faults());
      }
    }
  }

  /** Returns whether an instruction is for the identity provider. */
  boolean targetsIdentityProvider() {
    return instructions.stream().anyMatch(i -> i.idp != null);
  }

  /** Returns whether an instruction is for the portal. */
  boolean targetsPortal() {
    return instructions.stream().anyMatch(i -> i.portal != null);
  }

  @Override
  public String toString() {
    return "FaultFile[" + instructions.size() + " instructions in " + lines + " lines]";
  }

  private record Instruction(
      @Nullable Consumer<PortalFaults> portal, @Nullable Consumer<StubFaults> idp) {}

  private static Instruction instruction(String[] words) throws Mistake {
    String target = words[0].toLowerCase(Locale.ROOT);
    return switch (target) {
      case "portal" -> new Instruction(portal(words), null);
      case "idp" -> new Instruction(null, idp(words));
      default ->
          throw new Mistake("testkit.faults.unknown_target", Map.of("expected", "portal, idp"));
    };
  }

  private static Consumer<PortalFaults> portal(String[] words) throws Mistake {
    String verb = word(words, 1, "next, after-processing, every, random, delay, retry-after");
    switch (verb) {
      case "next" -> {
        arity(words, 4);
        String service = words[2];
        PortalFault fault = portalFault(words[3]);
        return service.equals(ANY) ? f -> f.next(fault) : f -> f.next(service, fault);
      }
      case "after-processing" -> {
        arity(words, 4);
        String service = words[2];
        PortalFault fault = portalFault(words[3]);
        if (service.equals(ANY) || !fault.isNetworkFault()) {
          throw new Mistake("testkit.faults.after_processing", Map.of());
        }
        return f -> f.nextAfterProcessing(service, fault);
      }
      case "every" -> {
        arity(words, 4);
        String service = words[2].equals(ANY) ? null : words[2];
        PortalFault fault = portalFault(words[3]);
        return f -> f.every(service, fault);
      }
      case "random" -> {
        arity(words, 5);
        long seed;
        double probability;
        try {
          seed = Long.parseLong(words[2]);
          probability = Double.parseDouble(words[3]);
        } catch (NumberFormatException e) {
          throw new Mistake("testkit.faults.random", Map.of());
        }
        if (!(probability >= 0 && probability <= 1)) {
          throw new Mistake("testkit.faults.random", Map.of());
        }
        List<PortalFault> kinds = new ArrayList<>();
        for (String name : words[4].split(",")) {
          kinds.add(portalFault(name));
        }
        return f -> f.schedule(FaultSchedule.random(seed, probability, kinds));
      }
      case "delay" -> {
        arity(words, 3);
        Duration delay = duration(words[2]);
        return f -> f.delay(delay);
      }
      case "retry-after" -> {
        arity(words, 3);
        Duration wait = duration(words[2]);
        return f -> f.retryAfter(wait);
      }
      default ->
          throw new Mistake(
              "testkit.faults.unknown_instruction",
              Map.of("expected", "next, after-processing, every, random, delay, retry-after"));
    }
  }

  private static Consumer<StubFaults> idp(String[] words) throws Mistake {
    String verb = word(words, 1, "next, every");
    if (!verb.equals("next") && !verb.equals("every")) {
      throw new Mistake("testkit.faults.unknown_instruction", Map.of("expected", "next, every"));
    }
    arity(words, 4);
    boolean next = verb.equals("next");
    String kind = words[2].toLowerCase(Locale.ROOT);
    String name = words[3];
    return switch (kind) {
      case "id-token" -> {
        TokenFault fault = constant(TokenFault.class, name);
        yield next ? f -> f.nextIdToken(fault) : f -> f.everyIdToken(fault);
      }
      case "authorization-response" -> {
        AuthorizationResponseFault fault = constant(AuthorizationResponseFault.class, name);
        yield next
            ? f -> f.nextAuthorizationResponse(fault)
            : f -> f.everyAuthorizationResponse(fault);
      }
      case "userinfo" -> {
        UserInfoFault fault = constant(UserInfoFault.class, name);
        yield next ? f -> f.nextUserInfo(fault) : f -> f.everyUserInfo(fault);
      }
      case "discovery" -> {
        DiscoveryFault fault = constant(DiscoveryFault.class, name);
        yield next ? f -> f.nextDiscovery(fault) : f -> f.everyDiscovery(fault);
      }
      case "jwks" -> {
        JwksFault fault = constant(JwksFault.class, name);
        yield next ? f -> f.nextJwks(fault) : f -> f.everyJwks(fault);
      }
      default ->
          throw new Mistake(
              "testkit.faults.unknown_kind",
              Map.of("expected", "id-token, authorization-response, userinfo, discovery, jwks"));
    };
  }

  private static String word(String[] words, int index, String expected) throws Mistake {
    if (words.length <= index) {
      throw new Mistake("testkit.faults.unknown_instruction", Map.of("expected", expected));
    }
    return words[index].toLowerCase(Locale.ROOT);
  }

  private static void arity(String[] words, int count) throws Mistake {
    if (words.length != count) {
      throw new Mistake("testkit.faults.arity", Map.of("expected", count));
    }
  }

  private static PortalFault portalFault(String name) throws Mistake {
    return constant(PortalFault.class, name);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) throws Mistake {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Mistake(
          "testkit.faults.unknown_fault",
          Map.of("kind", type.getSimpleName(), "expected", names(type)));
    }
  }

  private static String names(Class<? extends Enum<?>> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  private static Duration duration(String text) throws Mistake {
    try {
      Duration d;
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.endsWith("ms")) {
        d = Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
      } else if (lower.endsWith("s") && !lower.startsWith("p")) {
        d = Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1)));
      } else {
        d = Duration.parse(text.toUpperCase(Locale.ROOT));
      }
      if (d.isNegative()) {
        throw new Mistake("testkit.faults.duration", Map.of());
      }
      return d;
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new Mistake("testkit.faults.duration", Map.of());
    }
  }

  /** One mistake on one line: a rule code and its arguments (never the line's text). */
  private static final class Mistake extends Exception {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught where it is thrown
    private final Map<String, ?> args;

    private final String code;

    Mistake(String code, Map<String, ?> args) {
      super(code, null, false, false);
      this.code = code;
      this.args = args;
    }
  }
}
