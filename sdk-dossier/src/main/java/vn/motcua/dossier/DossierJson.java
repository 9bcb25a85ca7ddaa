package vn.motcua.dossier;

import java.io.InputStream;
import java.util.Objects;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.json.JsonLimits;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.json.UnknownProperties;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.internal.model.UnknownFields;

/**
 * Reads and writes the canonical dossier JSON: the {@link Dossier} model's properties, with a
 * {@code schemaVersion} (see {@link Dossier#SCHEMA_VERSION}), through motcua's hardened mapper. The
 * JSON Schema of this format is published as {@code docs/schema/dossier.schema.json}.
 *
 * <p>Reading refuses duplicate keys, trailing content, coercions (a number for a string, a string
 * for a number), over-deep or over-long input, invalid identifiers and dates, and a missing or
 * unsupported {@code schemaVersion}; each failure is an {@link InvalidInputException} whose report
 * gives the JSON path and a stable code, never the offending value. Reading only checks the shape:
 * use {@link DossierValidator} for the rules.
 *
 * <p>Unknown properties: a {@linkplain #strict() strict} reader reports every one of them, each at
 * its path, with code {@code json.unknown_property}; a {@linkplain #lenient() lenient} reader keeps
 * them on the object they appeared in ({@code extensions()}) and writes them back, so a dossier
 * from a newer peer survives a round trip through an older one.
 *
 * <p>Writing is deterministic: declared properties in a fixed order, then extensions sorted by
 * name, {@code null}s left out, no indentation; equal dossiers give equal bytes. Instances are
 * immutable and thread-safe.
 */
public final class DossierJson {
  private static final DossierJson STRICT =
      new DossierJson(MotcuaJson.strict(), UnknownProperties.REJECT);
  private static final DossierJson LENIENT =
      new DossierJson(MotcuaJson.strict(), UnknownProperties.IGNORE);

  private final MotcuaJson json;
  private final UnknownProperties unknownProperties;

  private DossierJson(MotcuaJson json, UnknownProperties unknownProperties) {
    this.json = json;
    this.unknownProperties = unknownProperties;
  }

  /** Returns the shared reader that rejects unknown properties, with default limits. */
  public static DossierJson strict() {
    return STRICT;
  }

  /** Returns the shared reader that keeps unknown properties, with default limits. */
  public static DossierJson lenient() {
    return LENIENT;
  }

  /**
   * Returns a reader with the given limits on input. {@link UnknownProperties#REJECT} is strict;
   * {@link UnknownProperties#IGNORE} is lenient and keeps what it does not know.
   */
  public static DossierJson of(JsonLimits limits, UnknownProperties unknownProperties) {
    Objects.requireNonNull(unknownProperties, "unknownProperties");
    // Every model type collects unknown properties itself, so the mapper may stay strict: it
    // still refuses unknown properties in anything that does not keep them.
    return new DossierJson(
        MotcuaJson.builder().limits(Objects.requireNonNull(limits, "limits")).build(),
        unknownProperties);
  }

  /** Returns whether this reader keeps unknown properties ({@code IGNORE}) or rejects them. */
  public UnknownProperties unknownProperties() {
    return unknownProperties;
  }

  /**
   * Reads a UTF-8 document.
   *
   * @throws InvalidInputException when the input is not a dossier in the canonical format
   */
  public Dossier read(byte[] json) {
    return checked(this.json.read(json, Dossier.class));
  }

  /** Reads a document held as text; see {@link #read(byte[])}. */
  public Dossier read(String json) {
    return checked(this.json.read(json, Dossier.class));
  }

  /**
   * Reads a document from a stream, to its end; the stream is not closed.
   *
   * @throws InvalidInputException when the input is not a dossier in the canonical format
   * @throws MotcuaException with code {@code json.read_failed} when the stream fails
   */
  public Dossier read(InputStream json) {
    return checked(this.json.read(json, Dossier.class));
  }

  /** Writes a dossier as compact canonical JSON text. */
  public String write(Dossier dossier) {
    return json.write(Objects.requireNonNull(dossier, "dossier"));
  }

  /** Writes a dossier as compact canonical UTF-8 JSON. */
  public byte[] writeBytes(Dossier dossier) {
    return json.writeBytes(Objects.requireNonNull(dossier, "dossier"));
  }

  private Dossier checked(Dossier dossier) {
    if (unknownProperties == UnknownProperties.REJECT) {
      ValidationReport unknown = UnknownFields.report(dossier);
      if (!unknown.isValid()) {
        throw new InvalidInputException(
            UnknownFields.CODE, "Invalid JSON input: " + unknown.summary(), unknown, null);
      }
    }
    return dossier;
  }

  @Override
  public String toString() {
    return "DossierJson[unknownProperties=" + unknownProperties + "]";
  }
}
