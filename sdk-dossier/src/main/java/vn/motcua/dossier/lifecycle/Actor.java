package vn.motcua.dossier.lifecycle;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.privacy.Mask;

/**
 * The official who makes a status change (người xử lý): name, title and department, recorded in the
 * processing step. A name is personal data: {@link #toString()} masks it.
 *
 * @param name the official's full name
 * @param title the official's title ({@code ChucDanh}), or {@code null}
 * @param unit the department ({@code PhongBanXuLy}), or {@code null}
 */
public record Actor(String name, @Nullable String title, @Nullable String unit) {
  /** Checks that the name is present and not blank. */
  public Actor {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An actor's name must not be blank");
    }
  }

  /** Returns an actor with a name only. */
  public static Actor of(String name) {
    return new Actor(name, null, null);
  }

  /** Returns the actor with the name masked, the title and unit as they are. */
  @Override
  public String toString() {
    return "Actor[" + Mask.name(name) + ", title=" + title + ", unit=" + unit + "]";
  }
}
