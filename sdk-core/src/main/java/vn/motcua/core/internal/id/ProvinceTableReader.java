package vn.motcua.core.internal.id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.Province;

/**
 * Reads a province table in CSV: optional {@code #} comment lines and blank lines, then the header
 * {@code code,name_vi,name_en}, then one province per line. Names cannot contain commas; a UTF-8
 * byte order mark, as spreadsheet exports write it, is ignored.
 */
public final class ProvinceTableReader {
  /** The header line every table starts with, so a wrong file is recognised at once. */
  public static final String HEADER = "code,name_vi,name_en";

  private ProvinceTableReader() {}

  /**
   * Reads every province from {@code reader}; does not close it.
   *
   * @throws MotcuaException with code {@code identifier.province_table.invalid} for a missing
   *     header, a malformed line, a duplicate code or an empty table; with {@code
   *     identifier.province_table.unreadable} when reading fails
   */
  public static List<Province> read(Reader reader) {
    BufferedReader lines =
        reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
    List<Province> provinces = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    boolean headerSeen = false;
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = (number == 1 ? stripByteOrderMark(line) : line).strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!text.equals(HEADER)) {
            throw invalid(number, "expected the header '" + HEADER + "'");
          }
          headerSeen = true;
          continue;
        }
        Province province = province(text, number);
        if (!codes.add(province.code())) {
          throw invalid(number, "province code " + province.code() + " appears twice");
        }
        provinces.add(province);
      }
    } catch (IOException e) {
      throw new MotcuaException(
          IdentifierCodes.PROVINCE_TABLE_UNREADABLE,
          "Cannot read the province table; check the file and its permissions",
          e);
    }
    if (provinces.isEmpty()) {
      throw invalid(number, "the table holds no province");
    }
    return provinces;
  }

  private static Province province(String text, int number) {
    String[] fields = text.split(",", -1);
    if (fields.length != 3) {
      throw invalid(number, "expected 3 fields: code, Vietnamese name, English name");
    }
    try {
      return new Province(fields[0].strip(), fields[1], fields[2]);
    } catch (IllegalArgumentException e) {
      throw invalid(number, e.getMessage());
    }
  }

  private static String stripByteOrderMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static MotcuaException invalid(int line, String problem) {
    return new MotcuaException(
        IdentifierCodes.PROVINCE_TABLE_INVALID,
        "Province table, line " + line + ": " + problem + " (layout: " + HEADER + ")");
  }
}
