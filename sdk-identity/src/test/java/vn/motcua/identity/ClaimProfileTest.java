package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.identity.Tokens.RSA;
import static vn.motcua.identity.Tokens.claims;
import static vn.motcua.identity.Tokens.sign;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.id.Sex;

/**
 * Mapping claims to a CitizenIdentity with the shipped profiles. Every person here is synthetic.
 */
class ClaimProfileTest {
  private static final String PERSONAL_ID = "001099012345";

  private final IdTokenVerifier verifier =
      Tokens.verifier(RSA).claimProfile(ClaimProfiles.dvcqg()).build();

  @Test
  void dvcqg_mapsACitizensClaims() {
    VerifiedIdToken token =
        verified(
            c -> {
              c.put("auth_time", Tokens.NOW.getEpochSecond() - 30);
              c.put("LoaiTaiKhoan", "1");
              c.put("SoDinhDanh", PERSONAL_ID);
              c.put("SoCMND", "012345678");
              c.put("HoChieu", "c1234567");
              c.put("HoVaTen", "  Nguyễn   Văn An ");
              c.put("GioiTinh", 1);
              c.put("NgaySinh", "15/01/1999");
              c.put("DiaChi", "12 Phố Huế, Hai Bà Trưng, Hà Nội");
              c.put("SoDienThoai", "091 234 5678");
              c.put("ThuDienTu", "an.nguyen@example.vn");
              c.put("TechID", "b0f7c3e2-5f2a-4c1e-9a77-0c6d1e2f3a4b");
              c.put("loAs", List.of("1", "2"));
            });

    CitizenIdentity identity = ClaimProfiles.dvcqg().toIdentity(token);

    assertThat(identity.subject()).isEqualTo("sub-4711");
    assertThat(identity.issuer()).isEqualTo(Tokens.ISSUER);
    assertThat(identity.accountType()).isEqualTo(AccountType.CITIZEN);
    assertThat(identity.personalIdNumber().orElseThrow().value()).isEqualTo(PERSONAL_ID);
    assertThat(identity.legacyIdCardNumber().orElseThrow().value()).isEqualTo("012345678");
    assertThat(identity.passportNumber()).contains("C1234567");
    assertThat(identity.fullName()).contains("Nguyễn Văn An");
    assertThat(identity.sex()).contains(Sex.MALE);
    assertThat(identity.birthDate()).contains(LocalDate.of(1999, 1, 15));
    assertThat(identity.address()).contains("12 Phố Huế, Hai Bà Trưng, Hà Nội");
    assertThat(identity.phoneNumber()).contains("0912345678");
    assertThat(identity.email()).contains("an.nguyen@example.vn");
    assertThat(identity.accountId()).contains("b0f7c3e2-5f2a-4c1e-9a77-0c6d1e2f3a4b");
    assertThat(identity.assuranceLevel()).isEqualTo(AssuranceLevel.VNEID_LEVEL_2);
    assertThat(identity.authTime()).contains(Tokens.NOW.minusSeconds(30));
    assertThat(identity.flags()).isEmpty();
  }

  @Test
  void dvcqg_mapsABusinessAccount() {
    CitizenIdentity identity =
        ClaimProfiles.dvcqg()
            .toIdentity(
                verified(
                    c -> {
                      c.put("LoaiTaiKhoan", 2);
                      c.put("MaSoThue", "0100109106");
                      c.put("MaSoDoanhNghiep", "0100109106");
                      c.put("TenDoanhNghiep", "Công ty TNHH Một Cửa");
                      c.put("loAs", "LoA2");
                    }));

    assertThat(identity.accountType()).isEqualTo(AccountType.BUSINESS);
    assertThat(identity.taxCode().orElseThrow().value()).isEqualTo("0100109106");
    assertThat(identity.businessRegistrationNumber()).contains("0100109106");
    assertThat(identity.businessName()).contains("Công ty TNHH Một Cửa");
    assertThat(identity.personalIdNumber()).isEmpty();
    assertThat(identity.assuranceLevel()).isEqualTo(AssuranceLevel.HIGH);
  }

  @Test
  void fullName_isNormalizedToNfc() {
    String decomposed = Normalizer.normalize("Trần Thị Ánh Nguyệt", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("Trần Thị Ánh Nguyệt");

    CitizenIdentity identity =
        ClaimProfiles.dvcqg().toIdentity(verified(c -> c.put("HoVaTen", decomposed)));

    assertThat(identity.fullName()).contains("Trần Thị Ánh Nguyệt");
  }

  @ParameterizedTest
  @CsvSource({
    "15/01/1999, 1999-01-15",
    "5/1/1999, 1999-01-05",
    "15-01-1999, 1999-01-15",
    "15.01.1999, 1999-01-15",
    "1999-01-15, 1999-01-15",
    "1999-01-15T00:00:00, 1999-01-15",
    "19990115, 1999-01-15"
  })
  void birthDate_acceptsTheCommonFormats(String claim, LocalDate expected) {
    assertThat(
            ClaimProfiles.dvcqg().toIdentity(verified(c -> c.put("NgaySinh", claim))).birthDate())
        .contains(expected);
  }

  @Test
  void birthDate_isAlsoReadFromNgayThangNamSinh() {
    assertThat(
            ClaimProfiles.dvcqg()
                .toIdentity(verified(c -> c.put("NgayThangNamSinh", "1999-01-15")))
                .birthDate())
        .contains(LocalDate.of(1999, 1, 15));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1999", "0000-01-15"})
  void birthDate_withoutAFullDateIsAbsent(String claim) {
    assertThat(
            ClaimProfiles.standardOidc()
                .toIdentity(verified(c -> c.put("birthdate", claim)))
                .birthDate())
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1, MALE", "Nam, MALE", "0, FEMALE", "2, FEMALE", "Nữ, FEMALE", "NỮ, FEMALE"})
  void sex_readsDvcqgValues(String value, Sex expected) {
    assertThat(ClaimProfiles.dvcqg().toIdentity(verified(c -> c.put("GioiTinh", value))).sex())
        .contains(expected);
  }

  @Test
  void sex_unknownValueIsAbsentNotAnError() {
    assertThat(
            ClaimProfiles.standardOidc().toIdentity(verified(c -> c.put("gender", "other"))).sex())
        .isEmpty();
  }

  @Test
  void invalidIdentifierClaims_areReportedByClaimNameOnly() {
    VerifiedIdToken token =
        verified(
            c -> {
              c.put("SoDinhDanh", "99909901234");
              c.put("MaSoThue", "0100109107");
              c.put("NgaySinh", "31/02/1999");
              c.put("LoaiTaiKhoan", "9");
              c.put("SoCMND", 12345678);
            });

    assertThatThrownBy(() -> ClaimProfiles.dvcqg().toIdentity(token))
        .isInstanceOfSatisfying(
            ClaimsRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IdentityCodes.CLAIMS_INVALID);
              assertThat(e.report().violations())
                  .extracting(v -> v.path())
                  .containsExactlyInAnyOrder(
                      "/SoDinhDanh", "/MaSoThue", "/NgaySinh", "/LoaiTaiKhoan", "/SoCMND");
              assertThat(e.report().codes())
                  .contains(
                      "identifier.personal_id.length",
                      "identifier.tax_code.check_digit",
                      "identity.claim.format",
                      "identity.claim.value",
                      "identity.claim.type");
              assertThat(MotcuaExceptionAssertions.chainText(e))
                  .contains("/SoDinhDanh")
                  .doesNotContain("99909901234", "0100109107", "31/02/1999", "12345678");
              assertThat(e.report().messages(java.util.Locale.ENGLISH)).hasSize(5);
            });
  }

  @Test
  void legacyClaimWith12Digits_isTakenAsThePersonalIdNumber() {
    CitizenIdentity identity =
        ClaimProfiles.dvcqg().toIdentity(verified(c -> c.put("SoCMND", PERSONAL_ID)));

    assertThat(identity.personalIdNumber().orElseThrow().value()).isEqualTo(PERSONAL_ID);
    assertThat(identity.legacyIdCardNumber()).isEmpty();
  }

  @Test
  void inconsistentPersonalId_isRejectedUnderReject() {
    // 001099012345: 4th digit 0 = male born in the 1900s, year 99.
    VerifiedIdToken token =
        verified(
            c -> {
              c.put("SoDinhDanh", PERSONAL_ID);
              c.put("GioiTinh", "Nữ");
              c.put("NgaySinh", "15/01/2001");
            });

    assertThatThrownBy(() -> ClaimProfiles.dvcqg().toIdentity(token))
        .isInstanceOfSatisfying(
            ClaimsRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IdentityCodes.CLAIMS_INCONSISTENT);
              assertThat(e.report().codes())
                  .containsExactlyInAnyOrder(
                      "identifier.personal_id.sex_mismatch",
                      "identifier.personal_id.birth_year_mismatch");
              assertThat(e.report().violations()).allMatch(v -> v.path().equals("/SoDinhDanh"));
            });
  }

  @Test
  void inconsistentPersonalId_isFlaggedUnderFlag() {
    ClaimProfile flagging =
        ClaimProfiles.dvcqg().toBuilder().consistencyPolicy(ConsistencyPolicy.FLAG).build();

    CitizenIdentity identity =
        flagging.toIdentity(
            verified(
                c -> {
                  c.put("SoDinhDanh", PERSONAL_ID);
                  c.put("GioiTinh", "0");
                  c.put("NgaySinh", "1999-01-15");
                }));

    assertThat(identity.flags()).containsExactly(IdentityFlag.PERSONAL_ID_SEX_MISMATCH);
    assertThat(identity.sex()).contains(Sex.FEMALE);
  }

  @Test
  void renamedClaims_areConfiguration() {
    ClaimProfile renamed =
        ClaimProfiles.dvcqg().toBuilder()
            .claim(IdentityField.PERSONAL_ID, "SoDinhDanhCaNhan", "SoDinhDanh")
            .build();

    assertThat(
            renamed
                .toIdentity(verified(c -> c.put("SoDinhDanhCaNhan", PERSONAL_ID)))
                .personalIdNumber())
        .isPresent();
    assertThat(renamed.claimNames(IdentityField.PERSONAL_ID))
        .containsExactly("SoDinhDanhCaNhan", "SoDinhDanh");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1|SUBSTANTIAL",
        "2|HIGH",
        "LoA1|SUBSTANTIAL",
        "1,2|HIGH",
        "[\"1\",\"2\"]|HIGH",
        "http://eidas.europa.eu/LoA/substantial|SUBSTANTIAL",
        "gold|NONE"
      })
  void assurance_isReadFromLoAs(String loAs, AssuranceLevel expected) {
    assertThat(ClaimProfiles.dvcqg().assuranceLevel(Map.of("loAs", loAs))).isEqualTo(expected);
  }

  @Test
  void assurance_isNoneWithoutAKnownClaim() {
    assertThat(ClaimProfiles.standardOidc().assuranceLevel(Map.of()))
        .isEqualTo(AssuranceLevel.NONE);
    assertThat(ClaimProfiles.standardOidc().assuranceLevel(Map.of("loAs", "2")))
        .isEqualTo(AssuranceLevel.NONE);
  }

  @Test
  void requireAssurance_asksForAStepUpWhenTooLow() {
    CitizenIdentity identity = ClaimProfiles.dvcqg().toIdentity(verified(c -> c.put("loAs", "1")));

    assertThat(identity.requireAssurance(AssuranceLevel.VNEID_LEVEL_1)).isSameAs(identity);
    assertThatThrownBy(() -> identity.requireAssurance(AssuranceLevel.VNEID_LEVEL_2))
        .isInstanceOfSatisfying(
            AssuranceTooLowException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IdentityCodes.ASSURANCE_TOO_LOW);
              assertThat(e.required()).isEqualTo(AssuranceLevel.VNEID_LEVEL_2);
              assertThat(e.actual()).isEqualTo(AssuranceLevel.VNEID_LEVEL_1);
            });
  }

  @Test
  void userInfo_completesTheTokenButNeverOverridesItsProtocolClaims() {
    VerifiedIdToken token = verified(c -> c.put("acr", "1"));
    Map<String, Object> userInfo =
        Map.of(
            "sub", "sub-4711",
            "HoVaTen", "Lê Thị Bình",
            "SoDinhDanh", "079303123456",
            "acr", "2",
            "iss", "https://evil.example");

    CitizenIdentity identity = ClaimProfiles.dvcqg().toIdentity(token, userInfo);

    assertThat(identity.fullName()).contains("Lê Thị Bình");
    assertThat(identity.personalIdNumber().orElseThrow().value()).isEqualTo("079303123456");
    assertThat(identity.issuer()).isEqualTo(Tokens.ISSUER);
    assertThat(identity.assuranceLevel()).isEqualTo(AssuranceLevel.VNEID_LEVEL_1);
  }

  @ParameterizedTest
  @CsvSource({"urn:vneid:loa:1, SUBSTANTIAL", "urn:vneid:loa:2, HIGH", "URN:VNEID:LOA:2, HIGH"})
  void dvcqg_readsTheVneidAcrValuesTheStubSends(String acr, AssuranceLevel expected) {
    assertThat(ClaimProfiles.dvcqg().assuranceLevel(Map.of("acr", acr))).isEqualTo(expected);
  }

  @Test
  void dvcqg_mapsClaimsInTheFormatsTheNationalSsoSends() {
    CitizenIdentity identity =
        ClaimProfiles.dvcqg()
            .toIdentity(
                verified(
                    c -> {
                      c.put("aud", List.of(Tokens.CLIENT_ID));
                      c.put("azp", Tokens.CLIENT_ID);
                      c.put("acr", "urn:vneid:loa:2");
                      c.put("loAs", List.of("2"));
                      c.put("LoaiTaiKhoan", "1");
                      c.put("GioiTinh", "2");
                      c.put("NgaySinh", "02/07/1990");
                      c.put("SoDinhDanh", "079190901081");
                    }));

    assertThat(identity.accountType()).isEqualTo(AccountType.CITIZEN);
    assertThat(identity.sex()).contains(Sex.FEMALE);
    assertThat(identity.birthDate()).contains(LocalDate.of(1990, 7, 2));
    assertThat(identity.assuranceLevel()).isEqualTo(AssuranceLevel.VNEID_LEVEL_2);
  }

  @Test
  void userInfo_cannotRaiseTheLevelTheTokenStates() {
    VerifiedIdToken token = verified(c -> c.put("loAs", List.of("1")));

    CitizenIdentity identity =
        ClaimProfiles.dvcqg().toIdentity(token, Map.of("sub", "sub-4711", "loAs", List.of("2")));

    assertThat(identity.assuranceLevel()).isEqualTo(AssuranceLevel.VNEID_LEVEL_1);
  }

  @Test
  void userInfo_lowerThanTheTokenLowersTheLevel() {
    VerifiedIdToken token = verified(c -> c.put("acr", "urn:vneid:loa:2"));

    CitizenIdentity identity =
        ClaimProfiles.dvcqg().toIdentity(token, Map.of("sub", "sub-4711", "loAs", "1"));

    assertThat(identity.assuranceLevel()).isEqualTo(AssuranceLevel.VNEID_LEVEL_1);
  }

  @Test
  void userInfo_suppliesTheLevelWhenTheTokenStatesNone() {
    VerifiedIdToken token = verified(c -> {});

    CitizenIdentity identity =
        ClaimProfiles.dvcqg().toIdentity(token, Map.of("sub", "sub-4711", "loAs", "LoA2"));

    assertThat(token.assuranceLevel()).isEqualTo(AssuranceLevel.NONE);
    assertThat(identity.assuranceLevel()).isEqualTo(AssuranceLevel.VNEID_LEVEL_2);
  }

  @Test
  void userInfo_aboutAnotherSubjectIsRejected() {
    VerifiedIdToken token = verified(c -> {});

    Rejected.withCode(
        IdentityCodes.USERINFO_SUBJECT_MISMATCH,
        () -> ClaimProfiles.dvcqg().toIdentity(token, Map.of("sub", "someone-else")));
  }

  @Test
  void standardOidc_mapsStandardClaims() {
    CitizenIdentity identity =
        ClaimProfiles.standardOidc()
            .toIdentity(
                verified(
                    c -> {
                      c.put("name", "Phạm Minh Châu");
                      c.put("birthdate", "1990-12-31");
                      c.put("gender", "female");
                      c.put("phone_number", "+84 912 345 678");
                      c.put("email", "chau@example.vn");
                      c.put(
                          "address",
                          Map.of("street_address", "1 Lê Lợi", "locality", "Huế", "country", "VN"));
                      c.put("acr", "http://eidas.europa.eu/LoA/high");
                    }));

    assertThat(identity.fullName()).contains("Phạm Minh Châu");
    assertThat(identity.birthDate()).contains(LocalDate.of(1990, 12, 31));
    assertThat(identity.sex()).contains(Sex.FEMALE);
    assertThat(identity.phoneNumber()).contains("+84912345678");
    assertThat(identity.address()).contains("1 Lê Lợi, Huế, VN");
    assertThat(identity.assuranceLevel()).isEqualTo(AssuranceLevel.HIGH);
    assertThat(identity.accountType()).isEqualTo(AccountType.CITIZEN);
  }

  @Test
  void citizenIdentity_toStringMasksEveryPersonalField() {
    CitizenIdentity identity =
        CitizenIdentity.builder("001099012345", Tokens.ISSUER)
            .personalIdNumber(vn.motcua.core.id.PersonalIdNumber.parse(PERSONAL_ID))
            .fullName("Nguyễn Văn An")
            .birthDate(LocalDate.of(1999, 1, 15))
            .sex(Sex.MALE)
            .address("12 Phố Huế")
            .phoneNumber("0912345678")
            .email("an.nguyen@example.vn")
            .accountId("tech-id-123456")
            .authTime(Instant.EPOCH)
            .build();

    assertThat(identity.toString())
        .contains("0010******45", "N*** V*** A***", "091*****78", "a***@example.vn")
        .doesNotContain(
            PERSONAL_ID, "Nguyễn", "1999", "Phố", "0912345678", "an.nguyen", "tech-id-123456");
  }

  private VerifiedIdToken verified(Consumer<Map<String, Object>> change) {
    return verifier.verify(
        sign(RSA, claims(change.andThen(c -> c.remove("nonce")))),
        VerificationContext.withoutNonce().build());
  }
}
