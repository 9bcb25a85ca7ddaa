package vn.motcua.dossier.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC issuer on PostgreSQL at 127.0.0.1:5432, database {@code test}, user {@code postgres}.
 * Each run works in a schema of its own, dropped at the end. Skipped, with a message saying so,
 * where no such server answers.
 */
class JdbcDossierCodeIssuerPostgresIntegrationTest extends JdbcIssuerContract {
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String SCHEMA =
      "motcua_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  private static boolean reachable;

  @BeforeAll
  static void createSchema() {
    try (Connection c = connect();
        Statement ddl = c.createStatement()) {
      ddl.execute("CREATE SCHEMA " + SCHEMA);
      reachable = true;
    } catch (SQLException e) {
      reachable = false;
    }
  }

  /** Skips each test, so that the report counts and names them, when no server answered. */
  @BeforeEach
  void requirePostgres() {
    Assumptions.assumeTrue(
        reachable,
        "PostgreSQL not reachable at 127.0.0.1:5432 (database test, user postgres): skipping the"
            + " PostgreSQL dossier code tests");
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection c = connect();
        Statement ddl = c.createStatement()) {
      ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    } catch (SQLException e) {
      // Not reachable: nothing was created, nothing to drop.
    }
  }

  private static Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    properties.setProperty("connectTimeout", "3");
    properties.setProperty("loginTimeout", "3");
    return DriverManager.getConnection(URL, properties);
  }

  @Override
  TestPool pool(int size) throws SQLException {
    return new TestPool(JdbcDossierCodeIssuerPostgresIntegrationTest::connect, size);
  }

  @Override
  JdbcDossierCodeIssuer.Builder builder(TestPool pool) {
    return JdbcDossierCodeIssuer.builder(pool).schema(SCHEMA);
  }

  @Test
  void build_createsTheTablesInTheSchema() throws Exception {
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer issuer = builder(pool).build();
      assertThat(issuer.table()).isEqualTo(SCHEMA + ".motcua_dossier_code_counter");
      assertThat(schemaVersion(pool, issuer)).isEqualTo(1);
      assertThat(SCHEMA).isEqualTo(SCHEMA.toLowerCase(Locale.ROOT));
    }
  }
}
