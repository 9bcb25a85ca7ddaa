package vn.motcua.core.id;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.internal.id.IdentifierCodes;
import vn.motcua.core.internal.id.ProvinceTableReader;

/**
 * The table of province codes that may open a {@link PersonalIdNumber}: immutable, thread-safe,
 * ordered by code.
 *
 * <p>{@link #defaults()} holds the 63 codes of Circular 07/2016/TT-BCA, read from the resource
 * {@code vn/motcua/core/id/provinces.csv}. Province mergers (2025) do not change the numbers
 * already issued, so those codes stay valid; a deployment that needs other codes builds its own
 * table with {@link #from(Reader)} or extends the defaults with {@link #toBuilder()}, and passes it
 * to {@link PersonalIdNumber#parse(CharSequence, ProvinceCodes)}.
 */
public final class ProvinceCodes {
  private final Map<String, Province> byCode;
  private final List<Province> all;

  private ProvinceCodes(Map<String, Province> byCode) {
    this.byCode = byCode;
    this.all = List.copyOf(byCode.values());
  }

  /** Returns the 63 pre-2025 province codes shipped with motcua. */
  public static ProvinceCodes defaults() {
    return Defaults.TABLE;
  }

  /**
   * Reads a table in the layout of the shipped resource: {@code #} comments, the header {@code
   * code,name_vi,name_en}, then one {@code code,Vietnamese name,English name} per line. The caller
   * chooses the encoding (UTF-8 recommended) and closes the reader.
   *
   * @throws MotcuaException with code {@code identifier.province_table.invalid} when the layout is
   *     wrong, a code repeats or the table is empty; {@code identifier.province_table.unreadable}
   *     when reading fails
   */
  public static ProvinceCodes from(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return builder().putAll(ProvinceTableReader.read(reader)).build();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder(new TreeMap<>());
  }

  /** Returns a builder that starts from this table, to add, rename or remove provinces. */
  public Builder toBuilder() {
    return new Builder(new TreeMap<>(byCode));
  }

  /** Returns whether {@code code} (three digits) is in this table. */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** Returns the province with this code, if the table holds it. */
  public Optional<Province> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Returns every province, ordered by code. */
  public List<Province> all() {
    return all;
  }

  /** Returns the number of provinces. */
  public int size() {
    return byCode.size();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProvinceCodes other && byCode.equals(other.byCode);
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  @Override
  public String toString() {
    return "ProvinceCodes[" + byCode.size() + " provinces]";
  }

  /** Collects provinces for a table; not thread-safe. */
  public static final class Builder {
    private final TreeMap<String, Province> byCode;

    private Builder(TreeMap<String, Province> byCode) {
      this.byCode = byCode;
    }

    /** Adds a province, replacing any province with the same code. */
    public Builder put(Province province) {
      Objects.requireNonNull(province, "province");
      byCode.put(province.code(), province);
      return this;
    }

    /**
     * Adds a province from its parts, replacing any province with the same code.
     *
     * @throws IllegalArgumentException if the code is not three digits or a name is blank
     */
    public Builder put(String code, String vietnameseName, String englishName) {
      return put(new Province(code, vietnameseName, englishName));
    }

    /** Adds every province of the collection, later ones replacing earlier ones with its code. */
    public Builder putAll(Collection<Province> provinces) {
      provinces.forEach(this::put);
      return this;
    }

    /** Removes the province with this code, if present. */
    public Builder remove(String code) {
      byCode.remove(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Returns the table.
     *
     * @throws IllegalStateException if no province was added, since such a table rejects every
     *     personal ID number
     */
    public ProvinceCodes build() {
      if (byCode.isEmpty()) {
        throw new IllegalStateException("a province table needs at least one province");
      }
      return new ProvinceCodes(Collections.unmodifiableMap(new TreeMap<>(byCode)));
    }
  }

  /** Loads the shipped table on first use only. */
  private static final class Defaults {
    static final ProvinceCodes TABLE = load();

    private static ProvinceCodes load() {
      try (InputStream in = ProvinceCodes.class.getResourceAsStream("provinces.csv")) {
        if (in == null) {
          throw new MotcuaException(
              IdentifierCodes.PROVINCE_TABLE_UNREADABLE,
              "The province table resource vn/motcua/core/id/provinces.csv is missing from the"
                  + " classpath; check that the motcua-core jar is complete");
        }
        return from(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new MotcuaException(
            IdentifierCodes.PROVINCE_TABLE_UNREADABLE,
            "Cannot read the province table resource vn/motcua/core/id/provinces.csv",
            e);
      }
    }
  }
}
