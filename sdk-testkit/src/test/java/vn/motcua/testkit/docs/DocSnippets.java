package vn.motcua.testkit.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the {@code ```java} blocks of Markdown pages and the {@code <!-- snippet key: value -->}
 * directives just above each one. The convention is described in docs/README.md, "Writing docs".
 */
final class DocSnippets {
  private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*([^`\\s]*)(.*)$");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*<!--\\s*snippet\\s+([a-z-]+)\\s*:(.*?)-->\\s*$");
  private static final Pattern ANY_DIRECTIVE = Pattern.compile("^\\s*<!--\\s*snippet\\b");
  private static final Set<String> KEYS = Set.of("given", "import", "kind", "no-compile");

  private DocSnippets() {}

  /**
   * Returns the project root: the nearest directory at or above the working directory that holds
   * {@code mvnw}, {@code pom.xml} and {@code docs/}. Surefire runs in the module's directory, an
   * IDE often in the root; both find the same place.
   */
  static Path projectRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))
          && Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("docs"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "No project root (a directory with mvnw, pom.xml and docs/) at or above " + start);
  }

  /** Returns the pages whose snippets are checked: README.md and every docs/**.md, sorted. */
  static List<Path> pages(Path root) throws IOException {
    List<Path> pages = new ArrayList<>();
    if (Files.isRegularFile(root.resolve("README.md"))) {
      pages.add(root.resolve("README.md"));
    }
    try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
      files
          .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".md"))
          .sorted()
          .forEach(pages::add);
    }
    return pages;
  }

  /** Returns the Java blocks of every page under {@code root}, in page and line order. */
  static List<DocSnippet> scan(Path root) throws IOException {
    List<DocSnippet> snippets = new ArrayList<>();
    for (Path page : pages(root)) {
      snippets.addAll(extract(name(root, page), Files.readString(page)));
    }
    return snippets;
  }

  /**
   * Returns the {@code file:line} of every snippet directive under {@code root} not above a Java
   * block.
   */
  static List<String> strayDirectives(Path root) throws IOException {
    List<String> stray = new ArrayList<>();
    for (Path page : pages(root)) {
      stray.addAll(strayDirectives(name(root, page), Files.readString(page)));
    }
    return stray;
  }

  private static String name(Path root, Path page) {
    return root.relativize(page).toString().replace('\\', '/');
  }

  /** Returns the Java blocks of one page. */
  static List<DocSnippet> extract(String file, String markdown) {
    List<DocSnippet> snippets = new ArrayList<>();
    List<String> lines = markdown.lines().toList();
    int i = 0;
    while (i < lines.size()) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        i++;
        continue;
      }
      int indent = open.group(1).length();
      String fence = open.group(2);
      int close = closingFence(lines, i + 1, fence);
      if (open.group(3).equals("java")) {
        snippets.add(snippet(file, lines, i, close, indent, open.group(4).trim()));
      }
      i = close + 1;
    }
    return snippets;
  }

  /** Returns the {@code file:line} of each snippet directive of a page not above a Java block. */
  static List<String> strayDirectives(String file, String markdown) {
    List<String> lines = markdown.lines().toList();
    List<String> stray = new ArrayList<>();
    boolean inFence = false;
    String fence = "";
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FENCE.matcher(lines.get(i));
      if (inFence) {
        if (closes(lines.get(i), fence)) {
          inFence = false;
        }
        continue;
      }
      if (m.matches()) {
        inFence = true;
        fence = m.group(2);
        continue;
      }
      if (ANY_DIRECTIVE.matcher(lines.get(i)).find() && !aboveJavaBlock(lines, i)) {
        stray.add(file + ":" + (i + 1));
      }
    }
    return stray;
  }

  private static boolean aboveJavaBlock(List<String> lines, int directive) {
    for (int j = directive + 1; j < lines.size(); j++) {
      String line = lines.get(j);
      if (line.isBlank() || DIRECTIVE.matcher(line).matches()) {
        continue;
      }
      Matcher m = FENCE.matcher(line);
      return m.matches() && m.group(3).equals("java");
    }
    return false;
  }

  private static int closingFence(List<String> lines, int from, String fence) {
    for (int j = from; j < lines.size(); j++) {
      if (closes(lines.get(j), fence)) {
        return j;
      }
    }
    return lines.size();
  }

  private static boolean closes(String line, String fence) {
    String t = line.strip();
    return t.length() >= fence.length() && t.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static int leadingSpaces(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static DocSnippet snippet(
      String file, List<String> lines, int open, int close, int indent, String infoRest) {
    StringBuilder code = new StringBuilder();
    for (int j = open + 1; j < Math.min(close, lines.size()); j++) {
      String line = lines.get(j);
      code.append(line, Math.min(indent, leadingSpaces(line)), line.length()).append('\n');
    }
    List<String> given = new ArrayList<>();
    List<String> imports = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Optional<DocSnippet.Kind> kind = Optional.empty();
    Optional<String> skip = Optional.empty();
    if (close >= lines.size()) {
      problems.add("the block has no closing fence");
    }
    if (infoRest.startsWith("no-compile")) {
      skip = Optional.of(infoRest.substring("no-compile".length()).replaceFirst("^[:\\s]+", ""));
    } else if (!infoRest.isEmpty()) {
      problems.add("unknown words after ```java: '" + infoRest + "'");
    }
    for (int j = directivesStart(lines, open); j < open; j++) {
      Matcher m = DIRECTIVE.matcher(lines.get(j));
      if (!m.matches()) {
        continue;
      }
      String key = m.group(1);
      String value = m.group(2).trim();
      if (!KEYS.contains(key)) {
        problems.add(
            "line "
                + (j + 1)
                + ": unknown directive 'snippet "
                + key
                + ":', expected one of "
                + KEYS);
      } else if (value.isEmpty()) {
        problems.add("line " + (j + 1) + ": 'snippet " + key + ":' needs a value");
      } else if (key.equals("given")) {
        given.addAll(split(value, ";"));
      } else if (key.equals("import")) {
        imports.addAll(split(value, "[,;]"));
      } else if (key.equals("no-compile")) {
        skip = Optional.of(value);
      } else {
        try {
          kind = Optional.of(DocSnippet.Kind.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add(
              "line " + (j + 1) + ": 'snippet kind:' is unit, members or statements, not " + value);
        }
      }
    }
    if (skip.isPresent() && skip.get().isBlank()) {
      problems.add("an opt-out from compiling needs a reason: <!-- snippet no-compile: why -->");
    }
    return new DocSnippet(file, open + 1, code.toString(), given, imports, kind, skip, problems);
  }

  /** Returns the first line of the directives (and blank lines) directly above a fence. */
  private static int directivesStart(List<String> lines, int open) {
    int j = open;
    while (j > 0 && (lines.get(j - 1).isBlank() || DIRECTIVE.matcher(lines.get(j - 1)).matches())) {
      j--;
    }
    return j;
  }

  private static List<String> split(String value, String separator) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split(separator)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }
}
