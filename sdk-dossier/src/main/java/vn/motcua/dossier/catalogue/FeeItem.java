package vn.motcua.dossier.catalogue;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.FeeKind;
import vn.motcua.dossier.internal.model.Required;

/**
 * A fee item the catalogue states for a channel ({@code PHILEPHI}): kind, code, name and amount in
 * whole VND. The amount is absent when it varies (by area, by page, by case) and the catalogue
 * cannot state one; the kind is absent when the source does not say whether it is a phí or a lệ
 * phí.
 *
 * @param kind phí or lệ phí, when known
 * @param code the fee item's code ({@code MAPHILEPHI}), which dossier fees refer to
 * @param name the fee item's name
 * @param amount the amount in VND, when fixed
 * @param description free text from the catalogue ({@code MOTA})
 */
public record FeeItem(
    @Nullable FeeKind kind,
    String code,
    String name,
    @Nullable Long amount,
    @Nullable String description) {
  /**
   * Checks the components.
   *
   * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} when the code
   *     or name is missing
   * @throws IllegalArgumentException when the amount is negative
   */
  public FeeItem {
    Required.of("FeeItem").check(code, "code").check(name, "name").done();
    if (amount != null && amount < 0) {
      throw new IllegalArgumentException("a fee amount cannot be negative");
    }
  }
}
