package vn.motcua.core.id;

import java.time.LocalDate;
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

  static Arbitrary<String> legacyAgencyCodes() {
    return Combinators.combine(digits(3), digits(2), digits(2), capitals(1), digits(2))
        .as((a, b, c, letter, n) -> a + "." + b + "." + c + "." + letter + n);
  }

  static Arbitrary<String> decision20AgencyCodes() {
    Arbitrary<String> level1 = Combinators.combine(capitals(1), digits(2)).as(String::concat);
    Arbitrary<String> group =
        Arbitraries.strings()
            .withCharRange('0', '9')
            .withCharRange('A', 'Z')
            .ofMinLength(1)
            .ofMaxLength(7);
    Arbitrary<String> rest = group.list().ofMaxSize(4).map(groups -> String.join(".", groups));
    return Combinators.combine(level1, rest).as((l1, r) -> r.isEmpty() ? l1 : l1 + "." + r);
  }

  static Arbitrary<String> agencyCodes() {
    return Arbitraries.oneOf(legacyAgencyCodes(), decision20AgencyCodes());
  }

  static Arbitrary<String> nationalProcedureCodes() {
    return Combinators.combine(digits(1), digits(6)).as((a, b) -> a + "." + b);
  }

  static Arbitrary<String> procedureCodes() {
    Arbitrary<String> localized =
        Combinators.combine(nationalProcedureCodes(), legacyAgencyCodes())
            .as((p, a) -> p + "." + a);
    return Arbitraries.oneOf(nationalProcedureCodes(), localized);
  }

  static Arbitrary<LocalDate> dossierDates() {
    return Arbitraries.integers()
        .between(0, (int) (LocalDate.of(2099, 12, 31).toEpochDay() - epoch2000()))
        .map(days -> LocalDate.ofEpochDay(epoch2000() + days));
  }

  static Arbitrary<String> dossierCodes() {
    return Combinators.combine(
            agencyCodes().map(AgencyCode::parse),
            dossierDates(),
            Arbitraries.integers().between(1, 9999))
        .as((agency, date, sequence) -> DossierCode.of(agency, date, sequence).value());
  }

  /** Characters that are not ASCII digits but may look or behave like them. */
  static Arbitrary<Character> nonDigits() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('a', 'z'),
        Arbitraries.chars().range('A', 'Z'),
        Arbitraries.of('.', '-', '+', '/', '\u0661', '\uFF11', '\u00B2', '\u0000'));
  }

  private static Arbitrary<String> capitals(int length) {
    return Arbitraries.strings().withCharRange('A', 'Z').ofLength(length);
  }

  private static long epoch2000() {
    return LocalDate.of(2000, 1, 1).toEpochDay();
  }
}
