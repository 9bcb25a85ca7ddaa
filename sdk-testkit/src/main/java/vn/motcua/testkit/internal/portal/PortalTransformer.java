package vn.motcua.testkit.internal.portal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import vn.motcua.testkit.portal.PortalFault;

/** Routes WireMock requests to the {@link PortalEngine} and turns its answers into responses. */
public final class PortalTransformer implements ResponseDefinitionTransformerV2 {
  /** The transformer's name. */
  public static final String NAME = "motcua-stub-portal";

  /** The transformer parameter naming the endpoint. */
  public static final String ENDPOINT = "endpoint";

  private final PortalEngine engine;

  /** Creates the transformer. */
  public PortalTransformer(PortalEngine engine) {
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
    if (!"POST".equals(request.getMethod().getName())) {
      // Every endpoint, as at the real adapter and gateway, takes POST only.
      return new ResponseDefinitionBuilder()
          .withStatus(405)
          .withHeader("Allow", "POST")
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(
              "{\"error_code\":\"405\",\"message\":\"Chỉ nhận phương thức POST\","
                  + "\"errors\":[{\"path\":\"\",\"code\":\"testkit.portal.method\","
                  + "\"reason\":\"Chỉ nhận phương thức POST.\","
                  + "\"reason_en\":\"Only POST is accepted.\"}]}")
          .build();
    }
    PortalRequest incoming =
        new PortalRequest(
            name -> request.containsHeader(name) ? request.getHeader(name) : null,
            request.getBody() == null ? new byte[0] : request.getBody());
    String endpoint = serveEvent.getTransformerParameters().getString(ENDPOINT);
    StubAnswer answer = engine.handle(endpoint, incoming);
    ResponseDefinitionBuilder builder = new ResponseDefinitionBuilder();
    PortalFault fault = answer.networkFault();
    if (fault != null) {
      return builder.withFault(networkFault(fault)).build();
    }
    builder.withStatus(answer.status());
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      builder.withHeader(header.getKey(), header.getValue());
    }
    if (answer.delayMillis() > 0) {
      builder.withFixedDelay((int) Math.min(Integer.MAX_VALUE, answer.delayMillis()));
    }
    return builder.withBody(answer.body()).build();
  }

  private static Fault networkFault(PortalFault fault) {
    return switch (fault) {
      case CONNECTION_RESET -> Fault.CONNECTION_RESET_BY_PEER;
      case EMPTY_RESPONSE -> Fault.EMPTY_RESPONSE;
      case MALFORMED_RESPONSE_CHUNK -> Fault.MALFORMED_RESPONSE_CHUNK;
      case RANDOM_DATA_THEN_CLOSE -> Fault.RANDOM_DATA_THEN_CLOSE;
      default -> throw new IllegalArgumentException(fault + " is not a network fault");
    };
  }
}
