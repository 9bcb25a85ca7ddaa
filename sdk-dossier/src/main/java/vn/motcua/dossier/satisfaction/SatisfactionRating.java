package vn.motcua.dossier.satisfaction;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.internal.lifecycle.LifecycleErrors;

/**
 * An applicant's rating of how a dossier was handled (đánh giá mức độ hài lòng), with an optional
 * comment. Immutable; {@link #toString()} leaves out the comment, which is free text.
 *
 * @param dossierCode the dossier rated
 * @param level the rating
 * @param comment what the applicant wrote, at most {@value #MAX_COMMENT_LENGTH} characters, or
 *     {@code null}
 * @param ratedAt when the rating was given
 */
public record SatisfactionRating(
    DossierCode dossierCode,
    SatisfactionLevel level,
    @Nullable String comment,
    OffsetDateTime ratedAt) {
  /** The longest comment accepted. */
  public static final int MAX_COMMENT_LENGTH = 1000;

  /**
   * Checks the components.
   *
   * @throws vn.motcua.core.InvalidInputException with code {@code dossier.satisfaction.invalid} and
   *     the violation {@code dossier.satisfaction.comment_too_long} at {@code /comment} when the
   *     comment is too long
   */
  public SatisfactionRating {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(ratedAt, "ratedAt");
    if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT_LENGTH) {
      throw LifecycleErrors.invalid(
          LifecycleErrors.SATISFACTION_INVALID,
          "/comment",
          LifecycleErrors.SATISFACTION_COMMENT_TOO_LONG,
          Map.of("max", MAX_COMMENT_LENGTH));
    }
  }

  /** Returns the comment as an optional. */
  public Optional<String> commentText() {
    return Optional.ofNullable(comment);
  }

  /** Returns a summary for logs; the comment is left out. */
  @Override
  public String toString() {
    return "SatisfactionRating[" + dossierCode + ", " + level + ", ratedAt=" + ratedAt + "]";
  }
}
