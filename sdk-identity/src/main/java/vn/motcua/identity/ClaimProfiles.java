package vn.motcua.identity;

import vn.motcua.core.id.Sex;

/**
 * The claim profiles motcua ships. Each call returns the same immutable value; adapt one with
 * {@link ClaimProfile#toBuilder()} when a provider names a claim differently.
 */
public final class ClaimProfiles {
  private static final String EIDAS_LOW = "http://eidas.europa.eu/LoA/low";
  private static final String EIDAS_SUBSTANTIAL = "http://eidas.europa.eu/LoA/substantial";
  private static final String EIDAS_HIGH = "http://eidas.europa.eu/LoA/high";
  private static final String VNEID_ACR_LEVEL_1 = "urn:vneid:loa:1";
  private static final String VNEID_ACR_LEVEL_2 = "urn:vneid:loa:2";

  private static final ClaimProfile DVCQG = buildDvcqg();
  private static final ClaimProfile STANDARD_OIDC = buildStandardOidc();

  private ClaimProfiles() {}

  /**
   * Returns the profile of the National Public Service Portal's SSO (DVCQG, backed by VNeID), with
   * the claims observed in open-source integrations:
   *
   * <table>
   *   <caption>DVCQG claims</caption>
   *   <tr><th>field</th><th>claims</th><th>values</th></tr>
   *   <tr><td>account type</td><td>{@code LoaiTaiKhoan}</td><td>1 citizen, 2 business</td></tr>
   *   <tr><td>personal ID</td><td>{@code SoDinhDanh}</td><td>12 digits</td></tr>
   *   <tr><td>legacy ID card</td><td>{@code SoCMND}</td><td>9 digits (12 taken as personal
   *       ID)</td></tr>
   *   <tr><td>passport</td><td>{@code HoChieu}</td><td></td></tr>
   *   <tr><td>full name</td><td>{@code HoVaTen}</td><td></td></tr>
   *   <tr><td>sex</td><td>{@code GioiTinh}</td><td>1 / Nam / male: male; 0 / 2 / Nữ / Nu /
   *       female: female</td></tr>
   *   <tr><td>birth date</td><td>{@code NgaySinh}, {@code NgayThangNamSinh}</td><td>{@code
   *       dd/MM/yyyy} or {@code yyyy-MM-dd}, see {@link ClaimProfile}</td></tr>
   *   <tr><td>address</td><td>{@code DiaChi}</td><td></td></tr>
   *   <tr><td>phone</td><td>{@code SoDienThoai}</td><td></td></tr>
   *   <tr><td>e-mail</td><td>{@code ThuDienTu}</td><td></td></tr>
   *   <tr><td>tax code</td><td>{@code MaSoThue}</td><td></td></tr>
   *   <tr><td>business registration number</td><td>{@code MaSoDoanhNghiep}</td><td></td></tr>
   *   <tr><td>business name</td><td>{@code TenDoanhNghiep}</td><td></td></tr>
   *   <tr><td>account id</td><td>{@code TechID}</td><td></td></tr>
   *   <tr><td>level of assurance</td><td>{@code loAs}, then {@code acr}</td><td>1 / LoA1 /
   *       {@code urn:vneid:loa:1}: VNeID level 1; 2 / LoA2 / {@code urn:vneid:loa:2}: VNeID level
   *       2; eIDAS URIs</td></tr>
   * </table>
   *
   * <p>The values of {@code GioiTinh} and {@code loAs} are not published; the tables above cover
   * the forms seen in practice. {@code 0} for female follows those integrations; systems that use
   * {@code 0} for "unknown" need {@code toBuilder().clearValues()} and their own table.
   */
  public static ClaimProfile dvcqg() {
    return DVCQG;
  }

  /**
   * Returns the standard OpenID Connect profile ({@code sub}, {@code name}, {@code birthdate},
   * {@code gender}, {@code phone_number}, {@code email}, {@code address}, {@code acr}), with the
   * eIDAS level URIs as {@code acr} values. Accounts are citizens'.
   */
  public static ClaimProfile standardOidc() {
    return STANDARD_OIDC;
  }

  private static ClaimProfile buildDvcqg() {
    ClaimProfile.Builder b =
        ClaimProfile.builder("dvcqg")
            .claim(IdentityField.ACCOUNT_TYPE, "LoaiTaiKhoan")
            .claim(IdentityField.PERSONAL_ID, "SoDinhDanh")
            .claim(IdentityField.LEGACY_ID_CARD, "SoCMND")
            .claim(IdentityField.PASSPORT, "HoChieu")
            .claim(IdentityField.FULL_NAME, "HoVaTen")
            .claim(IdentityField.SEX, "GioiTinh")
            .claim(IdentityField.BIRTH_DATE, "NgaySinh", "NgayThangNamSinh")
            .claim(IdentityField.ADDRESS, "DiaChi")
            .claim(IdentityField.PHONE, "SoDienThoai")
            .claim(IdentityField.EMAIL, "ThuDienTu")
            .claim(IdentityField.TAX_CODE, "MaSoThue")
            .claim(IdentityField.BUSINESS_REGISTRATION_NUMBER, "MaSoDoanhNghiep")
            .claim(IdentityField.BUSINESS_NAME, "TenDoanhNghiep")
            .claim(IdentityField.ACCOUNT_ID, "TechID")
            .assuranceClaims("loAs", "acr")
            .accountTypeValue("1", AccountType.CITIZEN)
            .accountTypeValue("2", AccountType.BUSINESS)
            .sexValue("1", Sex.MALE)
            .sexValue("Nam", Sex.MALE)
            .sexValue("male", Sex.MALE)
            .sexValue("0", Sex.FEMALE)
            .sexValue("2", Sex.FEMALE)
            .sexValue("Nữ", Sex.FEMALE)
            .sexValue("Nu", Sex.FEMALE)
            .sexValue("female", Sex.FEMALE)
            .assuranceValue("1", AssuranceLevel.VNEID_LEVEL_1)
            .assuranceValue("LoA1", AssuranceLevel.VNEID_LEVEL_1)
            .assuranceValue("2", AssuranceLevel.VNEID_LEVEL_2)
            .assuranceValue("LoA2", AssuranceLevel.VNEID_LEVEL_2)
            .assuranceValue(VNEID_ACR_LEVEL_1, AssuranceLevel.VNEID_LEVEL_1)
            .assuranceValue(VNEID_ACR_LEVEL_2, AssuranceLevel.VNEID_LEVEL_2);
    return eidas(b).build();
  }

  private static ClaimProfile buildStandardOidc() {
    ClaimProfile.Builder b =
        ClaimProfile.builder("standard-oidc")
            .claim(IdentityField.FULL_NAME, "name")
            .claim(IdentityField.SEX, "gender")
            .claim(IdentityField.BIRTH_DATE, "birthdate")
            .claim(IdentityField.ADDRESS, "address")
            .claim(IdentityField.PHONE, "phone_number")
            .claim(IdentityField.EMAIL, "email")
            .assuranceClaims("acr")
            .sexValue("male", Sex.MALE)
            .sexValue("female", Sex.FEMALE);
    return eidas(b).build();
  }

  private static ClaimProfile.Builder eidas(ClaimProfile.Builder b) {
    return b.assuranceValue(EIDAS_LOW, AssuranceLevel.LOW)
        .assuranceValue(EIDAS_SUBSTANTIAL, AssuranceLevel.SUBSTANTIAL)
        .assuranceValue(EIDAS_HIGH, AssuranceLevel.HIGH);
  }
}
