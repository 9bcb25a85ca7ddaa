package vn.motcua.dossier.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;

/**
 * What every database behind {@link JdbcDossierCodeIssuer} must show; each database's test class
 * supplies the connections.
 */
abstract class JdbcIssuerContract {
  static final AgencyCode UNIT = AgencyCode.parse("000.00.53.H48");
  static final AgencyCode OTHER_UNIT = AgencyCode.parse("H37.DN.001");
  static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  static final int THREADS = 16;
  static final int CODES_PER_THREAD = 200;

  /** Returns a new pool of {@code size} connections to the test database. */
  abstract TestPool pool(int size) throws SQLException;

  /** Returns a builder on {@code pool} configured for this test run (schema, table). */
  abstract JdbcDossierCodeIssuer.Builder builder(TestPool pool);

  @Test
  void next_countsFromOnePerUnitAndDay() throws Exception {
    try (TestPool pool = pool(2)) {
      JdbcDossierCodeIssuer issuer = builder(pool).build();
      LocalDate day = LocalDate.of(2030, 1, 2);
      assertThat(issuer.lastIssued(UNIT, day)).isZero();
      assertThat(issuer.next(UNIT, day).value()).isEqualTo("000.00.53.H48-300102-0001");
      assertThat(issuer.next(UNIT, day).value()).isEqualTo("000.00.53.H48-300102-0002");
      assertThat(issuer.next(OTHER_UNIT, day).value()).isEqualTo("H37.DN.001-300102-0001");
      assertThat(issuer.next(UNIT, day.plusDays(1)).value()).isEqualTo("000.00.53.H48-300103-0001");
      assertThat(issuer.lastIssued(UNIT, day)).isEqualTo(2);
    }
  }

  @Test
  void next_fromManyThreadsOnTwoPools_issuesDistinctContiguousCodes() throws Exception {
    LocalDate day = LocalDate.of(2030, 2, 3);
    try (TestPool first = pool(4);
        TestPool second = pool(4)) {
      JdbcDossierCodeIssuer one = builder(first).build();
      JdbcDossierCodeIssuer two = builder(second).build();
      ConcurrentLinkedQueue<DossierCode> codes = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          JdbcDossierCodeIssuer issuer = t % 2 == 0 ? one : two;
          done.add(
              threads.submit(
                  () -> {
                    start.await();
                    for (int i = 0; i < CODES_PER_THREAD; i++) {
                      codes.add(issuer.next(UNIT, day));
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> f : done) {
          f.get(5, TimeUnit.MINUTES);
        }
      } finally {
        threads.shutdownNow();
      }
      int total = THREADS * CODES_PER_THREAD;
      assertThat(codes).hasSize(total);
      Set<Integer> sequences =
          codes.stream().map(DossierCode::sequence).collect(Collectors.toSet());
      assertThat(sequences)
          .as("every code distinct, and no gap from 1 to %d", total)
          .isEqualTo(IntStream.rangeClosed(1, total).boxed().collect(Collectors.toSet()));
      assertThat(one.lastIssued(UNIT, day)).isEqualTo(total);
    }
  }

  @Test
  void next_racingForTheFirstCodeOfADay_neverSkipsNorRepeats() throws Exception {
    // The first code of a day creates its row: the race most likely to go wrong.
    try (TestPool first = pool(4);
        TestPool second = pool(4)) {
      JdbcDossierCodeIssuer one = builder(first).build();
      JdbcDossierCodeIssuer two = builder(second).build();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      try {
        for (int round = 0; round < 20; round++) {
          LocalDate day = LocalDate.of(2031, 1, 1).plusDays(round);
          ConcurrentLinkedQueue<DossierCode> codes = new ConcurrentLinkedQueue<>();
          CountDownLatch start = new CountDownLatch(1);
          List<Future<?>> done = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            JdbcDossierCodeIssuer issuer = t % 2 == 0 ? one : two;
            done.add(
                threads.submit(
                    () -> {
                      start.await();
                      for (int i = 0; i < 3; i++) {
                        codes.add(issuer.next(UNIT, day));
                      }
                      return null;
                    }));
          }
          start.countDown();
          for (Future<?> f : done) {
            f.get(1, TimeUnit.MINUTES);
          }
          assertThat(codes.stream().map(DossierCode::sequence).collect(Collectors.toSet()))
              .as("round %d", round)
              .isEqualTo(IntStream.rangeClosed(1, THREADS * 3).boxed().collect(Collectors.toSet()));
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void next_afterARestart_continuesWhereItStopped() throws Exception {
    LocalDate day = LocalDate.of(2030, 3, 4);
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer issuer = builder(pool).build();
      for (int i = 0; i < 5; i++) {
        issuer.next(UNIT, day);
      }
    }
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer restarted = builder(pool).build();
      assertThat(restarted.next(UNIT, day).sequence()).isEqualTo(6);
      assertThat(schemaVersion(pool, restarted)).isEqualTo(1);
    }
  }

  @Test
  void next_pastNineThousandNineHundredNinetyNine_failsClearly() throws Exception {
    LocalDate day = LocalDate.of(2030, 4, 5);
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer issuer = builder(pool).build();
      issuer.next(UNIT, day);
      execute(
          pool,
          "UPDATE " + issuer.table() + " SET last_sequence = 9998 WHERE agency_code = ?",
          UNIT.value());
      assertThat(issuer.next(UNIT, day).value()).isEqualTo("000.00.53.H48-300405-9999");
      DossierCodeExhaustedException e =
          catchThrowableOfType(DossierCodeExhaustedException.class, () -> issuer.next(UNIT, day));
      assertThat(e.code()).isEqualTo("dossier.code.exhausted");
      assertThat(e.isRetryable()).isFalse();
      assertThat(e.agency()).isEqualTo(UNIT);
      assertThat(e.date()).isEqualTo(day);
      assertThat(e.getMessage()).contains("000.00.53.H48", "2030-04-05", "9999");
      assertThat(issuer.lastIssued(UNIT, day)).isEqualTo(9999);
      assertThat(issuer.next(UNIT, day.plusDays(1)).sequence()).isEqualTo(1);
    }
  }

  @Test
  void build_refusesATableCreatedByANewerVersion() throws Exception {
    try (TestPool pool = pool(1)) {
      JdbcDossierCodeIssuer issuer = builder(pool).build();
      String versionTable = issuer.table().replace(tableName(issuer), "motcua_schema_version");
      execute(
          pool, "UPDATE " + versionTable + " SET version = 99 WHERE name = ?", tableName(issuer));
      MotcuaException e = catchThrowableOfType(MotcuaException.class, () -> builder(pool).build());
      assertThat(e.code()).isEqualTo("dossier.code.schema_too_new");
      assertThat(e.getMessage()).contains("99", "upgrade motcua");
      execute(
          pool, "UPDATE " + versionTable + " SET version = 1 WHERE name = ?", tableName(issuer));
    }
  }

  private static String tableName(JdbcDossierCodeIssuer issuer) {
    String table = issuer.table();
    return table.substring(table.lastIndexOf('.') + 1);
  }

  static int schemaVersion(TestPool pool, JdbcDossierCodeIssuer issuer) throws SQLException {
    String versionTable = issuer.table().replace(tableName(issuer), "motcua_schema_version");
    try (Connection c = pool.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT version FROM " + versionTable + " WHERE name = ?")) {
      select.setString(1, tableName(issuer));
      try (ResultSet rows = select.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getInt(1);
      }
    }
  }

  static void execute(TestPool pool, String sql, String parameter) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, parameter);
      statement.executeUpdate();
    }
  }
}
