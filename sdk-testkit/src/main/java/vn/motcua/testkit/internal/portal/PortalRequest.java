package vn.motcua.testkit.internal.portal;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One request as the stub portal sees it.
 *
 * @param headers a header lookup by name, returning null when absent
 * @param body the body, empty when none
 */
public record PortalRequest(UnaryOperator<@Nullable String> headers, byte[] body) {
  Optional<String> header(String name) {
    return Optional.ofNullable(headers.apply(name));
  }
}
