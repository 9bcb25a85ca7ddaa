package vn.motcua.dossier.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;

/** The JDBC issuer on an embedded H2 file database under target/, which always runs. */
class JdbcDossierCodeIssuerH2Test extends JdbcIssuerContract {
  private final String url =
      "jdbc:h2:file:"
          + Path.of("target", "h2", "dossier-codes-" + UUID.randomUUID()).toAbsolutePath();

  @Override
  TestPool pool(int size) throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    return new TestPool(h2::getConnection, size);
  }

  @Override
  JdbcDossierCodeIssuer.Builder builder(TestPool pool) {
    return JdbcDossierCodeIssuer.builder(pool);
  }

  @Test
  void create_usesTheDefaultTableAndRecordsItsSchemaVersion() throws Exception {
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer issuer = JdbcDossierCodeIssuer.create(pool);
      assertThat(issuer.table()).isEqualTo("motcua_dossier_code_counter");
      assertThat(schemaVersion(pool, issuer)).isEqualTo(1);
      assertThat(issuer).hasToString("JdbcDossierCodeIssuer[motcua_dossier_code_counter]");
    }
  }

  @Test
  void builder_acceptsASchemaAndTableName() throws Exception {
    try (TestPool pool = pool(1)) {
      try (Connection c = pool.getConnection();
          Statement ddl = c.createStatement()) {
        ddl.execute("CREATE SCHEMA IF NOT EXISTS motcua");
      }
      JdbcDossierCodeIssuer issuer =
          JdbcDossierCodeIssuer.builder(pool).schema("motcua").tableName("codes").build();
      assertThat(issuer.table()).isEqualTo("motcua.codes");
      assertThat(issuer.next(UNIT, DAY).sequence()).isEqualTo(1);
    }
  }

  @Test
  void builder_rejectsNamesThatAreNotPlainIdentifiers() {
    assertThatThrownBy(
            () -> JdbcDossierCodeIssuer.builder(pool(1)).tableName("codes; DROP TABLE x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case SQL identifier");
    assertThatThrownBy(() -> JdbcDossierCodeIssuer.builder(pool(1)).schema("Motcua").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void next_forADateNoCodeCanHold_usesUpNoNumber() throws Exception {
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer issuer = builder(pool).build();
      LocalDate day = LocalDate.of(1999, 12, 31);
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, () -> issuer.next(UNIT, day));
      assertThat(e.code()).isEqualTo("identifier.invalid");
      assertThat(e.report().codes()).containsExactly("identifier.dossier_code.date");
      assertThat(issuer.lastIssued(UNIT, day)).isZero();
    }
  }

  @Test
  void next_forAnInstant_takesTheDateInVietnam() throws Exception {
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer issuer = builder(pool).build();
      // 18:30 UTC on 4 March is 01:30 on 5 March in Hanoi.
      assertThat(issuer.next(UNIT, Instant.parse("2024-03-04T18:30:00Z")).value())
          .isEqualTo("000.00.53.H48-240305-0001");
    }
  }

  @Test
  void build_failsRetryablyWhenTheDatabaseIsUnreachable() {
    DataSource refusing =
        dataSource(
            () -> {
              throw new SQLTransientConnectionException("refused", "08001");
            });
    MotcuaException e =
        catchThrowableOfType(MotcuaException.class, () -> JdbcDossierCodeIssuer.create(refusing));
    assertThat(e.code()).isEqualTo("dossier.code.store_failed");
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getMessage()).contains("SQLState 08001");
    assertThat(e.getCause()).isInstanceOf(SQLTransientConnectionException.class);
  }

  @Test
  void next_failsWithAStoreErrorWhenTheTableIsGone() throws Exception {
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer issuer = builder(pool).tableName("doomed").build();
      try (Connection c = pool.getConnection()) {
        c.createStatement().execute("DROP TABLE doomed");
      }
      MotcuaException e = catchThrowableOfType(MotcuaException.class, () -> issuer.next(UNIT, DAY));
      assertThat(e.code()).isEqualTo("dossier.code.store_failed");
      assertThat(e.isRetryable()).isFalse();
      assertThat(e.getMessage()).contains("doomed");
    }
  }

  @Test
  void build_refusesOtherDatabases() throws Exception {
    DatabaseMetaData oracle =
        (DatabaseMetaData)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class},
                (p, m, a) -> m.getName().equals("getDatabaseProductName") ? "Oracle" : null);
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (p, m, a) -> m.getName().equals("getMetaData") ? oracle : null);
    MotcuaException e =
        catchThrowableOfType(
            MotcuaException.class,
            () -> JdbcDossierCodeIssuer.create(dataSource(() -> connection)));
    assertThat(e.code()).isEqualTo("dossier.code.unsupported_database");
    assertThat(e.getMessage()).contains("Oracle", "PostgreSQL or H2");
  }

  /** Returns a data source that opens each connection with {@code opener}. */
  private static DataSource dataSource(TestPool.Opener opener) {
    return (DataSource)
        Proxy.newProxyInstance(
            JdbcDossierCodeIssuerH2Test.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, a) -> {
              if (m.getName().equals("getConnection")) {
                return opener.open();
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }
}
