package vn.motcua.testkit.internal.idp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.idp.AuthorizationResponseFault;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubLogin;
import vn.motcua.testkit.internal.idp.Grants.Code;
import vn.motcua.testkit.internal.idp.Grants.Session;
import vn.motcua.testkit.persona.Persona;

/**
 * {@code GET|POST /authorize}: checks the request as OpenID Connect Core 3.1.2 and RFC 7636 ask,
 * signs a persona in at once (there is no login page) and redirects with a code.
 *
 * <p>Errors follow RFC 6749 4.1.2.1: an unknown client or a redirect URI that is not registered
 * gets a 400 page, because redirecting there would make the stub an open redirector; every other
 * error is a redirect carrying {@code error}, {@code error_description}, {@code state} and {@code
 * iss}.
 */
final class AuthorizeEndpoint {
  /** The header by which a caller picks the persona, as a user would on a login page. */
  static final String PERSONA_HEADER = StubLogin.PERSONA_HEADER;

  /** The header that repeats the OAuth error code of a 400 page, for programs. */
  static final String ERROR_HEADER = StubLogin.ERROR_HEADER;

  private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final IdpEngine engine;

  AuthorizeEndpoint(IdpEngine engine) {
    this.engine = engine;
  }

  StubResponse handle(IncomingRequest request) {
    Map<String, List<String>> params;
    if (request.method().equals("GET")) {
      params = request.query();
    } else if (request.method().equals("POST")) {
      if (!request.isForm()) {
        return page("invalid_request", "a POST authorization request must be a URL-encoded form");
      }
      params = request.form();
    } else {
      return IdpEngine.methodNotAllowed("GET, POST");
    }
    List<String> clientIds = params.getOrDefault("client_id", List.of());
    if (clientIds.size() != 1) {
      return page("invalid_request", "client_id must be given exactly once");
    }
    StubClient client = engine.clients.get(clientIds.get(0));
    if (client == null) {
      return page("invalid_request", "client_id names no registered client");
    }
    List<String> redirects = params.getOrDefault("redirect_uri", List.of());
    if (redirects.size() != 1) {
      return page("invalid_request", "redirect_uri must be given exactly once");
    }
    String redirectUri = redirects.get(0);
    if (client.redirectUris().stream().noneMatch(u -> u.toString().equals(redirectUri))) {
      return page("invalid_request", "redirect_uri does not exactly match a registered one");
    }
    List<String> states = params.getOrDefault("state", List.of());
    @Nullable String state = states.size() == 1 ? states.get(0) : null;
    AuthorizationResponseFault fault = engine.faults.authorizationResponse().take();
    Map<String, String> response = new LinkedHashMap<>();
    try {
      response.put("code", issueCode(request, params, client, redirectUri));
    } catch (OAuthError e) {
      response.putAll(e.asParameters());
    }
    if (state != null) {
      response.put("state", state);
    }
    response.put("iss", engine.issuer());
    applyFault(fault, response, state);
    return StubResponse.redirect(FormCodec.appendQuery(redirectUri, response));
  }

  private String issueCode(
      IncomingRequest request,
      Map<String, List<String>> params,
      StubClient client,
      String redirectUri) {
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      if (p.getValue().size() > 1) {
        throw OAuthError.invalidRequest("a parameter was given more than once");
      }
    }
    if (params.containsKey("request")) {
      throw OAuthError.of("request_not_supported", "request objects are not supported");
    }
    if (params.containsKey("request_uri")) {
      throw OAuthError.of("request_uri_not_supported", "request_uri is not supported");
    }
    String responseType = required(params, "response_type");
    if (!responseType.equals("code")) {
      throw OAuthError.of("unsupported_response_type", "only response_type=code is supported");
    }
    String responseMode = optional(params, "response_mode");
    if (responseMode != null && !responseMode.equals("query")) {
      throw OAuthError.invalidRequest("only response_mode=query is supported");
    }
    Set<String> scopes = FormCodec.scopes(optional(params, "scope", ""));
    if (!scopes.contains("openid")) {
      throw OAuthError.of("invalid_scope", "scope must contain openid");
    }
    required(params, "state");
    String nonce = required(params, "nonce");
    String challenge = optional(params, "code_challenge");
    if (challenge == null) {
      throw OAuthError.invalidRequest("PKCE is required: code_challenge is missing");
    }
    if (!"S256".equals(optional(params, "code_challenge_method"))) {
      throw OAuthError.invalidRequest("code_challenge_method must be S256");
    }
    if (!CHALLENGE.matcher(challenge).matches()) {
      throw OAuthError.invalidRequest("code_challenge must be 43 base64url characters");
    }
    Long maxAge = maxAge(optional(params, "max_age"));
    Persona persona = persona(request, optional(params, "login_hint"));
    Instant now = engine.now();
    Session session = new Session(client, persona, now, scopes, maxAge);
    String code = Jose.randomToken();
    engine.codes.put(
        code,
        new Code(session, redirectUri, nonce, challenge, now.plus(engine.config.codeLifetime())));
    return code;
  }

  private Persona persona(IncomingRequest request, @Nullable String loginHint) {
    Optional<String> chosen = request.header(PERSONA_HEADER);
    String hint = chosen.orElse(loginHint);
    if (hint == null) {
      return engine.defaultPersona();
    }
    return engine
        .config
        .personas()
        .find(hint)
        .or(() -> engine.config.personas().findByPersonalIdNumber(hint))
        .orElseThrow(
            () -> OAuthError.invalidRequest("login_hint names no persona of the stub's pack"));
  }

  private static @Nullable Long maxAge(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      long value = Long.parseLong(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below, like a negative value.
    }
    throw OAuthError.invalidRequest("max_age must be a non-negative integer");
  }

  private void applyFault(
      @Nullable AuthorizationResponseFault fault,
      Map<String, String> response,
      @Nullable String state) {
    if (fault == null) {
      return;
    }
    switch (fault) {
      case WRONG_STATE ->
          response.put("state", "wrong-" + (state == null ? "" : state) + Jose.randomToken());
      case MISSING_STATE -> response.remove("state");
      case MISSING_ISS -> response.remove("iss");
      case WRONG_ISS -> response.put("iss", IdTokenMinter.UNTRUSTED_ISSUER);
    }
  }

  private static String required(Map<String, List<String>> params, String name) {
    String value = optional(params, name);
    if (value == null || value.isEmpty()) {
      throw OAuthError.invalidRequest(name + " is required");
    }
    return value;
  }

  private static @Nullable String optional(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null ? null : values.get(0);
  }

  private static String optional(Map<String, List<String>> params, String name, String fallback) {
    String value = optional(params, name);
    return value == null ? fallback : value;
  }

  private static StubResponse page(String error, String description) {
    String html =
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Sign-in request refused</title></head>\n<body><h1>Sign-in request refused</h1>\n"
            + "<p>"
            + error
            + ": "
            + description
            + "</p>\n<p>The stub identity provider does not redirect to an unregistered client or"
            + " redirect URI.</p></body></html>\n";
    return StubResponse.text(400, "text/html;charset=UTF-8", html).withHeader(ERROR_HEADER, error);
  }
}
