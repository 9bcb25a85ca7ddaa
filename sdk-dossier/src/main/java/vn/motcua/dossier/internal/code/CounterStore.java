package vn.motcua.dossier.internal.code;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.dossier.code.DossierCodeExhaustedException;
import vn.motcua.dossier.internal.jdbc.Schemas;
import vn.motcua.dossier.internal.jdbc.Schemas.Dialect;

/**
 * The counter table in a database, and its schema.
 *
 * <p><b>Schema versions.</b> Each table motcua manages has a row in {@code motcua_schema_version}
 * (same schema), keyed by the table's name, holding the number of the last migration applied to it.
 * On start-up the issuer creates that table if absent, locks its row, applies every migration after
 * the recorded one, in order, and records the new number, all in one transaction where the database
 * allows DDL in transactions (PostgreSQL) and with idempotent statements ({@code IF NOT EXISTS})
 * where it does not (H2). A database whose recorded version is newer than this code knows is
 * refused, never downgraded. Later motcua tables (the submission outbox) add their own rows.
 *
 * <p><b>Atomic increment.</b> PostgreSQL: one {@code INSERT ... ON CONFLICT DO UPDATE ...
 * RETURNING} statement, which the database makes atomic for concurrent callers. H2: in one
 * transaction, {@code SELECT ... FOR UPDATE} locks the row, then an {@code UPDATE} increments it,
 * or an {@code INSERT} of 1 creates it; a duplicate-key race on that insert is retried. Either way
 * the increment is committed before the number is returned, so a restart never issues it again.
 */
public final class CounterStore {
  /** The default name of the counter table. */
  public static final String DEFAULT_TABLE = "motcua_dossier_code_counter";

  /** The table that records schema versions. */
  public static final String VERSION_TABLE = Schemas.VERSION_TABLE;

  static final String STORE_FAILED = "dossier.code.store_failed";
  static final String UNSUPPORTED_DATABASE = "dossier.code.unsupported_database";
  static final String SCHEMA_TOO_NEW = "dossier.code.schema_too_new";

  private static final int MAX_ATTEMPTS = 20;

  private final DataSource dataSource;
  private final String table;
  private final String prefix;
  private final String tableKey;
  private final Dialect dialect;

  /** The migrations of the counter table, in order; version n is the n-th entry. */
  private static List<String> migrations(String table) {
    return List.of(
        "CREATE TABLE IF NOT EXISTS "
            + table
            + " (agency_code VARCHAR(35) NOT NULL,"
            + " receipt_date DATE NOT NULL,"
            + " last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 1 AND 9999),"
            + " PRIMARY KEY (agency_code, receipt_date))");
  }

  /**
   * Connects to the database, checks that it is supported and brings the counter table's schema up
   * to date.
   *
   * @param schema the schema to use, or null for the connection's default
   * @param tableName the counter table's name
   */
  public CounterStore(DataSource dataSource, @Nullable String schema, String tableName) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    requireIdentifier(tableName, "table name");
    String prefix = schema == null ? "" : requireIdentifier(schema, "schema") + ".";
    this.table = prefix + tableName;
    this.prefix = prefix;
    this.tableKey = tableName;
    this.dialect = detectDialect();
    migrate();
  }

  /** Returns the qualified name of the counter table. */
  public String table() {
    return table;
  }

  /** Returns the latest schema version of the counter table this code knows. */
  public static int latestVersion() {
    return migrations(DEFAULT_TABLE).size();
  }

  /** Increments and returns the counter of {@code agency} on {@code date}, committed. */
  public int next(AgencyCode agency, LocalDate date) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        return inTransaction(
            c,
            () ->
                dialect == Dialect.POSTGRESQL
                    ? nextPostgres(c, agency, date)
                    : nextH2(c, agency, date));
      } catch (SQLException e) {
        if (attempt >= MAX_ATTEMPTS || !Schemas.isRace(e)) {
          throw StoreFailures.failed("issue a dossier code from " + table, e);
        }
      }
    }
  }

  /** Returns the last number issued to {@code agency} on {@code date}, or 0. */
  public int lastIssued(AgencyCode agency, LocalDate date) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT last_sequence FROM "
                    + table
                    + " WHERE agency_code = ? AND receipt_date = ?")) {
      select.setString(1, agency.value());
      select.setObject(2, date);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw StoreFailures.failed("read the dossier code counter " + table, e);
    }
  }

  private int nextPostgres(Connection c, AgencyCode agency, LocalDate date) throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " AS counter (agency_code, receipt_date, last_sequence) VALUES (?, ?, 1)"
                + " ON CONFLICT (agency_code, receipt_date) DO UPDATE"
                + " SET last_sequence = counter.last_sequence + 1"
                + " WHERE counter.last_sequence < "
                + Codes.MAX_SEQUENCE
                + " RETURNING last_sequence")) {
      upsert.setString(1, agency.value());
      upsert.setObject(2, date);
      try (ResultSet rows = upsert.executeQuery()) {
        if (!rows.next()) {
          throw new DossierCodeExhaustedException(agency, date);
        }
        return rows.getInt(1);
      }
    }
  }

  private int nextH2(Connection c, AgencyCode agency, LocalDate date) throws SQLException {
    // Lock the row first: an UPDATE alone would miss a row another transaction is inserting.
    if (current(c, agency, date, true) == null) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO "
                  + table
                  + " (agency_code, receipt_date, last_sequence) VALUES (?, ?, 1)")) {
        insert.setString(1, agency.value());
        insert.setObject(2, date);
        insert.executeUpdate(); // a concurrent first insert fails here with 23505 and is retried
      }
      return 1;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE "
                + table
                + " SET last_sequence = last_sequence + 1"
                + " WHERE agency_code = ? AND receipt_date = ? AND last_sequence < "
                + Codes.MAX_SEQUENCE)) {
      update.setString(1, agency.value());
      update.setObject(2, date);
      if (update.executeUpdate() == 0) {
        throw new DossierCodeExhaustedException(agency, date);
      }
    }
    Integer issued = current(c, agency, date, false);
    if (issued == null) {
      throw new SQLException("counter row vanished inside its transaction", "40001");
    }
    return issued;
  }

  private @Nullable Integer current(
      Connection c, AgencyCode agency, LocalDate date, boolean forUpdate) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT last_sequence FROM "
                + table
                + " WHERE agency_code = ? AND receipt_date = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
      select.setString(1, agency.value());
      select.setObject(2, date);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getInt(1) : null;
      }
    }
  }

  private Dialect detectDialect() {
    return Schemas.detect(dataSource, UNSUPPORTED_DATABASE, "Dossier codes", StoreFailures::failed);
  }

  private void migrate() {
    Schemas.migrate(
        dataSource, prefix, tableKey, migrations(table), SCHEMA_TOO_NEW, StoreFailures::failed);
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in a transaction on {@code c}, committing on success and rolling back on any
   * failure, and restores the connection's auto-commit mode for its pool.
   */
  private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
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

  private static String requireIdentifier(String name, String what) {
    return Schemas.requireIdentifier(name, what);
  }
}
