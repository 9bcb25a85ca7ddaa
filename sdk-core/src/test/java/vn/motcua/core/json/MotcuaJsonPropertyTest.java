package vn.motcua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.json.JsonPointers;
import vn.motcua.core.json.Fixtures.Application;

/** Properties of reading that must hold for any input. */
class MotcuaJsonPropertyTest {
  private final MotcuaJson json = MotcuaJson.strict();

  @Property(tries = 500)
  void anyBytes_eitherReadOrRejectedAsInvalidInput(@ForAll @Size(max = 64) byte[] input) {
    Throwable failure = catchThrowable(() -> json.readTree(input));

    assertThat(failure)
        .satisfiesAnyOf(
            f -> assertThat(f).isNull(),
            f -> assertThat(f).isInstanceOf(InvalidInputException.class));
  }

  @Property(tries = 500)
  void anyText_eitherBoundOrRejectedAsInvalidInput(@ForAll @StringLength(max = 64) String input) {
    Throwable failure = catchThrowable(() -> json.read(input, Application.class));

    assertThat(failure)
        .satisfiesAnyOf(
            f -> assertThat(f).isNull(),
            f -> assertThat(f).isInstanceOf(InvalidInputException.class));
  }

  @Property(tries = 300)
  void duplicateOfAnyName_isReportedAtThatNamesPointer(
      @ForAll @StringLength(max = 20) String name) {
    String quoted = json.write(name);
    String input = "{\"outer\":{" + quoted + ":1," + quoted + ":2}}";

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> json.readTree(input));

    assertThat(e.code()).isEqualTo("json.duplicate_key");
    String path = e.report().violations().get(0).path();
    String segment = JsonPointers.inputSegment(name);
    assertThat(path).isEqualTo("/outer/" + segment);
    if (!segment.equals(JsonPointers.HIDDEN_SEGMENT)) {
      assertThat(segment).isEqualTo(name.replace("~", "~0").replace("/", "~1"));
      assertThat(json.readTree("{\"outer\":{" + quoted + ":1}}").at(path).intValue()).isEqualTo(1);
    }
  }

  @Property(tries = 300)
  void aStringInANumberField_neverAppearsInTheFailure(
      @ForAll @AlphaChars @NumericChars @StringLength(min = 6, max = 30) String value) {
    String canary = "Q" + value;

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                json.read(
                    "{\"applicant\":{\"documents\":[{\"size\":\"" + canary + "\"}]}}",
                    Application.class));

    assertThat(e.report().violations().get(0).path()).isEqualTo("/applicant/documents/0/size");
    Leaks.assertNoCanary(e, canary);
  }

  @Property(tries = 200)
  void writtenMaps_readBackEqual(@ForAll Map<@StringLength(max = 10) String, Integer> map) {
    JsonNode tree = json.readTree(json.write(map));

    assertThat(json.convert(tree, new TypeReference<Map<String, Integer>>() {})).isEqualTo(map);
  }
}
