package vn.motcua.dossier.calendar;

/**
 * The public holidays of the Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14), Article 112(1):
 * the days every employee, and every public office, has off with pay.
 */
public enum PublicHoliday {
  /** Tết Dương lịch: 1 January, one day. */
  NEW_YEAR("Tết Dương lịch", "New Year's Day"),

  /**
   * Tết Âm lịch: five days around the lunar new year; the Prime Minister fixes which five each year
   * (Article 112(3)).
   */
  LUNAR_NEW_YEAR("Tết Âm lịch", "Lunar New Year (Tết)"),

  /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month, one day. */
  HUNG_KINGS("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),

  /** Ngày Chiến thắng: 30 April, one day. */
  VICTORY_DAY("Ngày Chiến thắng", "Victory Day"),

  /** Ngày Quốc tế lao động: 1 May, one day. */
  LABOUR_DAY("Ngày Quốc tế lao động", "International Labour Day"),

  /**
   * Quốc khánh: 2 September and the day before or after it; the Prime Minister fixes which each
   * year (Article 112(3)).
   */
  NATIONAL_DAY("Quốc khánh", "National Day");

  private final String vietnameseName;
  private final String englishName;

  PublicHoliday(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /** Returns the holiday's Vietnamese name, such as {@code Giỗ Tổ Hùng Vương}. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /** Returns the holiday's English name, such as {@code Hùng Kings' Commemoration Day}. */
  public String englishName() {
    return englishName;
  }
}
