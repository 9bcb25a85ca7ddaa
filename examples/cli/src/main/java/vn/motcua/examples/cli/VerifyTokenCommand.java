package vn.motcua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.privacy.Mask;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.AssuranceTooLowException;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.ClaimProfile;
import vn.motcua.identity.ClaimProfiles;
import vn.motcua.identity.IdTokenVerifier;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.JwksSource;
import vn.motcua.identity.VerificationContext;
import vn.motcua.identity.VerifiedIdToken;

/** {@code motcua verify-token}: verifies an ID token completely and prints a masked summary. */
@Command(
    name = "verify-token",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Verifies an OpenID Connect ID token with the SDK's IdTokenVerifier: signature with the"
          + " provider's keys (JWKS from a URL, a file, or the issuer's discovery document),"
          + " issuer, audience, times, nonce, and the required level of assurance.",
      "Prints the verified identity masked (identifiers keep their first and last digits, names"
          + " their initials), or the stable error code. Prefer passing the token on standard"
          + " input: command-line arguments are visible to other users of the machine."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the token is valid",
      "1:the token was rejected (identity.token.*, identity.nonce.*, identity.claims.*)",
      "2:usage error: missing option, no token, unreadable JWKS file",
      "3:the token is valid but its level of assurance is too low (identity.assurance.too_low)",
      "4:the provider's keys or discovery document could not be fetched or used (identity.jwks.*,"
          + " identity.discovery.*, http.*)"
    })
final class VerifyTokenCommand implements Callable<Integer> {
  /** Exit code: valid token, level of assurance too low. */
  static final int ASSURANCE_TOO_LOW = 3;

  /** Exit code: keys or discovery unavailable. */
  static final int UNAVAILABLE = 4;

  private static final int MAX_TOKEN_CHARS = 256 * 1024;

  @Spec CommandSpec spec;

  @ParentCommand MotcuaCli parent;

  @Parameters(
      arity = "0..1",
      paramLabel = "TOKEN",
      description = "The ID token; '-' or nothing reads it from standard input.")
  String token;

  @Option(
      names = "--issuer",
      required = true,
      paramLabel = "URL",
      description = "The expected issuer, exactly as the provider writes it.")
  String issuer;

  @Option(
      names = {"--audience", "--client-id"},
      required = true,
      paramLabel = "CLIENT_ID",
      description = "The client id the token must be issued to.")
  String audience;

  @Option(
      names = "--jwks",
      paramLabel = "URL|FILE",
      description =
          "The provider's JWKS: an http(s) URL or a file; default: the jwks_uri of the issuer's"
              + " discovery document.")
  String jwks;

  @Option(names = "--nonce", paramLabel = "NONCE", description = "The nonce the token must carry.")
  String nonce;

  @Option(
      names = "--assurance",
      paramLabel = "LEVEL",
      defaultValue = "NONE",
      description =
          "Required level of assurance: NONE, LOW, SUBSTANTIAL (VNeID level 1) or HIGH (VNeID"
              + " level 2); default: ${DEFAULT-VALUE}.")
  AssuranceLevel assurance;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "dvcqg",
      description =
          "Claim profile: dvcqg (national SSO) or standard (OIDC); default: ${DEFAULT-VALUE}.")
  String profile;

  @Option(
      names = "--max-token-age",
      paramLabel = "DURATION",
      description =
          "Accept tokens issued up to this long ago (ISO-8601, such as PT1H; 1 second to 1 day);"
              + " default: 10 minutes.")
  String maxTokenAge;

  @Override
  public Integer call() {
    ClaimProfile claimProfile = claimProfile();
    String idToken = readToken();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HttpTransport transport =
        HttpTransport.builder()
            .options(HttpOptions.builder().maxResponseBytes(256 * 1024).build())
            .build();
    try (transport) {
      IdTokenVerifier verifier = verifier(claimProfile, transport);
      VerificationContext.Builder context =
          nonce != null
              ? VerificationContext.expectingNonce(nonce)
              : VerificationContext.withoutNonce();
      VerifiedIdToken verified =
          verifier.verify(idToken, context.requiredAssurance(assurance).build());
      CitizenIdentity identity = claimProfile.toIdentity(verified).requireAssurance(assurance);
      printVerified(out, verified, identity);
      return 0;
    } catch (AssuranceTooLowException e) {
      return failure(out, err, e, ASSURANCE_TOO_LOW);
    } catch (MotcuaException e) {
      return failure(out, err, e, e.isRetryable() || isUnavailable(e) ? UNAVAILABLE : 1);
    }
  }

  private static boolean isUnavailable(MotcuaException e) {
    return e.code().startsWith("identity.discovery.")
        || e.code().endsWith(".unavailable")
        || e.code().startsWith("http.");
  }

  private int failure(PrintWriter out, PrintWriter err, MotcuaException e, int exitCode) {
    out.println("verified:     no");
    out.println("error:        " + e.code());
    out.flush();
    String message = e instanceof IdentityException i ? i.message(Locale.ENGLISH) : e.getMessage();
    err.println("motcua: " + e.code() + ": " + message);
    if (e instanceof AssuranceTooLowException low) {
      err.println("motcua: required " + low.required() + ", the token has " + low.actual());
    }
    err.flush();
    return exitCode;
  }

  private void printVerified(PrintWriter out, VerifiedIdToken token, CitizenIdentity identity) {
    out.println("verified:     yes");
    out.println("issuer:       " + token.issuer());
    out.println("audience:     " + String.join(", ", token.audience()));
    out.println("subject:      " + Mask.idNumber(token.subject()));
    out.println(
        "signature:    "
            + token.algorithm()
            + token.keyId().map(k -> ", key " + k).orElse("")
            + (token.wasEncrypted() ? ", encrypted" : ""));
    out.println("issued at:    " + token.issuedAt());
    out.println("expires at:   " + token.expiresAt());
    token.authTime().ifPresent(t -> out.println("auth time:    " + t));
    out.println("nonce:        " + (token.isNonceChecked() ? "checked" : "not checked"));
    out.println(
        "assurance:    "
            + identity.assuranceLevel()
            + token.acr().map(a -> " (acr " + a + ")").orElse("")
            + ", required "
            + assurance);
    out.println("account:      " + identity.accountType());
    out.println("identity:     " + identity);
    identity.flags().forEach(f -> out.println("flag:         " + f.code()));
    out.flush();
  }

  private ClaimProfile claimProfile() {
    return switch (profile.toLowerCase(Locale.ROOT)) {
      case "dvcqg" -> ClaimProfiles.dvcqg();
      case "standard", "oidc" -> ClaimProfiles.standardOidc();
      default ->
          throw new ParameterException(
              spec.commandLine(), "Invalid value for option '--profile': use dvcqg or standard");
    };
  }

  private String readToken() {
    String text;
    if (token == null || "-".equals(token)) {
      try {
        byte[] bytes = parent.in().readNBytes(MAX_TOKEN_CHARS + 1);
        if (bytes.length > MAX_TOKEN_CHARS) {
          throw new ParameterException(
              spec.commandLine(), "The token on standard input is longer than 256 KiB");
        }
        text = new String(bytes, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(), "Cannot read the token from standard input");
      }
    } else {
      text = token;
    }
    text = text.strip();
    if (text.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "No token: give it as an argument or on standard input");
    }
    return text;
  }

  private IdTokenVerifier verifier(ClaimProfile claimProfile, HttpTransport transport) {
    IdTokenVerifier.Builder builder =
        IdTokenVerifier.builder()
            .issuer(issuer)
            .clientId(audience)
            .claimProfile(claimProfile)
            .jwksSource(jwksSource(transport));
    try {
      if (maxTokenAge != null) {
        builder.maxTokenAge(Duration.parse(maxTokenAge));
      }
      return builder.build();
    } catch (DateTimeException e) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--max-token-age': expected an ISO-8601 duration such as PT1H");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid verifier settings: " + e.getMessage());
    }
  }

  private JwksSource jwksSource(HttpTransport transport) {
    if (jwks == null) {
      return JwksSource.remote(discoverJwksUri(transport), transport);
    }
    if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
      return JwksSource.remote(uri(jwks, "--jwks"), transport);
    }
    Path file = Path.of(jwks);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(1024 * 1024 + 1);
      if (bytes.length > 1024 * 1024) {
        throw new ParameterException(spec.commandLine(), "The JWKS file is larger than 1 MiB");
      }
      return JwksSource.fixed(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "Cannot read the JWKS file " + file);
    } catch (IllegalArgumentException | MotcuaException e) {
      throw new ParameterException(
          spec.commandLine(),
          "The JWKS file " + file + " is not a JWKS document ({\"keys\":[...]})");
    }
  }

  private URI discoverJwksUri(HttpTransport transport) {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    URI discovery = uri(base + "/.well-known/openid-configuration", "--issuer");
    byte[] body = transport.execute(HttpRequest.get(discovery)).body();
    JsonNode document;
    try {
      document = MotcuaJson.lenient().mapper().readTree(body);
    } catch (RuntimeException e) {
      throw new IdentityException(
          "identity.discovery.invalid", Map.of("problem", "not JSON"), false, null);
    }
    JsonNode jwksUri = document.path("jwks_uri");
    if (!jwksUri.isString()) {
      throw new IdentityException(
          "identity.discovery.invalid", Map.of("problem", "no jwks_uri"), false, null);
    }
    return uri(jwksUri.asString(), "jwks_uri");
  }

  private URI uri(String text, String what) {
    try {
      URI uri = new URI(text);
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw new URISyntaxException(text, "not an absolute URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "Invalid URL in " + what);
    }
  }
}
