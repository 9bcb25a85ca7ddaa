package vn.motcua.core.id;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of synthetic, valid identifiers for property tests. */
final class IdentifierArbitraries {
  private IdentifierArbitraries() {}

  static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().withCharRange('0', '9').ofLength(length);
  }

  static Arbitrary<String> personalIds() {
    Arbitrary<String> provinces =
        Arbitraries.of(ProvinceCodes.defaults().all()).map(Province::code);
    Arbitrary<String> century = Arbitraries.integers().between(0, 9).map(String::valueOf);
    return Combinators.combine(provinces, century, digits(2), digits(6))
        .as((p, c, year, random) -> p + c + year + random);
  }

  static Arbitrary<String> legacyIds() {
    return digits(9);
  }

  static Arbitrary<String> taxCodes() {
    Arbitrary<String> base =
        digits(9)
            .map(TaxCode::withCheckDigit)
            .filter(Optional::isPresent)
            .map(code -> code.orElseThrow().value());
    Arbitrary<String> branch =
        Arbitraries.integers().between(1, 999).map(n -> String.format(Locale.ROOT, "-%03d", n));
    return Combinators.combine(base, branch.injectNull(0.5))
        .as((b, suffix) -> suffix == null ? b : b + suffix);
  }

  /** Characters that are not ASCII digits but may look or behave like them. */
  static Arbitrary<Character> nonDigits() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('a', 'z'),
        Arbitraries.chars().range('A', 'Z'),
        Arbitraries.of('.', '-', '+', '/', '\u0661', '\uFF11', '\u00B2', '\u0000'));
  }
}
