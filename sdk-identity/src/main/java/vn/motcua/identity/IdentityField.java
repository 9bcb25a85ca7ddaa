package vn.motcua.identity;

/**
 * A field of {@link CitizenIdentity} that a {@link ClaimProfile} fills from a provider's claims.
 * Subject, issuer and authentication time always come from the verified ID token itself.
 */
public enum IdentityField {
  /** Citizen or business account ({@code LoaiTaiKhoan}). */
  ACCOUNT_TYPE,
  /** The 12-digit personal ID number ({@code SoDinhDanh}). */
  PERSONAL_ID,
  /** The legacy 9-digit ID card number ({@code SoCMND}). */
  LEGACY_ID_CARD,
  /** The passport number ({@code HoChieu}). */
  PASSPORT,
  /** The full name ({@code HoVaTen}, {@code name}). */
  FULL_NAME,
  /** The sex ({@code GioiTinh}, {@code gender}). */
  SEX,
  /** The birth date ({@code NgaySinh}, {@code birthdate}). */
  BIRTH_DATE,
  /** The address ({@code DiaChi}, {@code address}). */
  ADDRESS,
  /** The phone number ({@code SoDienThoai}, {@code phone_number}). */
  PHONE,
  /** The e-mail address ({@code ThuDienTu}, {@code email}). */
  EMAIL,
  /** The tax code ({@code MaSoThue}). */
  TAX_CODE,
  /** A business's registration number ({@code MaSoDoanhNghiep}). */
  BUSINESS_REGISTRATION_NUMBER,
  /** A business's name ({@code TenDoanhNghiep}). */
  BUSINESS_NAME,
  /** The provider's stable account id ({@code TechID}). */
  ACCOUNT_ID
}
