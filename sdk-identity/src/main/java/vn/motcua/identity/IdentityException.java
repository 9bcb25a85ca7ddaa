package vn.motcua.identity;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.identity.internal.IdentityMessages;

/**
 * The root of motcua identity's errors. Thrown as such when the failure is not the token's fault:
 * the provider's keys cannot be fetched ({@code identity.jwks.unavailable}, {@linkplain
 * #isRetryable() retryable}) or the nonce store is full ({@code identity.nonce.store_full}).
 *
 * <p>Subtypes exist where a caller reacts differently: {@link TokenRejectedException} (refuse the
 * login), {@link TokenExpiredException} (sign in again), {@link AssuranceTooLowException} (ask for
 * a higher-level account), {@link ClaimsRejectedException} (the provider's account data is
 * unusable). Codes are listed in {@link IdentityCodes}.
 *
 * <p>The message is the English text of the code from motcua identity's bundle; {@link
 * #message(Locale)} gives it in Vietnamese too. Texts are filled only with claim names and limits,
 * so messages never hold token content, claim values or nonces and are safe to log.
 */
public class IdentityException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  // Names and limits only; transient because a message text is all a deserialized copy needs.
  private final transient @Nullable Map<String, Object> args;
  private final boolean retryable;

  /**
   * Creates an exception whose message is the bundle's text for {@code code}.
   *
   * @param code a stable code from {@link IdentityCodes}
   * @param args placeholder values: claim names and limits, never input values
   * @param retryable whether the same call may succeed later
   * @param cause the underlying failure, if any; it must not carry personal data either
   */
  public IdentityException(
      String code, Map<String, ?> args, boolean retryable, @Nullable Throwable cause) {
    super(code, englishMessage(code, args), cause);
    this.args = Map.copyOf(args);
    this.retryable = retryable;
  }

  /**
   * Returns the message in {@code locale}: English for any English locale, else Vietnamese. After
   * deserialization the placeholders are no longer known and the English message is returned.
   */
  public String message(Locale locale) {
    Map<String, Object> known = args;
    return known == null ? getMessage() : IdentityMessages.text(code(), known, locale);
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }

  private static String englishMessage(String code, Map<String, ?> args) {
    return IdentityMessages.text(code, args, Locale.ENGLISH) + " [" + code + "]";
  }
}
