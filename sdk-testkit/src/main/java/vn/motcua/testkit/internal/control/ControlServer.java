package vn.motcua.testkit.internal.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.Violation;
import vn.motcua.testkit.FaultFile;
import vn.motcua.testkit.Stubs;
import vn.motcua.testkit.portal.StubPortal;

/**
 * A small HTTP API over running {@link Stubs}, for tests written in any language: reset, faults,
 * the persona signed in, and the portal's inspection. JSON in and out; every answer has {@code
 * Cache-Control: no-store}. Meant for local test runs only: it has no authentication.
 */
public final class ControlServer implements AutoCloseable {
  private static final MotcuaJson JSON = MotcuaJson.lenient();
  private static final int MAX_BODY = 1 << 20;

  private final Stubs stubs;
  private final HttpServer server;
  private final ExecutorService executor;
  private final String hostname;

  private ControlServer(Stubs stubs, HttpServer server, ExecutorService executor, String host) {
    this.stubs = stubs;
    this.server = server;
    this.executor = executor;
    this.hostname = host;
  }

  /**
   * Starts the API on {@code bindAddress}:{@code port} (0 for a free port).
   *
   * @throws MotcuaException with code {@code testkit.control.unavailable} when the port is taken
   */
  public static ControlServer start(Stubs stubs, String bindAddress, String hostname, int port) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
    } catch (IOException e) {
      throw new MotcuaException(
          "testkit.control.unavailable", "Cannot listen on the control port " + port, e);
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "motcua-stubs-control");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    ControlServer control = new ControlServer(stubs, server, executor, hostname);
    server.createContext("/", control.safely(control::route));
    server.start();
    return control;
  }

  /** Returns the API's base URL. */
  public URI baseUrl() {
    return URI.create("http://" + hostname + ":" + server.getAddress().getPort());
  }

  /** Stops the API. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private interface Route {
    Answer handle(String method, String path, Map<String, String> query, byte[] body);
  }

  private record Answer(int status, @Nullable Object body) {}

  private HttpHandler safely(Route route) {
    return exchange -> {
      Answer answer;
      try {
        URI uri = exchange.getRequestURI();
        answer =
            route.handle(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                uri.getPath(),
                query(uri.getRawQuery()),
                body(exchange));
      } catch (InvalidInputException e) {
        answer = new Answer(400, problems(e));
      } catch (IllegalArgumentException e) {
        answer = new Answer(400, Map.of("error", "bad_request", "message", e.getMessage()));
      } catch (RuntimeException e) {
        answer = new Answer(500, Map.of("error", "server_error"));
      }
      send(exchange, answer);
    };
  }

  private Answer route(String method, String path, Map<String, String> query, byte[] body) {
    StubPortal portal = stubs.portal();
    switch (method + " " + path) {
      case "GET /":
        return ok(summary());
      case "POST /reset":
        stubs.reset();
        return new Answer(204, null);
      case "POST /faults":
        FaultFile.parse(new String(body, StandardCharsets.UTF_8))
            .applyTo(stubs.identityProvider(), portal);
        return new Answer(204, null);
      case "DELETE /faults":
        stubs.identityProviderFaults().clear();
        stubs.portalFaults().clear();
        return new Answer(204, null);
      case "POST /idp/sign-in-as":
        String persona = query.get("persona");
        if (persona == null) {
          throw new IllegalArgumentException("name the persona: ?persona=citizen-07");
        }
        stubs.identityProvider().signInAs(persona);
        return new Answer(204, null);
      case "POST /portal/expire-sessions":
        portal.expireSessions();
        return new Answer(204, null);
      case "GET /portal/stats":
        return ok(stats());
      case "GET /portal/dossiers":
        List<Object> list = new ArrayList<>();
        for (String code : new TreeSet<>(portal.dossierCodes())) {
          list.add(dossierSummary(code));
        }
        return ok(list);
      default:
        break;
    }
    String prefix = "/portal/dossiers/";
    if (method.equals("GET") && path.startsWith(prefix) && path.length() > prefix.length()) {
      String code = path.substring(prefix.length());
      if (portal.stored(code).isEmpty()) {
        return new Answer(404, Map.of("error", "not_found"));
      }
      Map<String, Object> out = dossierSummary(code);
      out.put("latest", portal.stored(code).get());
      out.put("stepElements", portal.steps(code));
      return ok(out);
    }
    return new Answer(
        404,
        Map.of(
            "error",
            "not_found",
            "routes",
            List.of(
                "GET /",
                "POST /reset",
                "POST /faults (a fault schedule as text)",
                "DELETE /faults",
                "POST /idp/sign-in-as?persona=ID",
                "POST /portal/expire-sessions",
                "GET /portal/stats",
                "GET /portal/dossiers",
                "GET /portal/dossiers/{code}")));
  }

  private Map<String, Object> summary() {
    Map<String, Object> idp = new LinkedHashMap<>();
    idp.put("issuer", stubs.issuer().toString());
    idp.put("discovery", stubs.discoveryUri().toString());
    idp.put("clientId", stubs.clientId());
    idp.put("clientSecret", stubs.clientSecret());
    idp.put("redirectUris", stubs.redirectUris());
    idp.put("personas", stubs.personas().all().stream().map(p -> p.id()).toList());
    idp.put("defaultPersona", stubs.personas().defaultPersona().id());
    Map<String, Object> portal = new LinkedHashMap<>();
    portal.put("dvcqg", stubs.dvcqgBaseUrl().toString());
    portal.put("lgsp", stubs.lgspBaseUrl().toString());
    portal.put("username", stubs.portal().username());
    portal.put("password", stubs.portal().password());
    portal.put("lgspClientId", stubs.portal().clientId());
    portal.put("lgspClientSecret", stubs.portal().clientSecret());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("identityProvider", idp);
    out.put("portal", portal);
    return out;
  }

  private Map<String, Object> stats() {
    StubPortal portal = stubs.portal();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requests", portal.requestCount());
    out.put("logins", portal.logins());
    out.put("tokensIssued", portal.tokensIssued());
    out.put("duplicatesSuppressed", portal.duplicatesSuppressed());
    out.put("faultsInjected", portal.faults().injected());
    out.put("attemptsByKey", portal.attemptsByKey());
    out.put("satisfactionReports", portal.satisfactionReports().size());
    out.put("idpJwksRequests", stubs.identityProvider().jwksRequestCount());
    return out;
  }

  private Map<String, Object> dossierSummary(String code) {
    StubPortal portal = stubs.portal();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", code);
    out.put("status", portal.status(code).map(s -> s.code()).orElse(null));
    out.put("versions", portal.versions(code).size());
    out.put("steps", portal.steps(code).size());
    return out;
  }

  private static Answer ok(Object body) {
    return new Answer(200, body);
  }

  private static Map<String, Object> problems(InvalidInputException e) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Violation v : e.report().violations()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("path", v.path());
      one.put("code", v.code());
      one.put("reason", v.message(Locale.ENGLISH));
      errors.add(one);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error", e.code());
    out.put("errors", errors);
    return out;
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static byte[] body(HttpExchange exchange) {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new IllegalArgumentException("the body is larger than 1 MiB");
      }
      return bytes;
    } catch (IOException e) {
      throw new IllegalArgumentException("the body could not be read", e);
    }
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (answer.body() == null) {
      exchange.sendResponseHeaders(answer.status(), -1);
      exchange.close();
      return;
    }
    byte[] bytes = JSON.writeBytes(answer.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
