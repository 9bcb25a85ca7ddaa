package vn.motcua.dossier.internal.calendar;

/**
 * The two astronomical quantities the lunisolar calendar needs: the instant of each new moon and
 * the Sun's apparent longitude. Formulas from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.,
 * 1998): chapter 49 for new moons (accurate to seconds) and chapter 25 with the abridged VSOP87
 * theory for the Sun (about one arc second); ΔT from the Espenak–Meeus polynomials (NASA, 2006).
 *
 * <p>Times are Julian days. Meeus' formulas give Terrestrial Time (JDE); calendar days are civil
 * days in Universal Time, so {@link #deltaTDays} converts between the two.
 */
final class Astronomy {
  /** Mean length of a synodic month, in days. */
  static final double SYNODIC_MONTH = 29.530588861;

  /** JDE of the mean new moon with k = 0 (2000 January 6). */
  static final double NEW_MOON_EPOCH = 2451550.09766;

  /** Julian day at 1970-01-01T00:00Z, the start of epoch day 0. */
  static final double JD_UNIX_EPOCH = 2440587.5;

  private static final double RAD = Math.PI / 180;

  private Astronomy() {}

  /**
   * Returns the instant (Julian day, Universal Time) of the new moon with index {@code k}, counted
   * from the new moon of 2000 January 6 ({@code k = 0}); negative before it.
   */
  static double newMoonUt(long k) {
    double jde = newMoonJde(k);
    return jde - deltaTDays(jde);
  }

  /** Returns the new moon {@code k} in Terrestrial Time (Meeus ch. 49, true phase). */
  static double newMoonJde(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        NEW_MOON_EPOCH
            + SYNODIC_MONTH * k
            + 0.00015437 * t2
            - 0.000000150 * t3
            + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = deg(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mm =
        deg(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f =
        deg(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double om = deg(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

    double c =
        -0.40720 * Math.sin(mm)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mm)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mm - m)
            - 0.00514 * e * Math.sin(mm + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mm - 2 * f)
            - 0.00057 * Math.sin(mm + 2 * f)
            + 0.00056 * e * Math.sin(2 * mm + m)
            - 0.00042 * Math.sin(3 * mm)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mm - m)
            - 0.00017 * Math.sin(om)
            - 0.00007 * Math.sin(mm + 2 * m)
            + 0.00004 * Math.sin(2 * mm - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mm + m - 2 * f)
            + 0.00003 * Math.sin(2 * mm + 2 * f)
            - 0.00003 * Math.sin(mm + m + 2 * f)
            + 0.00003 * Math.sin(mm - m + 2 * f)
            - 0.00002 * Math.sin(mm - m - 2 * f)
            - 0.00002 * Math.sin(3 * mm + m)
            + 0.00002 * Math.sin(4 * mm);

    // Planetary perturbations (Meeus table 49.A's additional corrections).
    double planets =
        0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
            + 0.000165 * sinDeg(251.88 + 0.016321 * k)
            + 0.000164 * sinDeg(251.83 + 26.651886 * k)
            + 0.000126 * sinDeg(349.42 + 36.412478 * k)
            + 0.000110 * sinDeg(84.66 + 18.206239 * k)
            + 0.000062 * sinDeg(141.74 + 53.303771 * k)
            + 0.000060 * sinDeg(207.14 + 2.453732 * k)
            + 0.000056 * sinDeg(154.84 + 7.306860 * k)
            + 0.000047 * sinDeg(34.52 + 27.261239 * k)
            + 0.000042 * sinDeg(207.19 + 0.121824 * k)
            + 0.000040 * sinDeg(291.34 + 1.844379 * k)
            + 0.000037 * sinDeg(161.72 + 24.198154 * k)
            + 0.000035 * sinDeg(239.56 + 25.513099 * k)
            + 0.000023 * sinDeg(331.55 + 3.592518 * k);
    return jde + c + planets;
  }

  /**
   * Returns the Sun's apparent geocentric longitude, in degrees in [0, 360), at the instant {@code
   * jdUt} (Julian day, Universal Time): Meeus ch. 25, higher accuracy — the Earth's heliocentric
   * longitude from the abridged VSOP87 series of Meeus' appendix III, the FK5 correction, the main
   * terms of nutation (ch. 22) and aberration. About one arc second, some 25 seconds of the Sun's
   * motion.
   */
  static double sunLongitude(double jdUt) {
    double jde = jdUt + deltaTDays(jdUt);
    double tau = (jde - 2451545.0) / 365250; // Julian millennia from J2000.0
    double heliocentric =
        (Vsop87Earth.series(Vsop87Earth.L0, tau)
                + tau
                    * (Vsop87Earth.series(Vsop87Earth.L1, tau)
                        + tau
                            * (Vsop87Earth.series(Vsop87Earth.L2, tau)
                                + tau
                                    * (Vsop87Earth.series(Vsop87Earth.L3, tau)
                                        + tau
                                            * (Vsop87Earth.series(Vsop87Earth.L4, tau)
                                                + tau * Vsop87Earth.series(Vsop87Earth.L5, tau))))))
            / 1e8;
    double geometric = Math.toDegrees(heliocentric) + 180;
    double t = tau * 10; // Julian centuries
    double omega = 125.04452 - 1934.136261 * t;
    double sunMean = 280.4665 + 36000.7698 * t;
    double moonMean = 218.3165 + 481267.8813 * t;
    double nutationArcsec =
        -17.20 * sinDeg(omega)
            - 1.32 * sinDeg(2 * sunMean)
            - 0.23 * sinDeg(2 * moonMean)
            + 0.21 * sinDeg(2 * omega);
    double anomaly = deg(357.52911 + 35999.05029 * t);
    double eccentricity = 0.016708634 - 0.000042037 * t;
    double distance =
        1.000001018
            * (1 - eccentricity * eccentricity)
            / (1 + eccentricity * Math.cos(anomaly + deg(1.914602 * Math.sin(anomaly))));
    double fk5Arcsec = -0.09033;
    double aberrationArcsec = -20.4898 / distance;
    double apparent = geometric + (fk5Arcsec + nutationArcsec + aberrationArcsec) / 3600;
    double normalized = apparent % 360;
    return normalized < 0 ? normalized + 360 : normalized;
  }

  /**
   * Returns ΔT = TT − UT, in days, near the instant {@code jd}: the Espenak–Meeus polynomials,
   * which follow the observed values to 2005 and extrapolate after. Beyond about 2100 ΔT is not
   * known to better than minutes; calendar dates there depend on a new moon or solar term falling
   * within that margin of midnight only in rare months.
   */
  static double deltaTDays(double jd) {
    return deltaTSeconds(2000 + (jd - 2451545.0) / 365.25) / 86400;
  }

  /**
   * Returns ΔT in seconds for a decimal year (Espenak and Meeus, "Polynomial Expressions for ΔT").
   */
  static double deltaTSeconds(double y) {
    if (y < 1860) {
      double u = (y - 1820) / 100;
      return -20 + 32 * u * u;
    }
    if (y < 1900) {
      double t = y - 1860;
      return 7.62
          + 0.5737 * t
          - 0.251754 * t * t
          + 0.01680668 * t * t * t
          - 0.0004473624 * t * t * t * t
          + t * t * t * t * t / 233174;
    }
    if (y < 1920) {
      double t = y - 1900;
      return -2.79
          + 1.494119 * t
          - 0.0598939 * t * t
          + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    }
    if (y < 1941) {
      double t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
      double t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
      double t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86
          + 0.3345 * t
          - 0.060374 * t * t
          + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t
          + 0.00002373599 * t * t * t * t * t;
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    if (y < 2150) {
      return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
    return -20 + 32 * u * u;
  }

  /** Converts to radians after reducing modulo 360°, so that large angles keep their precision. */
  private static double deg(double degrees) {
    return (degrees % 360) * RAD;
  }

  private static double sinDeg(double degrees) {
    return Math.sin(deg(degrees));
  }
}
