package vn.motcua.testkit.internal.idp;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import vn.motcua.testkit.idp.JwksFault;

/**
 * The WireMock extension that turns each request to a stub mapping into a call to the {@link
 * IdpEngine}. Only mappings that name it (with an {@code endpoint} parameter) are transformed.
 */
public final class IdpTransformer implements ResponseDefinitionTransformerV2 {
  /** The extension's name, as mappings refer to it. */
  public static final String NAME = "motcua-stub-idp";

  /** The transformer parameter naming the endpoint a mapping serves. */
  public static final String ENDPOINT = "endpoint";

  private final IdpEngine engine;

  /** Creates the extension for one engine. */
  public IdpTransformer(IdpEngine engine) {
    this.engine = engine;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    URI url = URI.create(request.getUrl());
    IncomingRequest incoming =
        new IncomingRequest(
            request.getMethod().getName().toUpperCase(Locale.ROOT),
            url.getRawPath(),
            url.getRawQuery(),
            name -> request.containsHeader(name) ? request.getHeader(name) : null,
            request.getBody() == null ? new byte[0] : request.getBody());
    String endpoint = serveEvent.getTransformerParameters().getString(ENDPOINT);
    return toDefinition(engine.handle(endpoint, incoming));
  }

  private static ResponseDefinition toDefinition(StubResponse response) {
    ResponseDefinitionBuilder builder = new ResponseDefinitionBuilder();
    JwksFault fault = response.fault();
    if (fault != null) {
      return builder.withFault(networkFault(fault)).build();
    }
    builder.withStatus(response.status());
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      builder.withHeader(header.getKey(), header.getValue());
    }
    return builder.withBody(response.body()).build();
  }

  private static Fault networkFault(JwksFault fault) {
    return switch (fault) {
      case CONNECTION_RESET -> Fault.CONNECTION_RESET_BY_PEER;
      case EMPTY_RESPONSE -> Fault.EMPTY_RESPONSE;
      case MALFORMED_RESPONSE_CHUNK -> Fault.MALFORMED_RESPONSE_CHUNK;
      case RANDOM_DATA_THEN_CLOSE -> Fault.RANDOM_DATA_THEN_CLOSE;
      case SERVICE_UNAVAILABLE, WITH_UNUSABLE_KEYS ->
          throw new IllegalArgumentException(fault + " is an HTTP answer, not a network fault");
    };
  }
}
