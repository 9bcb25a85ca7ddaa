package vn.motcua.testkit.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.Stubs;

/** A client registered through {@link Stubs.Builder#client}, as {@code motcua stubs} does. */
class StubsClientFunctionalTest {
  private static final StubClient DEMO =
      StubClient.builder("demo")
          .secret("demo-secret")
          .redirectUri("http://localhost:3000/callback")
          .build();

  @Test
  void aRegisteredClient_signsInAtTheIdentityProviderOnlyStubs() {
    try (Stubs stubs = Stubs.builder().withoutPortal().client(DEMO).build().start()) {
      StubIdentityProvider idp = stubs.identityProvider();
      assertThat(idp.client("demo")).contains(DEMO);

      TestRelyingParty relyingParty = new TestRelyingParty(idp, DEMO, null, null);
      TestRelyingParty.Answer tokens = relyingParty.signIn("citizen-01");
      assertThat(tokens.status()).isEqualTo(200);
      assertThat(tokens.json()).containsKey("id_token");

      // The client stays across reset, as the default one does.
      stubs.reset();
      assertThat(relyingParty.signIn("citizen-01").status()).isEqualTo(200);
    }
  }

  @Test
  void withoutTheClient_theSameRelyingPartyIsRefused() {
    try (Stubs stubs = Stubs.builder().withoutPortal().build().start()) {
      StubIdentityProvider idp = stubs.identityProvider();
      assertThat(idp.client("demo")).isEmpty();

      TestRelyingParty relyingParty = new TestRelyingParty(idp, DEMO, null, null);
      TestRelyingParty.Answer answer =
          relyingParty.token(
              Map.of(
                  "grant_type", "authorization_code",
                  "code", "unknown",
                  "redirect_uri", "http://localhost:3000/callback"));
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.body()).contains("invalid_client");
    }
  }
}
