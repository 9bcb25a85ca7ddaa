package vn.motcua.identity.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.ClientAuthentication;
import vn.motcua.identity.LoginResult;
import vn.motcua.identity.LoginTransaction;
import vn.motcua.identity.RelyingParty;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;

/**
 * The login flow snippet of docs/identity.md, run against the stub identity provider; the page must
 * hold the snippet exactly as it is written here.
 */
class LoginFlowGuideFunctionalTest {
  private static final StubIdentityProvider idp = StubIdentityProvider.builder().build().start();
  private static final OkHttpClient okHttpClient = new OkHttpClient();

  @AfterAll
  static void stop() {
    idp.stop();
    okHttpClient.dispatcher().executorService().shutdown();
    okHttpClient.connectionPool().evictAll();
  }

  @Test
  void guide_logsACitizenInThroughBothSteps() {
    String clientSecret = "my-agency-portal-secret";
    idp.registerClient(
        StubClient.builder("my-agency-portal")
            .secret(clientSecret)
            .redirectUri("https://portal.example.vn/login/callback")
            .build());
    String issuer = idp.issuer().toString();
    byte[] transactionKey = new byte[32]; // in production: 32 random bytes from your secret store
    Map<String, String> session = new HashMap<>();

    // --- snippet start ---
    // At start-up: one relying party per provider and client, shared by every request.
    RelyingParty relyingParty =
        RelyingParty.builder()
            .issuer(issuer) // such as https://sso.dichvucong.gov.vn
            .clientId("my-agency-portal")
            .clientAuthentication(ClientAuthentication.clientSecretBasic(clientSecret))
            .redirectUri("https://portal.example.vn/login/callback")
            .requiredAssurance(AssuranceLevel.VNEID_LEVEL_1)
            .okHttpClient(okHttpClient) // optional: share your pools and interceptors
            .transactionKey(transactionKey) // the same key on every instance of the app
            .build();

    // Step 1, GET /login: remember the transaction, send the browser to the provider.
    AuthorizationRequest request = relyingParty.beginLogin();
    session.put("login", request.transaction().toJson());
    URI redirectTo = request.url(); // answer 302 Found with this Location
    // --- snippet pause ---

    URI callbackUrl = idp.simulateLogin(redirectTo, "citizen-01");

    // --- snippet resume ---
    // Step 2, GET /login/callback?code=...&state=...&iss=...: finish the login.
    LoginTransaction transaction = LoginTransaction.fromJson(session.remove("login"));
    LoginResult result = relyingParty.complete(transaction, callbackUrl);
    CitizenIdentity citizen = result.identity(); // verified, at VNeID level 1 or higher
    // --- snippet end ---

    assertThat(citizen.personalIdNumber())
        .contains(idp.personas().get("citizen-01").personalIdNumber());
    assertThat(citizen.fullName()).contains("Nguyễn Văn An");
    assertThat(citizen.assuranceLevel().isAtLeast(AssuranceLevel.VNEID_LEVEL_1)).isTrue();
    assertThat(session).isEmpty();
    relyingParty.close();
  }

  @Test
  void guide_holdsTheSnippetAsTheTestRunsIt() throws IOException {
    String page = normalize(Files.readString(Path.of("..", "docs", "identity.md")));
    String source =
        Files.readString(
            Path.of(
                "src",
                "test",
                "java",
                "vn",
                "motcua",
                "identity",
                "flow",
                "LoginFlowGuideFunctionalTest.java"));
    List<String> lines = source.lines().collect(Collectors.toList());
    StringBuilder snippet = new StringBuilder();
    boolean inside = false;
    for (String line : lines) {
      String text = line.strip();
      if (text.equals("// --- snippet start ---") || text.equals("// --- snippet resume ---")) {
        inside = true;
      } else if (text.equals("// --- snippet pause ---") || text.equals("// --- snippet end ---")) {
        inside = false;
      } else if (inside) {
        snippet.append(text).append('\n');
      }
    }

    assertThat(snippet.toString()).contains("relyingParty.complete(transaction, callbackUrl)");
    assertThat(page).contains(normalize(snippet.toString()));
  }

  /** Compares code ignoring indentation and blank lines, which Markdown and Java lay out apart. */
  private static String normalize(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
