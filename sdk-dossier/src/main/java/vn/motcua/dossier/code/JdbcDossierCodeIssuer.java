package vn.motcua.dossier.code;

import java.time.LocalDate;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.internal.code.CounterStore;

/**
 * Issues dossier codes from counters in a database table (PostgreSQL or H2), so that codes stay
 * unique across threads, application instances and restarts.
 *
 * <p>The table, {@code motcua_dossier_code_counter} by default, holds one row per unit and receipt
 * date with the last number issued. It is created if absent when the issuer is built, and its
 * schema version is recorded in {@code motcua_schema_version}; see {@code docs/calendar.md}. Each
 * {@link #next} takes a connection from the data source, increments the row in its own committed
 * transaction and returns the connection: pass a plain (pooled) {@link DataSource}, not one that
 * joins the caller's transaction, so that a number once handed out stays used even if the caller
 * rolls back. Such a discarded number is the only gap in a unit's sequence.
 *
 * <p>Instances are immutable and thread-safe; build one per data source and share it.
 */
public final class JdbcDossierCodeIssuer implements DossierCodeIssuer {
  /** The default name of the counter table. */
  public static final String DEFAULT_TABLE = CounterStore.DEFAULT_TABLE;

  private final CounterStore store;

  private JdbcDossierCodeIssuer(CounterStore store) {
    this.store = store;
  }

  /**
   * Returns an issuer on {@code dataSource} with the default table in the connection's default
   * schema, creating or upgrading the table first.
   *
   * @throws MotcuaException with code {@code dossier.code.unsupported_database} when the database
   *     is neither PostgreSQL nor H2, {@code dossier.code.schema_too_new} when the table was
   *     created by a newer motcua, or {@code dossier.code.store_failed} when the database fails
   */
  public static JdbcDossierCodeIssuer create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** Returns a builder for an issuer on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  @Override
  public DossierCode next(AgencyCode agency, LocalDate receiptDate) {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(receiptDate, "receiptDate");
    DossierCode.of(agency, receiptDate, 1); // rejects a date no code can hold, before counting
    return DossierCode.of(agency, receiptDate, store.next(agency, receiptDate));
  }

  /**
   * Returns the last sequence number issued to {@code agency} for {@code receiptDate}, or 0 when
   * none was.
   *
   * @throws MotcuaException with code {@code dossier.code.store_failed} when the database fails
   */
  public int lastIssued(AgencyCode agency, LocalDate receiptDate) {
    return store.lastIssued(
        Objects.requireNonNull(agency, "agency"), Objects.requireNonNull(receiptDate, "date"));
  }

  /** Returns the qualified name of the counter table. */
  public String table() {
    return store.table();
  }

  @Override
  public String toString() {
    return "JdbcDossierCodeIssuer[" + store.table() + "]";
  }

  /** Configures a {@link JdbcDossierCodeIssuer}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private @Nullable String schema;
    private String tableName = DEFAULT_TABLE;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Sets the schema of the counter table (and of {@code motcua_schema_version}); default the
     * connection's current schema. A lower-case SQL identifier; the schema must exist.
     */
    public Builder schema(String schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * Sets the name of the counter table; default {@value JdbcDossierCodeIssuer#DEFAULT_TABLE}. A
     * lower-case SQL identifier of letters, digits and underscores.
     */
    public Builder tableName(String tableName) {
      this.tableName = Objects.requireNonNull(tableName, "tableName");
      return this;
    }

    /**
     * Builds the issuer, creating or upgrading its table.
     *
     * @throws IllegalArgumentException when the schema or table name is not a plain lower-case
     *     identifier
     * @throws MotcuaException as {@link JdbcDossierCodeIssuer#create(DataSource)}
     */
    public JdbcDossierCodeIssuer build() {
      return new JdbcDossierCodeIssuer(new CounterStore(dataSource, schema, tableName));
    }
  }
}
