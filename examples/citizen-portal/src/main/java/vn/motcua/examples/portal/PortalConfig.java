package vn.motcua.examples.portal;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the citizen portal example.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param bindAddress the interface to listen on
 * @param hostname the host name in the portal's and the stubs' URLs
 * @param dataDir where the outbox and the dossier code counter (H2 files) and uploaded files live
 * @param secureCookie whether the session cookie carries {@code Secure} (set it behind HTTPS)
 * @param maxRequestBytes the largest form submission read, uploads included; larger ones get 413
 * @param procedureCode the procedure of the sample catalogue the form is for
 * @param agencyCode the receiving agency's code
 * @param agencyName the receiving agency's name
 * @param persona the stub persona who signs in, or {@code null} for the stub's default
 */
record PortalConfig(
    int port,
    String bindAddress,
    String hostname,
    Path dataDir,
    boolean secureCookie,
    long maxRequestBytes,
    String procedureCode,
    String agencyCode,
    String agencyName,
    @Nullable String persona) {

  /** The default port. */
  static final int DEFAULT_PORT = 8080;

  /** The default largest submission: 25 MiB, room for two files at the catalogue's 10 MiB. */
  static final long DEFAULT_MAX_REQUEST_BYTES = 25L * 1024 * 1024;

  PortalConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(agencyName, "agencyName");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535");
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
    }
  }

  /** Returns the defaults with {@code dataDir}: port 8080 on 127.0.0.1, birth registration. */
  static PortalConfig defaults(Path dataDir) {
    return new PortalConfig(
        DEFAULT_PORT,
        "127.0.0.1",
        "localhost",
        dataDir,
        false,
        DEFAULT_MAX_REQUEST_BYTES,
        "1.001193",
        "000.00.12.H01",
        "UBND phường Tràng Tiền (ví dụ)",
        null);
  }

  PortalConfig withPort(int value) {
    return new PortalConfig(
        value,
        bindAddress,
        hostname,
        dataDir,
        secureCookie,
        maxRequestBytes,
        procedureCode,
        agencyCode,
        agencyName,
        persona);
  }

  PortalConfig withSecureCookie(boolean value) {
    return new PortalConfig(
        port,
        bindAddress,
        hostname,
        dataDir,
        value,
        maxRequestBytes,
        procedureCode,
        agencyCode,
        agencyName,
        persona);
  }

  PortalConfig withMaxRequestBytes(long value) {
    return new PortalConfig(
        port,
        bindAddress,
        hostname,
        dataDir,
        secureCookie,
        value,
        procedureCode,
        agencyCode,
        agencyName,
        persona);
  }

  PortalConfig withPersona(@Nullable String value) {
    return new PortalConfig(
        port,
        bindAddress,
        hostname,
        dataDir,
        secureCookie,
        maxRequestBytes,
        procedureCode,
        agencyCode,
        agencyName,
        value);
  }
}
