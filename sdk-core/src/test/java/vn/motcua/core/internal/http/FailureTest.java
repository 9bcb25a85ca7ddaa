package vn.motcua.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailureTest {

  private static IOException endOfStream(String eofMessage) {
    return new IOException("unexpected end of stream", new EOFException(eofMessage));
  }

  @Test
  void of_classifiesWhatOkHttpThrows() {
    assertThat(Failure.of(new SocketTimeoutException("Read timed out"))).isEqualTo(Failure.TIMEOUT);
    assertThat(Failure.of(new InterruptedIOException("timeout"))).isEqualTo(Failure.TIMEOUT);
    assertThat(Failure.of(new ConnectException("refused"))).isEqualTo(Failure.CONNECTION);
    assertThat(Failure.of(new SocketException("Connection reset"))).isEqualTo(Failure.CONNECTION);
    assertThat(Failure.of(new UnknownHostException("x"))).isEqualTo(Failure.CONNECTION);
    assertThat(Failure.of(endOfStream("\\n not found: limit=0 content=…")))
        .isEqualTo(Failure.CONNECTION);
    assertThat(Failure.of(endOfStream("\\n not found: limit=36 content=6c73…")))
        .isEqualTo(Failure.MALFORMED);
    assertThat(Failure.of(new ProtocolException("Unexpected status line")))
        .isEqualTo(Failure.MALFORMED);
    assertThat(Failure.of(new SSLHandshakeException("bad cert"))).isEqualTo(Failure.TLS);
    assertThat(Failure.of(new ResponseTooLargeException(5))).isEqualTo(Failure.TOO_LARGE);
    assertThat(Failure.of(new InterruptedIOException("interrupted")))
        .isEqualTo(Failure.INTERRUPTED);
  }

  @Test
  void retryability_followsWhetherRepeatingCanHelp() {
    assertThat(Failure.TIMEOUT.retryable()).isTrue();
    assertThat(Failure.CONNECTION.retryable()).isTrue();
    assertThat(Failure.MALFORMED.retryable()).isTrue();
    assertThat(Failure.TOO_LARGE.retryable()).isFalse();
    assertThat(Failure.TLS.retryable()).isFalse();
    assertThat(Failure.INTERRUPTED.retryable()).isFalse();
  }
}
