package vn.motcua.dossier.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
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
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;

class InMemoryDossierCodeIssuerTest {
  private static final AgencyCode UNIT = AgencyCode.parse("000.00.53.H48");
  private static final LocalDate DAY = LocalDate.of(2022, 9, 21);
  private final DossierCodeIssuer issuer = DossierCodeIssuer.inMemory();

  @Test
  void next_countsFromOnePerUnitAndDay() {
    assertThat(issuer.next(UNIT, DAY).value()).isEqualTo("000.00.53.H48-220921-0001");
    assertThat(issuer.next(UNIT, DAY).value()).isEqualTo("000.00.53.H48-220921-0002");
    assertThat(issuer.next(AgencyCode.parse("H37.DN.001"), DAY).value())
        .isEqualTo("H37.DN.001-220921-0001");
    assertThat(issuer.next(UNIT, DAY.plusDays(1)).value()).isEqualTo("000.00.53.H48-220922-0001");
  }

  @Test
  void next_forAnInstant_takesTheDateInVietnam() {
    assertThat(issuer.next(UNIT, Instant.parse("2022-09-20T17:00:00Z")).value())
        .isEqualTo("000.00.53.H48-220921-0001");
  }

  @Test
  void next_fromManyThreads_issuesDistinctContiguousCodes() throws Exception {
    int threads = 16;
    int perThread = 200;
    ConcurrentLinkedQueue<DossierCode> codes = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    codes.add(issuer.next(UNIT, DAY));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    Set<Integer> sequences = codes.stream().map(DossierCode::sequence).collect(Collectors.toSet());
    assertThat(codes).hasSize(threads * perThread);
    assertThat(sequences)
        .isEqualTo(
            IntStream.rangeClosed(1, threads * perThread).boxed().collect(Collectors.toSet()));
  }

  @Test
  void next_pastNineThousandNineHundredNinetyNine_failsAndStaysExhausted() {
    for (int i = 1; i < 9999; i++) {
      issuer.next(UNIT, DAY);
    }
    assertThat(issuer.next(UNIT, DAY).value()).isEqualTo("000.00.53.H48-220921-9999");
    for (int attempt = 0; attempt < 2; attempt++) {
      DossierCodeExhaustedException e =
          catchThrowableOfType(DossierCodeExhaustedException.class, () -> issuer.next(UNIT, DAY));
      assertThat(e.code()).isEqualTo("dossier.code.exhausted");
      assertThat(e.agency()).isEqualTo(UNIT);
      assertThat(e.date()).isEqualTo(DAY);
    }
    assertThat(issuer.next(UNIT, DAY.plusDays(1)).sequence()).isEqualTo(1);
  }

  @Test
  void next_forADateNoCodeCanHold_usesUpNoNumber() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> issuer.next(UNIT, LocalDate.of(2100, 1, 1)));
    assertThat(e.report().codes()).containsExactly("identifier.dossier_code.date");
  }
}
