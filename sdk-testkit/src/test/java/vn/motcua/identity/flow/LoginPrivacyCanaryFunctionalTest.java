package vn.motcua.identity.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.testing.CapturedLogs;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.ClaimsRejectedException;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.LoginOptions;
import vn.motcua.identity.LoginResult;
import vn.motcua.identity.LoginTransaction;
import vn.motcua.identity.RelyingParty;
import vn.motcua.identity.flow.StubFlow.Client;
import vn.motcua.testkit.idp.AuthorizationResponseFault;
import vn.motcua.testkit.idp.TokenFault;
import vn.motcua.testkit.idp.UserInfoFault;
import vn.motcua.testkit.persona.PersonaPack;

/**
 * shared/SECURITY.md F for the login flow: canary personal data, signed in through the stub with
 * every logger at TRACE and wire logging on, goes through success and failure paths (every token
 * fault, bad callbacks, a low level, inconsistent claims, a forged error) and never reaches a log
 * line, an exception message (whole cause chain, both languages) or a {@code toString()}.
 */
class LoginPrivacyCanaryFunctionalTest {
  private static final String ID = "001199076543";
  private static final String LEGACY_ID = "019977123";
  private static final String NAME = "Vũ Thị Xuyến Canary";
  private static final String PHONE = "0987654321";
  private static final String EMAIL = "canary.vu@example.vn";
  private static final String ADDRESS = "Số 77 Ngõ Chim Hoàng Yến, Hà Nội";
  private static final String TECH_ID = "canary-tech-id-7713";
  private static final String SUBJECT = "canary-subject-5150-level-2";
  private static final List<String> CANARIES =
      List.of(
          ID,
          LEGACY_ID,
          NAME,
          "Xuyến",
          "23/07/1999",
          "1999-07-23",
          "23/07/1998",
          "1998-07-23",
          PHONE,
          EMAIL,
          "Chim Hoàng Yến",
          TECH_ID,
          SUBJECT,
          "canary-subject-5151",
          "canary-subject-5152");

  private static final StubFlow flow =
      new StubFlow(pack(), HttpOptions.builder().wireLogging(true).build());

  private final List<String> observed = new ArrayList<>();

  @AfterAll
  static void stop() {
    flow.close();
  }

  private static PersonaPack pack() {
    String json =
        "{\"synthetic\":true,\"defaultPersona\":\"canary\",\"personas\":["
            + persona("canary", SUBJECT, "1999-07-23", 2)
            + ","
            + persona("canary-level-1", "canary-subject-5151", "1999-07-23", 1)
            + ","
            + persona("canary-inconsistent", "canary-subject-5152", "1998-07-23", 2)
            + "]}";
    return PersonaPack.from(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String persona(String id, String subject, String birthDate, int level) {
    return "{\"id\":\""
        + id
        + "\",\"kind\":\"CITIZEN\",\"subject\":\""
        + subject
        + "\",\"techId\":\""
        + TECH_ID
        + "\",\"fullName\":\""
        + NAME
        + "\",\"sex\":\"FEMALE\",\"birthDate\":\""
        + birthDate
        + "\",\"personalIdNumber\":\""
        + ID
        + "\",\"legacyIdCardNumber\":\""
        + LEGACY_ID
        + "\",\"address\":\""
        + ADDRESS
        + "\",\"phone\":\""
        + PHONE
        + "\",\"email\":\""
        + EMAIL
        + "\",\"level\":"
        + level
        + "}";
  }

  @Test
  void canaryData_neverLeaksThroughTheLoginFlow() {
    assertThat(LoggerFactory.getLogger("canary.check").isTraceEnabled()).isTrue();
    LoginOptions hinted = LoginOptions.builder().loginHint(ID).build();
    observed.add(hinted.toString());

    for (Client client : Client.values()) {
      try (RelyingParty rp = flow.relyingParty(client).build()) {
        observed.add(rp.toString());
        // Success, then a refresh.
        AuthorizationRequest request = rp.beginLogin(hinted);
        URI callback = flow.idp.simulateLogin(request.url());
        LoginResult result = rp.complete(request.transaction(), callback);
        assertThat(result.identity().personalIdNumber().orElseThrow().value()).isEqualTo(ID);
        observed.add(request.toString());
        observed.add(request.transaction().toString());
        observed.add(LoginTransaction.fromJson(request.transaction().toJson()).toString());
        observed.add(result.toString());
        observed.add(result.identity().toString());
        observed.add(result.idToken().orElseThrow().toString());
        LoginResult refreshed = rp.refresh(result.refreshToken().orElseThrow(), result.identity());
        observed.add(refreshed.toString());
        fail(() -> rp.refresh(result.refreshToken().orElseThrow(), result.identity()));
      }
    }

    try (RelyingParty rp =
        flow.relyingParty(Client.RS256).requiredAssurance(AssuranceLevel.VNEID_LEVEL_2).build()) {
      LoginOptions maxAge = LoginOptions.builder().maxAge(java.time.Duration.ofMinutes(5)).build();
      for (TokenFault fault : TokenFault.values()) {
        if (fault != TokenFault.NO_KID) {
          flow.idp.faults().nextIdToken(fault);
          fail(() -> flow.login(rp, "canary", maxAge));
        }
      }
      for (AuthorizationResponseFault fault : AuthorizationResponseFault.values()) {
        flow.idp.faults().nextAuthorizationResponse(fault);
        fail(() -> flow.login(rp, "canary"));
      }
      flow.idp.faults().nextUserInfo(UserInfoFault.SUB_MISMATCH);
      fail(() -> flow.login(rp, "canary"));
      fail(() -> flow.login(rp, "canary-level-1"));
      Throwable inconsistent = fail(() -> flow.login(rp, "canary-inconsistent"));
      assertThat(inconsistent).isInstanceOf(ClaimsRejectedException.class);
      observed.add(((ClaimsRejectedException) inconsistent).report().toString());

      AuthorizationRequest request = rp.beginLogin();
      URI forged =
          URI.create(
              StubFlow.REDIRECT_URI
                  + "?error=no_user_"
                  + PHONE
                  + "&error_description="
                  + PHONE
                  + "%20"
                  + EMAIL
                  + "&state="
                  + request.transaction().state()
                  + "&iss="
                  + flow.idp.issuer());
      fail(() -> rp.complete(request.transaction(), forged));
      fail(() -> rp.complete(request.transaction(), URI.create("?code=" + ID + "&state=" + PHONE)));
      fail(
          () -> LoginTransaction.fromJson("{\"state\":\"" + ID + "\",\"nonce\":\"" + NAME + "\"}"));
    }

    String logs = CapturedLogs.all();
    assertThat(logs).contains("vn.motcua.http.wire");
    for (String canary : CANARIES) {
      assertThat(logs).as("log lines").doesNotContain(canary);
      for (String text : observed) {
        assertThat(text).as("message or toString").doesNotContain(canary);
      }
    }
    assertThat(observed).hasSizeGreaterThan(100);
  }

  private Throwable fail(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).as("the call must fail").isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      observed.add(String.valueOf(t.getMessage()));
      observed.add(t.toString());
      if (t instanceof IdentityException identity) {
        observed.add(identity.message(MessageSource.VIETNAMESE));
        observed.add(identity.message(Locale.ENGLISH));
      }
      for (Throwable suppressed : t.getSuppressed()) {
        observed.add(suppressed.toString());
      }
    }
    return thrown;
  }
}
