package vn.motcua.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases of the outbox benchmarks: an H2 file in a temporary directory, and PostgreSQL at
 * 127.0.0.1:5432 (trust authentication, database {@code test}, user {@code postgres} or {@code
 * root}) behind a HikariCP pool, in a schema of its own dropped at the end.
 */
final class BenchDatabases {
  /** The message of a benchmark that needs PostgreSQL where none answers. */
  static final String POSTGRES_ABSENT =
      "PostgreSQL not reachable at 127.0.0.1:5432 (database test, trust authentication, user"
          + " postgres or root): this PostgreSQL benchmark is skipped. Leave it out with"
          + " -p database=h2, or exclude it by name.";

  private BenchDatabases() {}

  /** Returns a new temporary directory for an H2 file database. */
  static Path tempDirectory() {
    try {
      return Files.createTempDirectory("motcua-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a temporary directory and its files; best effort. */
  static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }

  /** Returns the JDBC URL the embedded outbox uses for {@code database} (same settings). */
  static String h2Url(Path database) {
    return "jdbc:h2:file:"
        + database.toAbsolutePath()
        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
  }

  /** A PostgreSQL pool on a schema of its own. */
  record Postgres(HikariDataSource pool, String schema, PGSimpleDataSource direct)
      implements AutoCloseable {
    /**
     * Returns another pool on the same schema whose connections run {@code initSql} first (such as
     * {@code SET synchronous_commit = off}); the caller closes it.
     */
    HikariDataSource anotherPool(int poolSize, String initSql) {
      HikariConfig config = new HikariConfig();
      config.setDataSource(direct);
      config.setSchema(schema);
      config.setMaximumPoolSize(poolSize);
      config.setMinimumIdle(poolSize);
      config.setConnectionInitSql(initSql);
      config.setPoolName("motcua-bench-2");
      return new HikariDataSource(config);
    }

    /** Drops the schema and closes the pool. */
    @Override
    public void close() {
      try (Connection c = pool.getConnection();
          Statement ddl = c.createStatement()) {
        ddl.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (SQLException e) {
        // The schema name is unique to this run; a leftover is harmless.
      } finally {
        pool.close();
      }
    }
  }

  /**
   * Connects to PostgreSQL, creates a schema of its own and returns a pool of {@code poolSize}
   * connections whose search path is that schema.
   *
   * @throws IllegalStateException with {@link #POSTGRES_ABSENT} when no server answers
   */
  static Postgres postgres(int poolSize) {
    String schema =
        "motcua_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    for (String user : List.of("postgres", "root")) {
      PGSimpleDataSource direct = new PGSimpleDataSource();
      direct.setServerNames(new String[] {"127.0.0.1"});
      direct.setPortNumbers(new int[] {5432});
      direct.setDatabaseName("test");
      direct.setUser(user);
      direct.setConnectTimeout(3);
      direct.setLoginTimeout(3);
      try (Connection c = direct.getConnection();
          Statement ddl = c.createStatement()) {
        ddl.execute("CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        continue;
      }
      HikariConfig config = new HikariConfig();
      config.setDataSource(direct);
      config.setSchema(schema);
      config.setMaximumPoolSize(poolSize);
      config.setMinimumIdle(poolSize);
      config.setPoolName("motcua-bench");
      return new Postgres(new HikariDataSource(config), schema, direct);
    }
    throw new IllegalStateException(POSTGRES_ABSENT);
  }
}
