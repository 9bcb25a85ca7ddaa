package vn.motcua.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  private static ResponseBody body(int length, long announcedLength) {
    Buffer source = new Buffer().write(new byte[length]);
    return ResponseBody.create(source, null, announcedLength);
  }

  @Test
  void read_returnsBodiesUpToTheLimit_withOrWithoutLength() throws IOException {
    assertThat(BoundedBody.read(body(100, 100), 100)).hasSize(100);
    assertThat(BoundedBody.read(body(100, -1), 100)).hasSize(100);
    assertThat(BoundedBody.read(body(0, -1), 0)).isEmpty();
    assertThat(BoundedBody.read(body(20_000, -1), 20_000)).hasSize(20_000);
  }

  @Test
  void read_refusesAnAnnouncedLengthAboveTheLimitBeforeReading() {
    ResponseBody body = body(10, 1_000_000);

    assertThatThrownBy(() -> BoundedBody.read(body, 100))
        .isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("100");
  }

  @Test
  void read_countsBytesWhenNoLengthIsAnnounced() {
    assertThatThrownBy(() -> BoundedBody.read(body(101, -1), 100))
        .isInstanceOf(ResponseTooLargeException.class);
    assertThatThrownBy(() -> BoundedBody.read(body(50_000, -1), 20_000))
        .isInstanceOf(ResponseTooLargeException.class);
  }

  @Test
  void read_countsBytesWhenTheAnnouncedLengthLies() {
    assertThatThrownBy(() -> BoundedBody.read(body(500, 10), 100))
        .isInstanceOf(ResponseTooLargeException.class);
  }
}
