package vn.motcua.dossier.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The astronomy against Meeus' worked examples and published equinox and new-moon times. */
class AstronomyTest {

  private static double jd(Instant instant) {
    return instant.getEpochSecond() / 86400.0 + Astronomy.JD_UNIX_EPOCH;
  }

  private static Instant instant(double jd) {
    return Instant.ofEpochSecond(Math.round((jd - Astronomy.JD_UNIX_EPOCH) * 86400));
  }

  @Test
  void newMoon_matchesMeeusExample49a() {
    // The new moon of February 1977: JDE 2443192.65118 (1977 Feb 18, 3h37m42s TD).
    assertThat(Astronomy.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.00001));
  }

  @Test
  void sunLongitude_matchesMeeusExample25b() {
    // 1992 October 13.0 TD: apparent longitude 199°54'21.818".
    double jde = 2448908.5;
    double expected = 199 + 54 / 60.0 + 21.818 / 3600;
    assertThat(Astronomy.sunLongitude(jde - Astronomy.deltaTDays(jde)))
        .isCloseTo(expected, within(1.0 / 3600));
  }

  @ParameterizedTest(name = "the Sun reaches {0}° at {1}")
  @CsvSource({
    "0, 2000-03-20T07:35:00Z",
    "90, 2000-06-21T01:48:00Z",
    "180, 2000-09-22T17:28:00Z",
    "270, 2000-12-21T13:37:00Z",
    "0, 2024-03-20T03:06:00Z",
    "90, 2024-06-20T20:51:00Z",
    "180, 2024-09-22T12:44:00Z",
    "270, 2024-12-21T09:20:00Z"
  })
  void sunLongitude_crossesEquinoxesAndSolsticesAtThePublishedMinute(int degrees, Instant at) {
    Instant computed = crossing(degrees, at.minus(Duration.ofDays(1)));
    assertThat(Duration.between(at, computed).abs()).isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @ParameterizedTest(name = "new moon {0}")
  @CsvSource({"2024-02-09T22:59:00Z", "2025-01-29T12:36:00Z", "2023-01-21T20:53:00Z"})
  void newMoonUt_matchesPublishedTimes(Instant at) {
    long k = Math.round((jd(at) - Astronomy.NEW_MOON_EPOCH) / Astronomy.SYNODIC_MONTH);
    Instant computed = instant(Astronomy.newMoonUt(k));
    assertThat(Duration.between(at, computed).abs()).isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void deltaT_followsTheObservedValues() {
    assertThat(Astronomy.deltaTSeconds(1900)).isCloseTo(-2.8, within(0.5));
    assertThat(Astronomy.deltaTSeconds(2000)).isCloseTo(63.9, within(0.5));
    assertThat(Astronomy.deltaTSeconds(2150)).isGreaterThan(200);
  }

  /** Returns when the Sun's longitude next reaches {@code degrees} after {@code from}. */
  private static Instant crossing(int degrees, Instant from) {
    double lo = jd(from);
    double hi = lo + 3;
    assertThat(past(Astronomy.sunLongitude(lo), degrees)).isFalse();
    assertThat(past(Astronomy.sunLongitude(hi), degrees)).isTrue();
    for (int i = 0; i < 50; i++) {
      double mid = (lo + hi) / 2;
      if (past(Astronomy.sunLongitude(mid), degrees)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return instant(hi);
  }

  private static boolean past(double longitude, int degrees) {
    double ahead = (longitude - degrees + 540) % 360 - 180;
    return ahead >= 0;
  }
}
