package vn.motcua.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relative links in README.md and docs/**.md lead somewhere: the file exists and a {@code #anchor}
 * names a heading of it (GitHub's anchors). Every page under docs/ is listed in an index.
 */
class DocLinksTest {
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");

  @Test
  void everyRelativeLink_leadsToAFileAndHeading() throws IOException {
    Path root = DocSnippets.projectRoot();
    List<String> broken = new ArrayList<>();
    for (Path page : DocSnippets.pages(root)) {
      broken.addAll(brokenLinks(root, page));
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void everyPageUnderDocs_isListedInAnIndex() throws IOException {
    Path root = DocSnippets.projectRoot();
    Path docs = root.resolve("docs");
    Set<Path> listed = new LinkedHashSet<>();
    for (Path index : List.of(docs.resolve("README.md"), docs.resolve("reference/README.md"))) {
      if (Files.exists(index)) {
        for (String target : links(Files.readString(index))) {
          listed.add(index.getParent().resolve(target.split("#", 2)[0]).normalize());
        }
      }
    }
    List<String> unlisted = new ArrayList<>();
    for (Path page : DocSnippets.pages(root)) {
      boolean index = page.getFileName().toString().equals("README.md");
      if (page.startsWith(docs) && !index && !listed.contains(page.normalize())) {
        unlisted.add(root.relativize(page).toString());
      }
    }
    assertThat(unlisted)
        .as("pages missing from docs/README.md and docs/reference/README.md")
        .isEmpty();
  }

  @Test
  void brokenLinks_reportsAMissingFileAndAMissingHeading(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), "# Title\n\n## Đăng ký `khai sinh` (mẫu)\n");
    Path b = dir.resolve("b.md");
    Files.writeString(
        b,
        String.join(
            "\n",
            "[ok](a.md#đăng-ký-khai-sinh-mẫu) [top](a.md#title) [web](https://example.vn/x.md)",
            "[gone](missing.md) [no heading](a.md#nothing) [self](#here)",
            "```markdown",
            "[inside a fence](ignored.md)",
            "```",
            "## Here"));

    assertThat(brokenLinks(dir, b))
        .containsExactly("b.md: missing.md (no such file)", "b.md: a.md#nothing (no such heading)");
  }

  @Test
  void anchors_followGitHub() {
    assertThat(
            anchors(
                "## The stub portal (`sdk-testkit`)\n## Tests and fault runs\n## Tests and fault runs\n"))
        .containsExactly(
            "the-stub-portal-sdk-testkit", "tests-and-fault-runs", "tests-and-fault-runs-1");
    assertThat(anchors("### Dead letters, monitoring, events\n```\n# not a heading\n```\n"))
        .containsExactly("dead-letters-monitoring-events");
  }

  static List<String> brokenLinks(Path root, Path page) throws IOException {
    List<String> broken = new ArrayList<>();
    String name = root.relativize(page).toString().replace('\\', '/');
    for (String target : links(Files.readString(page))) {
      if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
        continue; // https:, mailto:
      }
      String[] parts = target.split("#", 2);
      Path file = parts[0].isEmpty() ? page : page.getParent().resolve(parts[0]).normalize();
      if (!Files.exists(file)) {
        broken.add(name + ": " + target + " (no such file)");
      } else if (parts.length == 2
          && file.toString().endsWith(".md")
          && !anchors(Files.readString(file)).contains(parts[1])) {
        broken.add(name + ": " + target + " (no such heading)");
      }
    }
    return broken;
  }

  /** Returns the link targets of a page, outside fenced blocks. */
  static List<String> links(String markdown) {
    List<String> targets = new ArrayList<>();
    for (String line : outsideFences(markdown)) {
      Matcher m = LINK.matcher(line);
      while (m.find()) {
        targets.add(m.group(1));
      }
    }
    return targets;
  }

  /** Returns the anchors GitHub gives a page's headings, in order. */
  static List<String> anchors(String markdown) {
    List<String> anchors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : outsideFences(markdown)) {
      Matcher m = HEADING.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String slug =
          m.group(1)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{M}\\p{N}_\\- ]", "")
              .replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum) - 1;
      anchors.add(n == 0 ? slug : slug + "-" + n);
    }
    return anchors;
  }

  private static boolean closes(String line, String fence) {
    String t = line.strip();
    return t.length() >= fence.length() && t.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static List<String> outsideFences(String markdown) {
    List<String> lines = new ArrayList<>();
    String fence = null;
    for (String line : markdown.lines().toList()) {
      Matcher m = FENCE.matcher(line);
      if (fence == null && m.find()) {
        fence = m.group(1);
      } else if (fence != null && closes(line, fence)) {
        fence = null;
      } else if (fence == null) {
        lines.add(line);
      }
    }
    return lines;
  }
}
