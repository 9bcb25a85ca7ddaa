package vn.motcua.dossier.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import vn.motcua.core.json.MotcuaJson;

/**
 * Golden files under {@code src/test/resources/vn/motcua/dossier/dvcqg}. Run the build with {@code
 * -Dmotcua.golden.update=true} to rewrite them after an intended change, then review the diff.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/vn/motcua/dossier/dvcqg");

  private Golden() {}

  static void assertMatches(String name, Object value) {
    MotcuaJson json = MotcuaJson.strict();
    JsonNode actual = json.readTree(json.write(value));
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("motcua.golden.update")) {
        Files.writeString(
            file,
            json.mapper()
                    .writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(actual)
                + "\n",
            StandardCharsets.UTF_8);
      }
      JsonNode expected = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(actual).as("golden file %s", name).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(String name) {
    try {
      return Files.readAllBytes(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
