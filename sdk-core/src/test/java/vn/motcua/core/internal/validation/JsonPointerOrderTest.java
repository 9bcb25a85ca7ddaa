package vn.motcua.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Pointers sort as a reader expects. */
class JsonPointerOrderTest {

  @Test
  void sort_putsParentsFirstAndIndicesInNumericOrder() {
    List<String> pointers =
        new ArrayList<>(
            List.of(
                "/documents/10/size",
                "/documents/2/size",
                "/documents/2",
                "/applicant",
                "",
                "/documents/10",
                "/documents/02",
                "/documents/b",
                "/documents/a"));

    pointers.sort(JsonPointerOrder.INSTANCE);

    assertThat(pointers)
        .containsExactly(
            "",
            "/applicant",
            "/documents/2",
            "/documents/2/size",
            "/documents/10",
            "/documents/10/size",
            "/documents/02",
            "/documents/a",
            "/documents/b");
  }

  @Property(tries = 300)
  void compare_isAntisymmetricAndZeroOnlyForEqualPointers(
      @ForAll("pointers") String a, @ForAll("pointers") String b) {
    int ab = JsonPointerOrder.INSTANCE.compare(a, b);
    int ba = JsonPointerOrder.INSTANCE.compare(b, a);

    assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(ba));
    assertThat(ab == 0).isEqualTo(a.equals(b));
  }

  @Property(tries = 300)
  void compare_isTransitive(
      @ForAll("pointers") String a, @ForAll("pointers") String b, @ForAll("pointers") String c) {
    JsonPointerOrder order = JsonPointerOrder.INSTANCE;
    if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
      assertThat(order.compare(a, c)).isLessThanOrEqualTo(0);
    }
  }

  @Property(tries = 100)
  void sort_isIndependentOfInputOrder(@ForAll("pointerLists") List<String> pointers) {
    List<String> sorted = new ArrayList<>(pointers);
    sorted.sort(JsonPointerOrder.INSTANCE);
    List<String> shuffled = new ArrayList<>(pointers);
    Collections.reverse(shuffled);
    shuffled.sort(JsonPointerOrder.INSTANCE);

    assertThat(shuffled).isEqualTo(sorted);
  }

  @Provide
  Arbitrary<String> pointers() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 120).map(String::valueOf),
            Arbitraries.strings().withChars("ab019~").ofMaxLength(3));
    return segment
        .list()
        .ofMaxSize(4)
        .map(list -> list.isEmpty() ? "" : "/" + String.join("/", list));
  }

  @Provide
  Arbitrary<List<String>> pointerLists() {
    return pointers().list().ofMaxSize(12);
  }
}
