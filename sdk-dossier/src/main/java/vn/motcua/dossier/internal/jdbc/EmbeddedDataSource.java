package vn.motcua.dossier.internal.jdbc;

import java.time.Duration;
import javax.sql.DataSource;

/**
 * The connections of an embedded H2 database owned by motcua, kept open between uses; see {@link
 * EmbeddedConnections}. Closing it closes the database's sessions.
 */
public interface EmbeddedDataSource extends DataSource, AutoCloseable {
  /** How long {@link #getConnection()} waits for a free connection by default. */
  Duration DEFAULT_WAIT = Duration.ofSeconds(30);

  /**
   * Opens connections to the H2 database {@code url} as user {@code sa} on demand, at most {@code
   * max} in use, a caller waiting at most {@code wait} for one.
   *
   * @throws IllegalArgumentException when {@code url} is not an H2 URL or {@code max} is below 1
   */
  static EmbeddedDataSource open(String url, int max, Duration wait) {
    return new EmbeddedConnections(url, max, wait);
  }

  /**
   * Closes the sessions not in use, and each other one as its handle is closed; {@link
   * #getConnection()} then fails.
   */
  @Override
  void close();
}
