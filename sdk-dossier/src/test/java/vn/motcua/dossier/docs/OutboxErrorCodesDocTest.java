package vn.motcua.dossier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps docs/error-codes.md complete for the outbox: every {@code outbox.*} code is listed. */
class OutboxErrorCodesDocTest {
  private static final Pattern CODE_LITERAL =
      Pattern.compile("\\\"(outbox\\.[a-z0-9_.]*[a-z0-9_])\\\"");

  @Test
  void errorCodesPage_listsEveryOutboxCode() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "error-codes.md"));
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                try {
                  Matcher m = CODE_LITERAL.matcher(Files.readString(f));
                  while (m.find()) {
                    codes.add(m.group(1));
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }

    assertThat(codes).contains("outbox.store_failed", "outbox.payload_unreadable");
    assertThat(codes).allSatisfy(code -> assertThat(page).contains("`" + code + "`"));
  }
}
