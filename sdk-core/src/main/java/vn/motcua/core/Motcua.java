package vn.motcua.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build of motcua. */
public final class Motcua {
  private static final String VERSION = loadVersion();

  private Motcua() {}

  /** Returns the SDK version, such as {@code 0.1.0}; sent in the {@code User-Agent} header. */
  public static String version() {
    return VERSION;
  }

  /** Returns the {@code User-Agent} value motcua sends: {@code motcua-java/<version>}. */
  public static String userAgent() {
    return "motcua-java/" + VERSION;
  }

  private static String loadVersion() {
    try (InputStream in = Motcua.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the motcua version resource", e);
    }
  }
}
