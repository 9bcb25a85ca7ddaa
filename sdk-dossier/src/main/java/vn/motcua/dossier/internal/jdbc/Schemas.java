package vn.motcua.dossier.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;

/**
 * The schema-version mechanism shared by every table motcua manages.
 *
 * <p>Each managed table has a row in {@code motcua_schema_version} (same schema), keyed by the
 * table's name, holding the number of the last migration applied to it. On start-up the store
 * creates that table if absent, locks its row, applies every migration after the recorded one, in
 * order, and records the new number, all in one transaction where the database allows DDL in
 * transactions (PostgreSQL) and with idempotent statements ({@code IF NOT EXISTS}) where it does
 * not (H2). A database whose recorded version is newer than the code knows is refused, never
 * downgraded.
 */
public final class Schemas {
  /** The table that records schema versions. */
  public static final String VERSION_TABLE = "motcua_schema_version";

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final int MAX_ATTEMPTS = 20;

  private Schemas() {}

  /** The databases with their own statements. */
  public enum Dialect {
    /** PostgreSQL. */
    POSTGRESQL,
    /** H2 2.x. */
    H2
  }

  /** Turns a database failure while doing {@code what} into the caller's error. */
  @FunctionalInterface
  public interface Failures {
    /** Returns the error to throw. */
    MotcuaException failed(String what, SQLException e);
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  interface Work<T> {
    /** Does the work on the transaction's connection. */
    T run() throws SQLException;
  }

  /**
   * Returns the dialect of {@code dataSource}'s database.
   *
   * @param unsupportedCode the error code when it is neither PostgreSQL nor H2
   * @param what what is kept there, for the message ("Dossier codes", "Outbox entries")
   */
  public static Dialect detect(
      DataSource dataSource, String unsupportedCode, String what, Failures failures) {
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw failures.failed("connect to the database", e);
    }
    String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return Dialect.POSTGRESQL;
    }
    if (name.equals("h2")) {
      return Dialect.H2;
    }
    throw new MotcuaException(
        unsupportedCode,
        what + " can be kept in PostgreSQL or H2, not in " + product + "; use one of those");
  }

  /**
   * Brings the managed table {@code tableKey} up to date by applying {@code steps} (version n is
   * the n-th entry) after the recorded version, retrying a start-up race with another instance.
   *
   * @param prefix the schema and dot, or empty
   * @param tooNewCode the error code when the recorded version is newer than {@code steps}
   */
  public static void migrate(
      DataSource dataSource,
      String prefix,
      String tableKey,
      List<String> steps,
      String tooNewCode,
      Failures failures) {
    String versionTable = prefix + VERSION_TABLE;
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        inTransaction(
            c,
            () -> {
              try (Statement ddl = c.createStatement()) {
                ddl.execute(
                    "CREATE TABLE IF NOT EXISTS "
                        + versionTable
                        + " (name VARCHAR(128) PRIMARY KEY, version INTEGER NOT NULL)");
              }
              int version = lockVersion(c, versionTable, tableKey);
              if (version > steps.size()) {
                throw new MotcuaException(
                    tooNewCode,
                    "Table "
                        + prefix
                        + tableKey
                        + " has schema version "
                        + version
                        + " but this version of motcua knows only up to "
                        + steps.size()
                        + "; upgrade motcua");
              }
              for (int v = version + 1; v <= steps.size(); v++) {
                try (Statement ddl = c.createStatement()) {
                  ddl.execute(steps.get(v - 1));
                }
              }
              if (version < steps.size()) {
                try (PreparedStatement record =
                    c.prepareStatement(
                        "UPDATE " + versionTable + " SET version = ? WHERE name = ?")) {
                  record.setInt(1, steps.size());
                  record.setString(2, tableKey);
                  record.executeUpdate();
                }
              }
              return version;
            });
        return;
      } catch (SQLException e) {
        if (attempt >= MAX_ATTEMPTS || !isRace(e)) {
          throw failures.failed("create or upgrade the table " + prefix + tableKey, e);
        }
      }
    }
  }

  /** Returns the recorded version of {@code tableKey}, inserting 0 first if absent; row-locked. */
  private static int lockVersion(Connection c, String versionTable, String tableKey)
      throws SQLException {
    for (int pass = 0; pass < 2; pass++) {
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT version FROM " + versionTable + " WHERE name = ? FOR UPDATE")) {
        select.setString(1, tableKey);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next()) {
            return rows.getInt(1);
          }
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO " + versionTable + " (name, version) VALUES (?, 0)")) {
        insert.setString(1, tableKey);
        insert.executeUpdate();
      }
    }
    throw new SQLException("schema version row not found after inserting it", "40001");
  }

  /**
   * Runs {@code work} in a transaction on {@code c}, committing on success and rolling back on any
   * failure, and restores the connection's auto-commit mode for its pool. Each store keeps its own
   * copy: public methods declare no checked exceptions.
   */
  static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    T result;
    try {
      result = work.run();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
        c.setAutoCommit(autoCommit);
      } catch (SQLException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // The work is committed and its result must be returned, not retried; a connection that
      // cannot switch modes any more is for its pool to discard.
    }
    return result;
  }

  /**
   * Returns whether {@code e} comes from a concurrent transaction rather than a real failure: a
   * duplicate key on an insert another caller won, a serialization failure or deadlock, or H2's
   * concurrent-update and lock-timeout errors. Retrying after one of these makes progress.
   */
  public static boolean isRace(SQLException e) {
    String state = Objects.requireNonNullElse(e.getSQLState(), "");
    int h2Code = e.getErrorCode();
    return state.equals("23505") // unique violation
        || state.equals("40001") // serialization failure
        || state.equals("40P01") // deadlock (PostgreSQL)
        || h2Code == 90131 // H2: concurrent update in another transaction
        || h2Code == 50200; // H2: lock timeout
  }

  /** Returns whether the database says {@code e} is transient: worth retrying later. */
  public static boolean isTransient(SQLException e) {
    return e instanceof java.sql.SQLTransientException
        || e instanceof java.sql.SQLRecoverableException
        || isRace(e)
        || Objects.requireNonNullElse(e.getSQLState(), "").startsWith("08");
  }

  /**
   * Returns {@code name} when it is a lower-case SQL identifier.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireIdentifier(@Nullable String name, String what) {
    Objects.requireNonNull(name, what);
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "the "
              + what
              + " must be a lower-case SQL identifier of letters, digits and _ (at most 63)");
    }
    return name;
  }
}
