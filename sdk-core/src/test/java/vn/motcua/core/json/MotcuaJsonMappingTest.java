package vn.motcua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.json.Fixtures.Applicant;
import vn.motcua.core.json.Fixtures.Application;
import vn.motcua.core.json.Fixtures.Document;
import vn.motcua.core.json.Fixtures.Kind;

/** What the mapper accepts and writes: records, trees, conversion, unknown properties. */
class MotcuaJsonMappingTest {
  private final MotcuaJson json = MotcuaJson.strict();

  @Test
  void roundTrip_preservesNestedRecords() {
    Application application =
        new Application(
            new Applicant(
                "Nguyễn Văn An",
                LocalDate.of(1990, 1, 31),
                Kind.CITIZEN,
                true,
                List.of(new Document("don.pdf", 1024, "ab".repeat(32)))),
            Map.of("pages", 3));

    assertThat(json.read(json.write(application), Application.class)).isEqualTo(application);
    assertThat(json.read(json.writeBytes(application), Application.class)).isEqualTo(application);
  }

  @Test
  void read_acceptsIntegersForDecimalTargets() {
    record Amounts(double ratio, BigDecimal fee, long total) {}

    Amounts amounts = json.read("{\"ratio\":1,\"fee\":25000,\"total\":7}", Amounts.class);

    assertThat(amounts).isEqualTo(new Amounts(1.0, new BigDecimal("25000"), 7L));
  }

  @Test
  void read_acceptsGenericTypes() {
    List<Document> documents =
        json.read("[{\"name\":\"a\",\"size\":1}]", new TypeReference<List<Document>>() {});

    assertThat(documents).containsExactly(new Document("a", 1, null));
  }

  @Test
  void write_omitsNullsAndOrdersMapKeysAndBeanProperties() {
    Map<String, Object> map = new HashMap<>();
    map.put("zeta", 1);
    map.put("alpha", 2);
    map.put("mu", List.of());
    Bean bean = new Bean();
    bean.zeta = "z";
    bean.alpha = "a";

    assertThat(json.write(map)).isEqualTo("{\"alpha\":2,\"mu\":[],\"zeta\":1}");
    assertThat(json.write(bean)).isEqualTo("{\"alpha\":\"a\",\"zeta\":\"z\"}");
    assertThat(json.write(new Document("a", 1, null))).isEqualTo("{\"name\":\"a\",\"size\":1}");
  }

  @Test
  void write_givesEqualBytesForEqualMapsWhateverTheirIterationOrder() {
    Map<String, Integer> forward = new LinkedHashMap<>();
    Map<String, Integer> backward = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      forward.put("k" + i, i);
      backward.put("k" + (49 - i), 49 - i);
    }

    assertThat(json.writeBytes(forward)).isEqualTo(json.writeBytes(backward));
    assertThat(json.write(forward)).isEqualTo(json.write(new TreeMap<>(forward)));
  }

  @Test
  void write_failsWithStableCodeAndWithoutTheFailuresText() {
    MotcuaException e =
        catchThrowableOfType(MotcuaException.class, () -> json.write(new FailingGetter()));

    assertThat(e.code()).isEqualTo("json.write_failed");
    assertThat(e).isNotInstanceOf(InvalidInputException.class);
    assertThat(e.getMessage()).contains(FailingGetter.class.getName());
    Leaks.assertNoCanary(e, "CANARY-3108");
    assertThat(
            catchThrowableOfType(MotcuaException.class, () -> json.writeBytes(new FailingGetter()))
                .code())
        .isEqualTo("json.write_failed");
  }

  @Test
  void readDefaultTyping_isNeverActive_soClassNamesStayData() {
    Object array = json.read("[\"java.io.File\",\"/etc/passwd\"]", Object.class);
    Object object = json.read("{\"@class\":\"java.io.File\",\"path\":\"/etc\"}", Object.class);

    assertThat(array).isInstanceOf(List.class);
    assertThat(object).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) object).get("@class")).isEqualTo("java.io.File");
  }

  @Test
  void read_refusesClassNameTypeIdsEvenWhenATypeAsksForThem() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                json.read(
                    "{\"payload\":{\"@class\":\"java.util.concurrent.atomic.AtomicLong\"}}",
                    Envelope.class));

    assertThat(e.code()).isEqualTo("json.invalid_value");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/payload");
    Leaks.assertNoCanary(e, "AtomicLong");
  }

  @Test
  void lenient_ignoresUnknownPropertiesWhereStrictRejectsThem() {
    String input = "{\"name\":\"a\",\"size\":1,\"addedInVersion2\":{\"x\":[1]}}";

    assertThat(MotcuaJson.lenient().read(input, Document.class))
        .isEqualTo(new Document("a", 1, null));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> json.read(input, Document.class))
                .code())
        .isEqualTo("json.unknown_property");
    assertThat(MotcuaJson.lenient().unknownProperties()).isEqualTo(UnknownProperties.IGNORE);
    assertThat(MotcuaJson.strict().unknownProperties()).isEqualTo(UnknownProperties.REJECT);
  }

  @Test
  void lenient_keepsUnknownPropertiesForATypeThatCollectsThem() {
    String input = "{\"name\":\"a\",\"future\":{\"x\":1},\"flag\":true}";

    Extensible value = MotcuaJson.lenient().read(input, Extensible.class);

    assertThat(value.name).isEqualTo("a");
    assertThat(value.others).containsOnlyKeys("future", "flag");
    assertThat(MotcuaJson.lenient().readTree(MotcuaJson.lenient().write(value)))
        .isEqualTo(MotcuaJson.lenient().readTree(input));
  }

  @Test
  void lenient_stillRejectsEveryOtherRule() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> MotcuaJson.lenient().read("{\"size\":1,\"size\":2}", Document.class));

    assertThat(e.code()).isEqualTo("json.duplicate_key");
  }

  @Test
  void convert_appliesTheSameRulesAsReading() {
    JsonNode tree = json.readTree("{\"name\":\"a\",\"size\":\"12\"}");

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> json.convert(tree, Document.class));

    assertThat(e.code()).isEqualTo("json.type_mismatch");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/size");
    assertThat(json.convert(Map.of("name", "a", "size", 12), Document.class))
        .isEqualTo(new Document("a", 12, null));
    assertThat(json.convert(List.of(Map.of("size", 1)), new TypeReference<List<Document>>() {}))
        .containsExactly(new Document(null, 1, null));
  }

  @Test
  void read_detectsUtf16Input() {
    byte[] utf16 = "{\"name\":\"Hà Nội\",\"size\":1}".getBytes(StandardCharsets.UTF_16BE);

    assertThat(json.read(utf16, Document.class).name()).isEqualTo("Hà Nội");
  }

  @Test
  void read_leavesTheCallersStreamOpen() {
    CloseTracking stream = new CloseTracking("{\"name\":\"a\",\"size\":1}");

    json.read(stream, Document.class);

    assertThat(stream.closed).isFalse();
  }

  @Test
  void read_reportsAFailingStreamAsReadFailureNotAsBadInput() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("connection reset");
          }
        };

    MotcuaException e =
        catchThrowableOfType(MotcuaException.class, () -> json.read(failing, Document.class));

    assertThat(e).isNotInstanceOf(InvalidInputException.class);
    assertThat(e.code()).isEqualTo("json.read_failed");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void read_reportsBytesInAnUndecodableEncodingAsMalformedInput() {
    // Four bytes that look like UTF-32 in the unsupported byte order 2143 (found by jqwik).
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> json.readTree(new byte[] {0, 0, 1, 0}));

    assertThat(e.code()).isEqualTo("json.malformed");
    assertThat(e.getMessage()).doesNotContain("2143");
  }

  @Test
  void read_reportsATypeJacksonCannotBindAsProgrammingError() {
    MotcuaException e =
        catchThrowableOfType(MotcuaException.class, () -> json.read("{}", Unbindable.class));

    assertThat(e).isNotInstanceOf(InvalidInputException.class);
    assertThat(e.code()).isEqualTo("json.unsupported_type");
  }

  @Test
  void mapper_isSharedAndKeepsTheHardening() {
    assertThat(MotcuaJson.strict().mapper()).isSameAs(json.mapper());
    assertThat(json.toString()).contains("REJECT").contains("maxNestingDepth=64");
    assertThat(catchThrowableOfType(RuntimeException.class, () -> json.mapper().readTree("[1] 2")))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                RuntimeException.class, () -> json.mapper().readTree("{\"a\":1,\"a\":2}")))
        .isNotNull();
  }

  static final class Bean {
    public String zeta;
    public String middle;
    public String alpha;
  }

  static final class Extensible {
    public String name;
    private final Map<String, Object> others = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String key, Object value) {
      others.put(key, value);
    }

    @JsonAnyGetter
    Map<String, Object> others() {
      return others;
    }
  }

  record Envelope(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object payload) {}

  interface Unbindable {}

  static final class FailingGetter {
    public String getSecret() {
      throw new IllegalStateException("cannot show CANARY-3108");
    }
  }

  static final class CloseTracking extends ByteArrayInputStream {
    boolean closed;

    CloseTracking(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
