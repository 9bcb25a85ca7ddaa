package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.testkit.idp.JwksFault;

/** {@code GET /jwks}: the published public keys, counted, with faults on demand. */
final class JwksEndpoint {
  private final IdpEngine engine;

  JwksEndpoint(IdpEngine engine) {
    this.engine = engine;
  }

  StubResponse handle(IncomingRequest request) {
    engine.jwksRequests.incrementAndGet();
    if (!request.method().equals("GET")) {
      return IdpEngine.methodNotAllowed("GET");
    }
    JwksFault fault = engine.faults.jwks().take();
    List<Map<String, Object>> keys = new ArrayList<>();
    for (JWK key : engine.keys.published()) {
      keys.add(key.toJSONObject());
    }
    if (fault == null) {
      return jwks(keys);
    }
    return switch (fault) {
      case SERVICE_UNAVAILABLE ->
          StubResponse.json(503, Map.of("error", "temporarily_unavailable"))
              .withHeader("Retry-After", "30");
      case WITH_UNUSABLE_KEYS -> {
        keys.addAll(engine.keys.unusableKeys());
        yield jwks(keys);
      }
      case CONNECTION_RESET, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK, RANDOM_DATA_THEN_CLOSE ->
          StubResponse.fault(fault);
    };
  }

  private static StubResponse jwks(List<Map<String, Object>> keys) {
    return StubResponse.json(200, Map.of("keys", keys))
        .withHeader("Cache-Control", "public, max-age=300");
  }
}
