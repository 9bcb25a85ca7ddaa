package vn.motcua.testkit.internal.idp;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.core.id.Sex;
import vn.motcua.testkit.persona.AccountLevel;
import vn.motcua.testkit.persona.Business;
import vn.motcua.testkit.persona.Persona;

/**
 * A persona's claims in the national SSO (DVCQG) profile. Every value is a string except {@code
 * loAs}, an array of strings; a claim the persona has no value for is left out rather than sent
 * empty. The formats are documented in {@code docs/testing-identity-stub.md}.
 */
final class DvcqgClaims {
  static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DvcqgClaims() {}

  static Map<String, Object> of(Persona p) {
    return of(p, p.level());
  }

  /** The claims with {@code loAs} saying {@code level}, which a fault may lower. */
  static Map<String, Object> of(Persona p, AccountLevel level) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("LoaiTaiKhoan", String.valueOf(p.kind().accountType()));
    claims.put("SoDinhDanh", p.personalIdNumber().value());
    p.legacyIdCardNumber().ifPresent(n -> claims.put("SoCMND", n.value()));
    p.passportNumber().ifPresent(n -> claims.put("HoChieu", n));
    claims.put("HoVaTen", p.fullName());
    claims.put("GioiTinh", gender(p.sex()));
    claims.put("NgaySinh", BIRTH_DATE.format(p.birthDate()));
    claims.put("DiaChi", p.address());
    claims.put("SoDienThoai", p.phone());
    claims.put("ThuDienTu", p.email());
    p.taxCode().ifPresent(t -> claims.put("MaSoThue", t.value()));
    if (p.business().isPresent()) {
      Business b = p.business().get();
      claims.put("MaSoThue", b.taxCode().value());
      claims.put("MaSoDoanhNghiep", b.enterpriseCode());
      claims.put("TenDoanhNghiep", b.name());
    }
    claims.put("TechID", p.techId());
    claims.put("loAs", List.of(String.valueOf(level.number())));
    return claims;
  }

  /** {@code 1} nam, {@code 2} nữ: the sex codes of the national population database. */
  static String gender(Sex sex) {
    return sex == Sex.MALE ? "1" : "2";
  }
}
