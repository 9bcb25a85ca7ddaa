package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.identity.internal.Randoms;
import vn.motcua.identity.internal.TransactionCodec;
import vn.motcua.identity.internal.TransactionData;

class LoginTransactionTest {
  private static final byte[] KEY = new byte[32];

  private static TransactionData data(String state) {
    TransactionData unsigned =
        new TransactionData(
            "https://sso.example.vn",
            "my-portal",
            state,
            Randoms.token(),
            Randoms.token(),
            "https://portal.example.vn/login/callback",
            300L,
            List.of("urn:vneid:loa:2"),
            AssuranceLevel.HIGH,
            Instant.parse("2026-09-02T01:00:00Z"),
            "");
    return new TransactionData(
        unsigned.issuer(),
        unsigned.clientId(),
        unsigned.state(),
        unsigned.nonce(),
        unsigned.codeVerifier(),
        unsigned.redirectUri(),
        unsigned.maxAgeSeconds(),
        unsigned.acrValues(),
        unsigned.requiredAssurance(),
        unsigned.createdAt(),
        TransactionCodec.mac(KEY, unsigned));
  }

  @Test
  void json_roundTripsEveryField() {
    LoginTransaction tx = new LoginTransaction(data(Randoms.token()));

    LoginTransaction back = LoginTransaction.fromJson(tx.toJson());

    assertThat(back).isEqualTo(tx).hasSameHashCodeAs(tx);
    assertThat(back.maxAge()).contains(Duration.ofMinutes(5));
    assertThat(back.acrValues()).containsExactly("urn:vneid:loa:2");
    assertThat(back.requiredAssurance()).isEqualTo(AssuranceLevel.HIGH);
    assertThat(back.redirectUri())
        .isEqualTo(URI.create("https://portal.example.vn/login/callback"));
    assertThat(TransactionCodec.verify(KEY, back.data())).isTrue();
  }

  @Test
  void mac_detectsAChangeOfAnyField() {
    TransactionData original = data(Randoms.token());
    String json = new LoginTransaction(original).toJson();

    LoginTransaction lowered =
        LoginTransaction.fromJson(
            json.replace("\"required_assurance\":\"HIGH\"", "\"required_assurance\":\"LOW\""));
    LoginTransaction otherKey = new LoginTransaction(original);

    assertThat(TransactionCodec.verify(KEY, lowered.data())).isFalse();
    assertThat(TransactionCodec.verify(new byte[] {1, 2, 3}, otherKey.data())).isFalse();
  }

  @Test
  void toString_showsNoSecret() {
    LoginTransaction tx = new LoginTransaction(data(Randoms.token()));

    assertThat(tx.toString())
        .doesNotContain(tx.state(), tx.nonce(), tx.codeVerifier(), tx.data().mac())
        .contains("secrets=[redacted]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{}", "[]", "null", "{\"v\":2}", "not json at all"})
  void fromJson_refusesWhatIsNotATransaction(String json) {
    assertMalformed(json);
  }

  @Test
  void fromJson_refusesUnknownDuplicateAndMistypedFields() {
    String json = new LoginTransaction(data(Randoms.token())).toJson();

    assertMalformed(json.replace("{", "{\"extra\":1,"));
    assertMalformed(json.replace("{", "{\"iss\":\"https://evil.example\","));
    assertMalformed(json.replace("\"max_age\":300", "\"max_age\":\"300\""));
    assertMalformed(json.replace("\"max_age\":300", "\"max_age\":-1"));
    assertMalformed(
        json.replace("\"required_assurance\":\"HIGH\"", "\"required_assurance\":\"NONE\""));
  }

  @Test
  void fromJson_refusesAShortState() {
    String json = new LoginTransaction(data(Randoms.token())).toJson();
    String state = LoginTransaction.fromJson(json).state();

    assertMalformed(json.replace(state, "short"));
  }

  @Property(tries = 1000)
  void fromJson_failsOnlyWithTheMalformedCode(@ForAll String json) {
    Throwable thrown = catchThrowable(() -> LoginTransaction.fromJson(json));

    assertThat(thrown).isInstanceOf(IdentityException.class);
    assertThat(((IdentityException) thrown).code()).isEqualTo(IdentityCodes.TRANSACTION_MALFORMED);
  }

  private static void assertMalformed(String json) {
    Throwable thrown = catchThrowable(() -> LoginTransaction.fromJson(json));

    assertThat(thrown).isInstanceOf(IdentityException.class);
    assertThat(((IdentityException) thrown).code()).isEqualTo(IdentityCodes.TRANSACTION_MALFORMED);
    assertThat(thrown.getMessage()).doesNotContain("\"state\"");
  }
}
