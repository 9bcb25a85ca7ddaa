package vn.motcua.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CapturingLoggerProviderTest {

  @Test
  void capture_recordsTraceLinesWithArgumentsAndStackTraces() {
    Logger log = LoggerFactory.getLogger("capture.check");

    log.trace("value {} seen", "marker-4711", new IllegalStateException("cause-marker-0815"));

    assertThat(CapturedLogs.all())
        .contains("TRACE capture.check: value marker-4711 seen")
        .contains("cause-marker-0815");
  }
}
