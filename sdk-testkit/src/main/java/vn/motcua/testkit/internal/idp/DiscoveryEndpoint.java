package vn.motcua.testkit.internal.idp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.testkit.idp.ClientAuthMethod;
import vn.motcua.testkit.idp.DiscoveryFault;
import vn.motcua.testkit.idp.SigningAlgorithm;
import vn.motcua.testkit.persona.AccountLevel;

/** {@code GET /.well-known/openid-configuration}. */
final class DiscoveryEndpoint {
  static final List<String> STANDARD_CLAIMS =
      List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "azp", "at_hash");
  static final List<String> DVCQG_CLAIMS =
      List.of(
          "LoaiTaiKhoan",
          "SoDinhDanh",
          "SoCMND",
          "HoChieu",
          "HoVaTen",
          "GioiTinh",
          "NgaySinh",
          "DiaChi",
          "SoDienThoai",
          "ThuDienTu",
          "MaSoThue",
          "MaSoDoanhNghiep",
          "TenDoanhNghiep",
          "TechID",
          "loAs");

  private final IdpEngine engine;

  DiscoveryEndpoint(IdpEngine engine) {
    this.engine = engine;
  }

  StubResponse handle(IncomingRequest request) {
    if (!request.method().equals("GET")) {
      return IdpEngine.methodNotAllowed("GET");
    }
    String issuer = engine.issuer();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(
        "issuer",
        engine.faults.discovery().take() == DiscoveryFault.ISSUER_MISMATCH
            ? IdTokenMinter.UNTRUSTED_ISSUER
            : issuer);
    d.put("authorization_endpoint", issuer + Paths.AUTHORIZE);
    d.put("token_endpoint", issuer + Paths.TOKEN);
    d.put("userinfo_endpoint", issuer + Paths.USERINFO);
    d.put("jwks_uri", issuer + Paths.JWKS);
    d.put("response_types_supported", List.of("code"));
    d.put("response_modes_supported", List.of("query"));
    d.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
    d.put("subject_types_supported", List.of("public"));
    List<String> algorithms = new ArrayList<>();
    for (SigningAlgorithm a : SigningAlgorithm.values()) {
      algorithms.add(a.name());
    }
    d.put("id_token_signing_alg_values_supported", algorithms);
    d.put("id_token_encryption_alg_values_supported", List.of("RSA-OAEP-256"));
    d.put("id_token_encryption_enc_values_supported", List.of("A256GCM"));
    d.put("userinfo_signing_alg_values_supported", algorithms);
    List<String> methods = new ArrayList<>();
    for (ClientAuthMethod m : ClientAuthMethod.values()) {
      methods.add(m.value());
    }
    d.put("token_endpoint_auth_methods_supported", methods);
    d.put("token_endpoint_auth_signing_alg_values_supported", algorithms);
    d.put("code_challenge_methods_supported", List.of("S256"));
    d.put("authorization_response_iss_parameter_supported", true);
    d.put(
        "scopes_supported",
        List.of("openid", "profile", "email", "phone", "address", "offline_access"));
    List<String> claims = new ArrayList<>(STANDARD_CLAIMS);
    claims.addAll(DVCQG_CLAIMS);
    d.put("claims_supported", claims);
    d.put(
        "acr_values_supported",
        List.of(engine.config.acr(AccountLevel.LEVEL_1), engine.config.acr(AccountLevel.LEVEL_2)));
    d.put("claims_parameter_supported", false);
    d.put("request_parameter_supported", false);
    d.put("request_uri_parameter_supported", false);
    return StubResponse.json(200, d);
  }
}
