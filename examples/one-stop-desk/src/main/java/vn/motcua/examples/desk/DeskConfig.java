package vn.motcua.examples.desk;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.receipt.ReceiptException;
import vn.motcua.dossier.receipt.ReceiptSigner;
import vn.motcua.testkit.persona.PersonaPack;

/**
 * The one-stop desk's configuration, read from three layers: environment variables over a
 * properties file over defaults. A blank value counts as unset in every layer.
 *
 * <p>Without {@code idp.issuer} the embedded stub identity provider signs a synthetic persona in;
 * without {@code portal.url} the embedded stub portal receives the dossier. Setting either switches
 * that side to the real endpoint, and then its credentials are required. Every problem is found in
 * one pass and reported together by {@link DeskConfigException}.
 *
 * <p>Immutable. {@link #toString()} never shows a secret.
 */
public final class DeskConfig {
  /** The environment variable naming the properties file, when {@code --config} is not given. */
  public static final String CONFIG_VARIABLE = "MOTCUA_CONFIG";

  /** The redirect URI registered at the stub identity provider; nothing listens on it. */
  public static final String STUB_REDIRECT_URI = "http://localhost:8080/one-stop-desk/callback";

  /** The client id registered at the stub identity provider. */
  public static final String STUB_CLIENT_ID = "one-stop-desk";

  private static final MessageSource MESSAGES =
      MessageSource.bundle("vn.motcua.examples.desk.messages", DeskConfig.class.getClassLoader());

  private static final Map<Setting, String> DEFAULTS = new EnumMap<>(Setting.class);

  static {
    DEFAULTS.put(Setting.PERSONA, "citizen-01");
    DEFAULTS.put(Setting.AGENCY_CODE, "000.00.12.H01");
    DEFAULTS.put(Setting.AGENCY_NAME, "UBND phường Tràng Tiền");
    DEFAULTS.put(Setting.PROCEDURE_CODE, "1.001193");
    DEFAULTS.put(Setting.DATA_DIR, "target/one-stop-desk");
    DEFAULTS.put(Setting.DELIVERY_TIMEOUT, "60");
  }

  /** Where a setting's value came from. */
  public enum Source {
    /** The built-in default. */
    DEFAULT,
    /** The properties file. */
    FILE,
    /** An environment variable. */
    ENVIRONMENT
  }

  private final Map<Setting, String> values;
  private final Map<Setting, Source> sources;
  private final @Nullable Path file;
  private final ProcedureDefinition procedure;
  private final @Nullable String receiptKeyJwk;

  private DeskConfig(
      Map<Setting, String> values,
      Map<Setting, Source> sources,
      @Nullable Path file,
      ProcedureDefinition procedure,
      @Nullable String receiptKeyJwk) {
    this.values = Map.copyOf(values);
    this.sources = Map.copyOf(sources);
    this.file = file;
    this.procedure = procedure;
    this.receiptKeyJwk = receiptKeyJwk;
  }

  /** Returns the configuration of the defaults alone: both stubs, synthetic data. */
  public static DeskConfig defaults() {
    return load(null, Map.of());
  }

  /**
   * Reads the configuration.
   *
   * @param configFile the properties file from {@code --config}, or null to use the one named by
   *     {@value #CONFIG_VARIABLE} in {@code environment}, or none
   * @param environment the environment variables ({@code System.getenv()} in production)
   * @throws DeskConfigException listing every problem, each at its setting's path
   */
  public static DeskConfig load(@Nullable Path configFile, Map<String, String> environment) {
    List<Violation> problems = new java.util.ArrayList<>();
    Path file = configFile;
    if (file == null) {
      String named = blankToNull(environment.get(CONFIG_VARIABLE));
      if (named != null) {
        try {
          file = Path.of(named);
        } catch (InvalidPathException e) {
          problems.add(problem("", "desk.config.file_unreadable", Map.of("file", "?")));
        }
      }
    }

    Map<Setting, String> values = new EnumMap<>(Setting.class);
    Map<Setting, Source> sources = new EnumMap<>(Setting.class);
    DEFAULTS.forEach(
        (setting, value) -> {
          values.put(setting, value);
          sources.put(setting, Source.DEFAULT);
        });
    if (file != null) {
      readFile(file, values, sources, problems);
    }
    for (Setting setting : Setting.values()) {
      String value = blankToNull(environment.get(setting.environmentVariable()));
      if (value != null) {
        values.put(setting, value);
        sources.put(setting, Source.ENVIRONMENT);
      }
    }

    ProcedureDefinition procedure = checkProcedure(values, problems);
    String receiptKey = checkReceiptKey(values, problems);
    checkIdentityProvider(values, sources, problems);
    checkPortal(values, problems);
    checkAgency(values, problems);
    checkDataDir(values, problems);
    checkTimeout(values, problems);

    if (!problems.isEmpty()) {
      throw new DeskConfigException(ValidationReport.of(problems));
    }
    return new DeskConfig(values, sources, file, procedure, receiptKey);
  }

  /** Returns whether the embedded stub identity provider signs the citizen in. */
  public boolean stubIdentityProvider() {
    return !values.containsKey(Setting.IDP_ISSUER);
  }

  /** Returns whether the dossier goes to the embedded stub portal. */
  public boolean stubPortal() {
    return !values.containsKey(Setting.PORTAL_URL);
  }

  /** Returns the value of {@code setting}, if it has one (after defaults). */
  public Optional<String> value(Setting setting) {
    return Optional.ofNullable(values.get(setting));
  }

  /** Returns where the value of {@code setting} came from, if it has one. */
  public Optional<Source> source(Setting setting) {
    return Optional.ofNullable(sources.get(setting));
  }

  /** Returns the properties file read, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Returns the real identity provider's issuer; empty in stub mode. */
  public Optional<String> issuer() {
    return value(Setting.IDP_ISSUER);
  }

  /** Returns the client id: the configured one, or {@value #STUB_CLIENT_ID} for the stub. */
  public String clientId() {
    return value(Setting.CLIENT_ID).orElse(STUB_CLIENT_ID);
  }

  /** Returns the configured client secret; empty in stub mode, where a random one is used. */
  public Optional<String> clientSecret() {
    return value(Setting.CLIENT_SECRET);
  }

  /** Returns the redirect URI: the configured one, or {@value #STUB_REDIRECT_URI}. */
  public URI redirectUri() {
    return URI.create(value(Setting.REDIRECT_URI).orElse(STUB_REDIRECT_URI));
  }

  /** Returns the persona the stub signs in. */
  public String persona() {
    return values.get(Setting.PERSONA);
  }

  /** Returns the real portal adapter's base URL; empty in stub mode. */
  public Optional<URI> portalUrl() {
    return value(Setting.PORTAL_URL).map(URI::create);
  }

  /** Returns the receiving unit. */
  public AgencyCode agencyCode() {
    return AgencyCode.parse(values.get(Setting.AGENCY_CODE));
  }

  /** Returns the receiving unit's name. */
  public String agencyName() {
    return values.get(Setting.AGENCY_NAME);
  }

  /** Returns the procedure, from the sample catalogue. */
  public ProcedureDefinition procedure() {
    return procedure;
  }

  /** Returns the directory of the outbox and counter databases. */
  public Path dataDir() {
    return Path.of(values.get(Setting.DATA_DIR));
  }

  /** Returns the configured receipt signing key (a private JWK), if any. */
  public Optional<String> receiptKeyJwk() {
    return Optional.ofNullable(receiptKeyJwk);
  }

  /** Returns how long the outbox may take to deliver everything. */
  public Duration deliveryTimeout() {
    return Duration.ofSeconds(Long.parseLong(values.get(Setting.DELIVERY_TIMEOUT)));
  }

  /** Returns the value of a setting for output: secrets as {@code [redacted]}. */
  public String printable(Setting setting) {
    String value = values.get(setting);
    if (value == null) {
      return "-";
    }
    return setting.secret() ? vn.motcua.core.privacy.Mask.secret(value) : value;
  }

  @Override
  public String toString() {
    Map<String, String> shown = new LinkedHashMap<>();
    for (Setting setting : Setting.values()) {
      if (values.containsKey(setting)) {
        shown.put(setting.key(), printable(setting));
      }
    }
    return "DeskConfig" + shown;
  }

  private static void readFile(
      Path file, Map<Setting, String> values, Map<Setting, Source> sources, List<Violation> out) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      out.add(problem("", "desk.config.file_unreadable", Map.of("file", file.getFileName() + "")));
      return;
    }
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      Optional<Setting> setting = Setting.byKey(key);
      if (setting.isEmpty()) {
        out.add(problem("/" + escape(key), "desk.config.unknown_key", Map.of()));
        continue;
      }
      String value = blankToNull(properties.getProperty(key));
      if (value != null) {
        values.put(setting.get(), value);
        sources.put(setting.get(), Source.FILE);
      }
    }
  }

  private static @Nullable ProcedureDefinition checkProcedure(
      Map<Setting, String> values, List<Violation> out) {
    String code = values.get(Setting.PROCEDURE_CODE);
    if (!ProcedureCode.isValid(code)) {
      out.add(problem(Setting.PROCEDURE_CODE, "desk.config.procedure_code", Map.of()));
      return null;
    }
    Optional<ProcedureDefinition> found =
        ProcedureCatalogue.sample().find(ProcedureCode.parse(code));
    if (found.isEmpty()) {
      out.add(problem(Setting.PROCEDURE_CODE, "desk.config.procedure_unknown", Map.of()));
      return null;
    }
    return found.get();
  }

  private static @Nullable String checkReceiptKey(
      Map<Setting, String> values, List<Violation> out) {
    String name = values.get(Setting.RECEIPT_KEY_FILE);
    if (name == null) {
      return null;
    }
    try {
      String jwk = Files.readString(Path.of(name), StandardCharsets.UTF_8);
      ReceiptSigner.fromJwk(jwk);
      return jwk;
    } catch (IOException | InvalidPathException e) {
      out.add(problem(Setting.RECEIPT_KEY_FILE, "desk.config.receipt_key_unreadable", Map.of()));
    } catch (ReceiptException e) {
      out.add(problem(Setting.RECEIPT_KEY_FILE, "desk.config.receipt_key", Map.of()));
    }
    return null;
  }

  private static void checkIdentityProvider(
      Map<Setting, String> values, Map<Setting, Source> sources, List<Violation> out) {
    boolean real = values.containsKey(Setting.IDP_ISSUER);
    if (real) {
      checkUrl(values, Setting.IDP_ISSUER, out);
      for (Setting required :
          List.of(Setting.CLIENT_ID, Setting.CLIENT_SECRET, Setting.REDIRECT_URI)) {
        requireFor(values, required, Setting.IDP_ISSUER, out);
      }
      if (values.containsKey(Setting.REDIRECT_URI)) {
        checkRedirectUri(values.get(Setting.REDIRECT_URI), out);
      }
      if (sources.get(Setting.PERSONA) != Source.DEFAULT) {
        out.add(
            problem(
                Setting.PERSONA,
                "desk.config.stub_only",
                Map.of("trigger", Setting.IDP_ISSUER.key())));
      }
    } else {
      for (Setting stray :
          List.of(Setting.CLIENT_ID, Setting.CLIENT_SECRET, Setting.REDIRECT_URI)) {
        if (values.containsKey(stray)) {
          out.add(
              problem(
                  stray,
                  "desk.config.without_endpoint",
                  Map.of(
                      "trigger", Setting.IDP_ISSUER.key(),
                      "triggerEnv", Setting.IDP_ISSUER.environmentVariable())));
        }
      }
      if (PersonaPack.defaults().find(values.get(Setting.PERSONA)).isEmpty()) {
        out.add(problem(Setting.PERSONA, "desk.config.persona_unknown", Map.of()));
      }
    }
  }

  private static void checkPortal(Map<Setting, String> values, List<Violation> out) {
    if (values.containsKey(Setting.PORTAL_URL)) {
      checkUrl(values, Setting.PORTAL_URL, out);
      requireFor(values, Setting.PORTAL_USER, Setting.PORTAL_URL, out);
      requireFor(values, Setting.PORTAL_PASSWORD, Setting.PORTAL_URL, out);
    } else {
      for (Setting stray :
          List.of(Setting.PORTAL_USER, Setting.PORTAL_PASSWORD, Setting.PORTAL_DSTCODE)) {
        if (values.containsKey(stray)) {
          out.add(
              problem(
                  stray,
                  "desk.config.without_endpoint",
                  Map.of(
                      "trigger", Setting.PORTAL_URL.key(),
                      "triggerEnv", Setting.PORTAL_URL.environmentVariable())));
        }
      }
    }
  }

  private static void checkAgency(Map<Setting, String> values, List<Violation> out) {
    if (!AgencyCode.isValid(values.get(Setting.AGENCY_CODE))) {
      out.add(problem(Setting.AGENCY_CODE, "desk.config.agency_code", Map.of()));
    }
  }

  private static void checkDataDir(Map<Setting, String> values, List<Violation> out) {
    try {
      Path dir = Path.of(values.get(Setting.DATA_DIR));
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        out.add(problem(Setting.DATA_DIR, "desk.config.data_dir", Map.of()));
      }
    } catch (InvalidPathException e) {
      out.add(problem(Setting.DATA_DIR, "desk.config.data_dir", Map.of()));
    }
  }

  private static void checkTimeout(Map<Setting, String> values, List<Violation> out) {
    String text = values.get(Setting.DELIVERY_TIMEOUT);
    boolean valid = text.matches("[0-9]{1,4}") && Integer.parseInt(text) >= 1;
    if (!valid || Integer.parseInt(text) > 3600) {
      out.add(
          problem(Setting.DELIVERY_TIMEOUT, "desk.config.range", Map.of("min", 1, "max", 3600)));
    }
  }

  private static void checkUrl(Map<Setting, String> values, Setting setting, List<Violation> out) {
    if (!isEndpointUrl(values.get(setting))) {
      out.add(problem(setting, "desk.config.url", Map.of()));
    }
  }

  private static void checkRedirectUri(String text, List<Violation> out) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()
          || !(scheme.equals("https") || scheme.equals("http"))
          || uri.getHost() == null
          || uri.getFragment() != null) {
        out.add(problem(Setting.REDIRECT_URI, "desk.config.redirect_uri", Map.of()));
      }
    } catch (URISyntaxException e) {
      out.add(problem(Setting.REDIRECT_URI, "desk.config.redirect_uri", Map.of()));
    }
  }

  /** An absolute https URL, or http on a loopback host, without query or fragment. */
  private static boolean isEndpointUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (host == null || uri.getQuery() != null || uri.getFragment() != null) {
        return false;
      }
      boolean loopback =
          host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
      return scheme.equals("https") || (scheme.equals("http") && loopback);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void requireFor(
      Map<Setting, String> values, Setting required, Setting trigger, List<Violation> out) {
    if (!values.containsKey(required)) {
      out.add(
          problem(
              required,
              "desk.config.required",
              Map.of(
                  "trigger", trigger.key(),
                  "env", required.environmentVariable(),
                  "key", required.key())));
    }
  }

  private static Violation problem(Setting setting, String code, Map<String, ?> args) {
    return problem(setting.path(), code, args);
  }

  private static Violation problem(String path, String code, Map<String, ?> args) {
    return Violation.of(path, code, args, MESSAGES);
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
