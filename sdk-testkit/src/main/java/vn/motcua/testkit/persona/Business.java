package vn.motcua.testkit.persona;

import java.text.Normalizer;
import java.util.Objects;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.privacy.Mask;

/**
 * The business behind a {@link PersonaKind#BUSINESS} persona.
 *
 * <p>Since 2015 the enterprise code (mã số doanh nghiệp) is the tax code, so both usually hold the
 * same digits; they are kept apart because the national SSO sends them as separate claims.
 *
 * @param name the registered name (tên doanh nghiệp), stored in Unicode NFC
 * @param taxCode the tax code (mã số thuế), possibly a branch's
 * @param enterpriseCode the enterprise registration code (mã số doanh nghiệp)
 */
public record Business(String name, TaxCode taxCode, String enterpriseCode) {

  /**
   * Checks and normalizes the parts.
   *
   * @throws IllegalArgumentException if the name or the enterprise code is blank
   */
  public Business {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(taxCode, "taxCode");
    Objects.requireNonNull(enterpriseCode, "enterpriseCode");
    name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    enterpriseCode = enterpriseCode.strip();
    if (name.isEmpty() || enterpriseCode.isEmpty()) {
      throw new IllegalArgumentException("a business needs a name and an enterprise code");
    }
  }

  /**
   * Returns the masked name and tax code: a household business is named after its owner, so the
   * name can be personal data.
   */
  @Override
  public String toString() {
    return "Business[name=" + Mask.name(name) + ", taxCode=" + taxCode + "]";
  }
}
