package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.json.MotcuaJson;

/**
 * A JWS under construction, open to every edit a fault needs: header and claims as maps, raw JSON
 * members a map cannot hold (a repeated name, 100,000 nested arrays), the signing step, and edits
 * of the signature and of the finished compact form.
 */
final class TokenDraft {
  /** Signs the signing input ({@code header.payload}) and returns the raw signature. */
  interface Signer {
    byte[] sign(byte[] signingInput);
  }

  final Map<String, Object> header = new LinkedHashMap<>();
  final Map<String, Object> claims = new LinkedHashMap<>();

  /** Raw {@code "name":value} members written before the claims, in order. */
  final List<String> leadingMembers = new ArrayList<>();

  /** Raw {@code "name":value} members written after the claims, in order. */
  final List<String> trailingMembers = new ArrayList<>();

  @Nullable String rawHeader;
  Signer signer = input -> new byte[0];
  UnaryOperator<byte[]> signatureEdit = UnaryOperator.identity();
  UnaryOperator<String> compactEdit = UnaryOperator.identity();

  /** Makes the draft sign with this private key under this algorithm, naming it in the header. */
  void signWith(JWK key, JWSAlgorithm algorithm) {
    header.put("alg", algorithm.getName());
    header.put("kid", key.getKeyID());
    signer = input -> Jose.sign(key, algorithm, input);
  }

  String compact() {
    String headerJson = rawHeader != null ? rawHeader : write(header);
    String signingInput = Jose.b64(headerJson) + "." + Jose.b64(payloadJson());
    byte[] signature =
        signatureEdit.apply(signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    return compactEdit.apply(signingInput + "." + Jose.b64(signature));
  }

  private String payloadJson() {
    String body = write(claims);
    if (leadingMembers.isEmpty() && trailingMembers.isEmpty()) {
      return body;
    }
    List<String> members = new ArrayList<>(leadingMembers);
    String inner = body.substring(1, body.length() - 1);
    if (!inner.isEmpty()) {
      members.add(inner);
    }
    members.addAll(trailingMembers);
    return "{" + String.join(",", members) + "}";
  }

  static String write(Object value) {
    return MotcuaJson.strict().write(value);
  }

  /** Returns {@code "name":value} with both written as JSON. */
  static String member(String name, Object value) {
    return write(name) + ":" + write(value);
  }
}
