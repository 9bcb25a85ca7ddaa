package vn.motcua.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A dossier-shaped record tree, the target type of the JSON benchmarks: nested objects, arrays,
 * Vietnamese text, dates, numbers and booleans, about 4 KB as JSON. Sample data only.
 */
public record DossierLike(
    String schemaVersion,
    String code,
    Procedure procedure,
    Agency agency,
    Applicant applicant,
    String channel,
    OffsetDateTime receivedAt,
    OffsetDateTime dueAt,
    int status,
    String summary,
    List<Document> documents,
    List<Fee> fees,
    List<Step> steps) {

  /** The procedure reference. */
  public record Procedure(String code, String name, Sector sector) {}

  /** The procedure's sector. */
  public record Sector(String code, String name) {}

  /** The receiving agency. */
  public record Agency(String code, String name) {}

  /** The applicant; every value in the sample is synthetic. */
  public record Applicant(
      String kind,
      String personalId,
      String fullName,
      LocalDate birthDate,
      String sex,
      String address,
      String phone,
      String email) {}

  /** A submitted document. */
  public record Document(
      String componentCode,
      String name,
      String mediaType,
      long size,
      String sha256,
      String url,
      boolean certifiedCopy,
      boolean signed) {}

  /** A fee item, amount in VND. */
  public record Fee(String kind, String code, String name, long amount) {}

  /** A processing step. */
  public record Step(int status, OffsetDateTime at, String actor, String unit, String note) {}
}
