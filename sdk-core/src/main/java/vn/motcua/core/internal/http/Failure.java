package vn.motcua.core.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** The kinds of attempt that brought no usable answer, each with its stable code and advice. */
enum Failure {
  TIMEOUT(
      "http.timeout",
      true,
      "timed out",
      "the service was too slow: retry later, or raise the timeouts if it is always this slow"),
  CONNECTION(
      "http.connection",
      true,
      "could not connect, or the connection broke before an answer",
      "check the network and that the service is up, then retry"),
  MALFORMED(
      "http.malformed_response",
      true,
      "received an answer that could not be read",
      "the service or a proxy sent a broken answer: retry later, and report it if it persists"),
  TOO_LARGE(
      "http.response_too_large",
      false,
      "received a response body larger than the configured limit",
      "raise HttpOptions.maxResponseBytes if answers this large are expected"),
  TLS(
      "http.tls",
      false,
      "could not establish TLS",
      "check the server certificate, the host name and the trust store"),
  INTERRUPTED(
      "http.interrupted",
      false,
      "was interrupted",
      "the calling thread was interrupted; the outcome on the server is unknown");

  private static final Pattern PARTIAL_LINE = Pattern.compile("not found: limit=[1-9]");

  private final String code;
  private final boolean retryable;
  private final String what;
  private final String advice;

  Failure(String code, boolean retryable, String what, String advice) {
    this.code = code;
    this.retryable = retryable;
    this.what = what;
    this.advice = advice;
  }

  String code() {
    return code;
  }

  boolean retryable() {
    return retryable;
  }

  String what() {
    return what;
  }

  String advice() {
    return advice;
  }

  /** Classifies what OkHttp or the body reader threw during one attempt. */
  static Failure of(IOException e) {
    if (e instanceof ResponseTooLargeException) {
      return TOO_LARGE;
    }
    if (Thread.currentThread().isInterrupted()
        || (e instanceof InterruptedIOException && "interrupted".equals(e.getMessage()))) {
      return INTERRUPTED;
    }
    // OkHttp reports its call timeout as a plain InterruptedIOException("timeout").
    if (e instanceof InterruptedIOException) {
      return TIMEOUT;
    }
    if (e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException) {
      return TLS;
    }
    if (e instanceof ProtocolException || isPartialStatusLine(e)) {
      return MALFORMED;
    }
    return CONNECTION;
  }

  /**
   * Returns whether the server sent some bytes but closed before a complete status line. OkHttp
   * reports that, like a close with nothing sent, as "unexpected end of stream" caused by okio's
   * EOFException "\n not found: limit=N"; only N tells them apart. Should the wording change, the
   * failure is still classified, as a (likewise retryable) connection failure.
   */
  private static boolean isPartialStatusLine(IOException e) {
    return e.getCause() instanceof EOFException eof
        && eof.getMessage() != null
        && PARTIAL_LINE.matcher(eof.getMessage()).find();
  }
}
