package vn.motcua.dossier.internal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.LgspClient;

class PortalSendersTest {
  @Test
  void eachClientRegistersItsSender_once_andItCannotBeReplaced() {
    try (DvcqgClient dvcqg =
            DvcqgClient.builder()
                .baseUrl(URI.create("http://127.0.0.1:9"))
                .username("u")
                .password("p")
                .agencyCode("000.00.12.H01")
                .build();
        LgspClient lgsp =
            LgspClient.builder()
                .baseUrl(URI.create("http://127.0.0.1:9"))
                .clientId("c")
                .clientSecret("s")
                .agencyCode("000.00.12.H01")
                .build()) {
      assertThat(PortalSenders.of(dvcqg)).isNotNull();
      assertThat(PortalSenders.of(lgsp)).isNotNull();
      assertThatThrownBy(() -> PortalSenders.registerDvcqg(client -> null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already registered");
      assertThatThrownBy(() -> PortalSenders.registerLgsp(client -> null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already registered");
      assertThat(PortalSenders.of(dvcqg)).isNotNull();
    }
  }
}
