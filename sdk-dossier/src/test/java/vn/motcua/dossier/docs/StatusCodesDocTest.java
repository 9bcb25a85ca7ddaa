package vn.motcua.dossier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.FeeKind;
import vn.motcua.dossier.lifecycle.DossierLifecycle;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.satisfaction.SatisfactionLevel;

/**
 * Keeps docs/reference/status-codes.md true and complete: its tables are compared with rows
 * generated from the enums and the status machine. A failure prints the rows the page should hold.
 */
class StatusCodesDocTest {
  private static final Path PAGE = Path.of("..", "docs", "reference", "status-codes.md");
  private static String page;

  @BeforeAll
  static void readPage() throws IOException {
    page = Files.readString(PAGE);
  }

  @Test
  void statusTable_listsEveryStatusWithItsCodeTerminalFlagAndClock() {
    List<List<String>> rows = table("## Dossier status");
    List<String> expected =
        Arrays.stream(DossierStatus.values())
            .map(
                s ->
                    String.join(
                        " | ",
                        String.valueOf(s.code()),
                        "`" + s.name() + "`",
                        s.label(Locale.forLanguageTag("vi")),
                        s.label(Locale.ENGLISH),
                        s.isTerminal() ? "yes" : "no",
                        clock(s)))
            .toList();

    assertThat(rows)
        .extracting(r -> String.join(" | ", r))
        .as("code | constant | labels | terminal | clock, from DossierStatus and DossierLifecycle")
        .containsExactlyElementsOf(expected);
  }

  private static String clock(DossierStatus status) {
    if (status.isTerminal()) {
      return "stopped";
    }
    return DossierLifecycle.pausesClock(status) ? "paused" : "runs";
  }

  @Test
  void transitionTable_isTheLifecyclesStatusMachine() {
    List<String> expected =
        Arrays.stream(DossierStatus.values())
            .map(
                from -> {
                  Set<DossierStatus> to = DossierLifecycle.allowedFrom(from);
                  String allowed =
                      to.isEmpty()
                          ? "none (terminal)"
                          : to.stream()
                              .map(StatusCodesDocTest::label)
                              .collect(Collectors.joining(", "));
                  return label(from) + " | " + allowed;
                })
            .toList();

    assertThat(table("## Allowed transitions"))
        .extracting(r -> String.join(" | ", r))
        .as("from | allowed to, from DossierLifecycle.allowedFrom")
        .containsExactlyElementsOf(expected);
  }

  @Test
  void diagram_drawsEveryTransitionButWithdrawal() {
    String section = section("## Allowed transitions");
    Set<String> edges = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\s*s(\\d+) --> s(\\d+)\\s*$").matcher(section);
    while (m.find()) {
      edges.add(m.group(1) + "->" + m.group(2));
    }
    Set<String> expected = new TreeSet<>();
    for (DossierStatus from : DossierStatus.values()) {
      for (DossierStatus to : DossierLifecycle.allowedFrom(from)) {
        if (to != DossierStatus.WITHDRAWN) {
          expected.add(from.code() + "->" + to.code());
        }
      }
    }

    assertThat(edges).isEqualTo(expected);
    for (DossierStatus status : DossierStatus.values()) {
      if (status != DossierStatus.WITHDRAWN) {
        assertThat(section)
            .contains("s" + status.code() + ": " + status.code() + " " + status.name());
      }
    }
  }

  static Stream<Arguments> codedEnums() {
    return Stream.of(
        Arguments.of("### Channel", Channel.class),
        Arguments.of("### Applicant kind", ApplicantKind.class),
        Arguments.of("### Fee kind", FeeKind.class),
        Arguments.of("### Satisfaction level", SatisfactionLevel.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("codedEnums")
  void codeTable_listsEveryConstantWithItsCode(String heading, Class<? extends Enum<?>> type)
      throws ReflectiveOperationException {
    Method code = type.getMethod("code");
    List<String> expected = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      expected.add(code.invoke(constant) + " | `" + constant.name() + "`");
    }
    List<List<String>> rows = table(heading);

    assertThat(section(heading)).contains("`" + type.getName() + "`");
    assertThat(rows)
        .extracting(r -> r.get(0) + " | " + r.get(1))
        .as("code | constant of %s", type.getSimpleName())
        .containsExactlyElementsOf(expected);
    assertThat(rows).allSatisfy(r -> assertThat(r.subList(2, 4)).allMatch(t -> !t.isBlank()));
  }

  @Test
  void satisfactionTable_usesTheLabelsOfTheEnum() {
    assertThat(table("### Satisfaction level"))
        .extracting(r -> r.get(2))
        .containsExactlyElementsOf(
            Arrays.stream(SatisfactionLevel.values()).map(SatisfactionLevel::label).toList());
  }

  @Test
  void outboxTable_listsEveryEntryState() {
    assertThat(table("## Outbox entry states"))
        .extracting(r -> r.get(0))
        .containsExactlyElementsOf(
            Arrays.stream(EntryState.values()).map(s -> "`" + s.name() + "`").toList());
  }

  @Test
  void everyEnumWithAPortalCode_hasATable() throws IOException {
    Set<String> coded = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(f);
        if (source.contains("public enum ")
            && source.contains("public int code()")
            && !f.toString().contains("internal")) {
          String name = Path.of("src", "main", "java").relativize(f).toString();
          coded.add(name.substring(0, name.length() - ".java".length()).replace('/', '.'));
        }
      }
    }

    assertThat(coded).hasSizeGreaterThanOrEqualTo(5);
    assertThat(coded).allSatisfy(type -> assertThat(page).contains("`" + type + "`"));
  }

  private static String label(DossierStatus status) {
    return status.code() + " `" + status.name() + "`";
  }

  /** Returns the text from a heading to the next heading of the same or a higher level. */
  private static String section(String heading) {
    int start = page.indexOf("\n" + heading);
    assertThat(start).as("heading %s in %s", heading, PAGE).isNotNegative();
    int level = heading.indexOf(' ');
    Matcher next =
        Pattern.compile("(?m)^#{1," + level + "} ")
            .matcher(page)
            .useAnchoringBounds(false)
            .region(start + 1 + heading.length(), page.length());
    return page.substring(start, next.find() ? next.start() : page.length());
  }

  /** Returns the body rows of the first table in a section, each as trimmed cells. */
  private static List<List<String>> table(String heading) {
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : section(heading).lines().toList()) {
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      List<String> cells =
          Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
              .map(String::strip)
              .toList();
      rows.add(cells);
    }
    assertThat(rows).as("a table under %s", heading).hasSizeGreaterThan(2);
    return rows.subList(2, rows.size());
  }
}
