package vn.motcua.dossier.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.dossier.internal.catalogue.CatalogueFile;
import vn.motcua.dossier.internal.catalogue.LayThuTucReader;

/**
 * A set of procedure definitions, looked up by national procedure code. Immutable and thread-safe;
 * {@link #with(ProcedureDefinition)} returns a changed copy.
 *
 * <p>Procedures change (the 2025 reorganisation of local government alone changed hundreds), so the
 * catalogue is data: load it from your own JSON file ({@link #read(byte[])}, in the format of the
 * bundled sample, described in {@code docs/dossier.md}), or from the national portal's {@code
 * LayThuTuc} answers ({@link #readPortalProcedure(ProcedureCode, byte[])}). {@link #sample()} is a
 * small bundled catalogue of common procedures for examples and tests: <b>sample data</b>, not
 * verified against the national procedure database; never use it to decide a real dossier.
 */
public final class ProcedureCatalogue {
  private static final String SAMPLE_RESOURCE = "sample-procedures.json";

  private final Map<ProcedureCode, ProcedureDefinition> byCode;
  private final boolean sample;

  private ProcedureCatalogue(Map<ProcedureCode, ProcedureDefinition> byCode, boolean sample) {
    this.byCode = byCode;
    this.sample = sample;
  }

  /** Returns a catalogue with no procedures. */
  public static ProcedureCatalogue empty() {
    return new ProcedureCatalogue(Map.of(), false);
  }

  /**
   * Returns a catalogue of the given definitions.
   *
   * @throws IllegalArgumentException when two definitions have the same national code
   */
  public static ProcedureCatalogue of(Collection<ProcedureDefinition> procedures) {
    return new ProcedureCatalogue(index(procedures), false);
  }

  /**
   * Returns the bundled sample catalogue: birth registration, permanent residence registration,
   * household business registration, construction permit, certified copy from the original.
   * <b>Sample data</b>: codes, fees and times are plausible but must be checked against the
   * national procedure database before any real use.
   */
  public static ProcedureCatalogue sample() {
    return SampleHolder.SAMPLE;
  }

  /**
   * Reads a catalogue file ({@code {"schemaVersion":"1.0","sample":false,"procedures":[…]}}).
   * Unknown properties are refused, so a misspelt name is reported rather than ignored.
   *
   * @throws InvalidInputException listing the problems, each with its JSON path
   */
  public static ProcedureCatalogue read(byte[] json) {
    CatalogueFile file = CatalogueFile.read(Objects.requireNonNull(json, "json"));
    return new ProcedureCatalogue(index(file.procedures()), Boolean.TRUE.equals(file.sample()));
  }

  /**
   * Reads a catalogue file from a stream, to its end; the stream is not closed.
   *
   * @throws InvalidInputException listing the problems, each with its JSON path
   * @throws MotcuaException with code {@code dossier.catalogue.read_failed} when the stream fails
   */
  public static ProcedureCatalogue read(InputStream json) {
    try {
      return read(json.readAllBytes());
    } catch (IOException e) {
      throw new MotcuaException(
          "dossier.catalogue.read_failed",
          "Could not read the procedure catalogue because the stream failed; check the source",
          e);
    }
  }

  /**
   * Reads one procedure from the national portal's procedure detail ({@code LayThuTuc}) answer,
   * {@code {"error_code":0,"result":[{"TENTTHC":…,"LINHVUCTHUCHIEN":[…],
   * "CACHTHUCTHUCHIEN":[…],"THANHPHANHOSO":[…]}]}}.
   *
   * <p>The answer says nothing of applicant kinds, online mode, accepted media types, size limits
   * or assurance level: those stay unset (anything allowed) unless you add them. A component is
   * taken as required unless {@code BATBUOC} says otherwise or its name begins with "Trường hợp" (a
   * conditional paper). A fee item's kind comes from its description ("Lệ phí…", "Phí…"), its
   * amount only when fixed (a unit such as "đồng/trang" means it varies).
   *
   * @param code the procedure code the answer was requested for
   * @throws InvalidInputException with code {@code dossier.catalogue.invalid} listing every
   *     unusable value by JSON path, or a JSON failure code for malformed JSON
   */
  public static ProcedureDefinition readPortalProcedure(ProcedureCode code, byte[] response) {
    return LayThuTucReader.read(
        Objects.requireNonNull(code, "code"), Objects.requireNonNull(response, "response"));
  }

  /** Returns the procedure with {@code code}'s national code, if the catalogue has it. */
  public Optional<ProcedureDefinition> find(ProcedureCode code) {
    return Optional.ofNullable(byCode.get(code.national()));
  }

  /** Returns every procedure, in the order they were given. */
  public List<ProcedureDefinition> procedures() {
    return List.copyOf(byCode.values());
  }

  /** Returns whether this catalogue is sample data, as its file declared. */
  public boolean isSample() {
    return sample;
  }

  /** Returns a copy holding {@code procedure}, replacing any with the same national code. */
  public ProcedureCatalogue with(ProcedureDefinition procedure) {
    LinkedHashMap<ProcedureCode, ProcedureDefinition> copy = new LinkedHashMap<>(byCode);
    copy.put(procedure.code().national(), procedure);
    return new ProcedureCatalogue(java.util.Collections.unmodifiableMap(copy), sample);
  }

  private static Map<ProcedureCode, ProcedureDefinition> index(
      Collection<ProcedureDefinition> procedures) {
    LinkedHashMap<ProcedureCode, ProcedureDefinition> byCode = new LinkedHashMap<>();
    for (ProcedureDefinition p : procedures) {
      if (byCode.put(p.code().national(), p) != null) {
        throw new IllegalArgumentException("two procedures have the code " + p.code().national());
      }
    }
    return java.util.Collections.unmodifiableMap(byCode);
  }

  @Override
  public String toString() {
    return "ProcedureCatalogue[" + byCode.size() + " procedures" + (sample ? ", sample" : "") + "]";
  }

  private static final class SampleHolder {
    static final ProcedureCatalogue SAMPLE = load();

    private static ProcedureCatalogue load() {
      try (InputStream in = ProcedureCatalogue.class.getResourceAsStream(SAMPLE_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the sample catalogue is missing from the jar");
        }
        return read(in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException("the sample catalogue in the jar is unreadable", e);
      }
    }
  }
}
