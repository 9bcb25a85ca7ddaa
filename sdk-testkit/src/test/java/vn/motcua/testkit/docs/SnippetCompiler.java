package vn.motcua.testkit.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Turns documentation snippets into compilation units and compiles them with {@link JavaCompiler}
 * against a class path, reporting each problem at its line in the Markdown page.
 *
 * <p>A {@link DocSnippet.Kind#STATEMENTS} block becomes the body of {@code void run(<given
 * variables>) throws Exception} in a class that also holds a stub of each given method; a {@link
 * DocSnippet.Kind#MEMBERS} block becomes the body of a class with the given variables as static
 * fields; a {@link DocSnippet.Kind#UNIT} block is compiled as written. Each gets its own package,
 * so blocks never see one another. Everything generated goes on the first line, so a block's lines
 * keep their numbers.
 */
final class SnippetCompiler {
  /** Imported on demand into every block that has no import of its own. */
  static final List<String> JDK_AND_LIBRARY_IMPORTS =
      List.of(
          "java.io.*",
          "java.math.*",
          "java.net.*",
          "java.nio.charset.*",
          "java.nio.file.*",
          "java.time.*",
          "java.time.format.*",
          "java.time.temporal.*",
          "java.util.*",
          "java.util.concurrent.*",
          "java.util.function.*",
          "java.util.stream.*",
          "javax.sql.*",
          "jakarta.validation.ConstraintViolation",
          "jakarta.validation.Valid",
          "jakarta.validation.Validation",
          "jakarta.validation.Validator",
          "jakarta.validation.constraints.*",
          "com.nimbusds.jose.jwk.*",
          "okhttp3.OkHttpClient",
          "org.junit.jupiter.api.*",
          "static org.assertj.core.api.Assertions.*");

  private static final List<String> OPTIONS =
      List.of(
          "--release",
          "17",
          "-proc:none",
          "-implicit:none",
          "-Xlint:all,-path,-options,-processing",
          "-Werror",
          "-Xmaxerrs",
          "1000");

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
              + "(?:(?:public|protected|private|abstract|final|static|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|record|interface|enum|@interface)\\s+\\w+");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public\\s+"
              + "(?:(?:abstract|final|sealed|non-sealed|strictfp|static)\\s+)*"
              + "(?:class|record|interface|enum|@interface)\\s+(\\w+)");
  private static final Pattern MEMBER_MODIFIER =
      Pattern.compile("^(?:public|protected|private|static|abstract|synchronized|native)\\b");
  private static final Pattern METHOD_DECLARATION =
      Pattern.compile(
          "^(?:<[^>]*>\\s*)?([\\w.]+)(?:<[^{;=]*>)?(?:\\[\\])*\\s+\\w+\\s*\\([^;{=]*\\)\\s*"
              + "(?:throws\\s+[\\w.,\\s]+)?\\{");
  private static final Pattern GIVEN_TYPE =
      Pattern.compile("^(?:record|class|interface|enum)\\s+\\w+.*", Pattern.DOTALL);
  private static final Pattern GIVEN_METHOD =
      Pattern.compile("^(.*\\S)\\s+(\\w+)\\s*\\((.*)\\)$", Pattern.DOTALL);
  private static final List<String> STATEMENT_KEYWORDS =
      List.of("else", "return", "new", "throw", "yield", "case", "do", "assert");

  /** A block as a compilation unit. */
  record Source(DocSnippet snippet, DocSnippet.Kind kind, String className, String text) {
    /**
     * Returns the page line of a line of {@link #text()}; the generated first line maps to the
     * fence.
     */
    int pageLine(long generatedLine) {
      int firstCodeLine = kind == DocSnippet.Kind.UNIT ? 1 : 2;
      return (int) (snippet.line() + Math.max(0, generatedLine - firstCodeLine + 1));
    }

    JavaFileObject fileObject() {
      String name = className.replace('.', '/');
      return new SimpleJavaFileObject(
          URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return text;
        }
      };
    }
  }

  private final String classPath;
  private final List<String> standardImports;

  SnippetCompiler(String classPath, List<String> standardImports) {
    this.classPath = classPath;
    this.standardImports = List.copyOf(standardImports);
  }

  /**
   * Returns a compiler for this JVM's class path, with the JDK and library imports and every public
   * {@code vn.motcua} package on it (no {@code internal} package, no test code).
   */
  static SnippetCompiler forTestClassPath() {
    String classPath = System.getProperty("java.class.path");
    List<String> imports = new ArrayList<>(JDK_AND_LIBRARY_IMPORTS);
    publicMotcuaPackages(classPath).forEach(p -> imports.add(p + ".*"));
    return new SnippetCompiler(classPath, imports);
  }

  List<String> standardImports() {
    return standardImports;
  }

  /**
   * Returns the public packages of the motcua main code on a class path: packages under {@code
   * vn.motcua} with a public top-level type, outside {@code internal}, from neither {@code
   * test-classes} nor a test jar.
   */
  static List<String> publicMotcuaPackages(String classPath) {
    TreeSet<String> packages = new TreeSet<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank() || entry.endsWith("test-classes") || entry.endsWith("-tests.jar")) {
        continue;
      }
      for (String className : motcuaClassNames(Path.of(entry))) {
        int dot = className.lastIndexOf('.');
        String pkg = className.substring(0, dot);
        if (!pkg.contains(".internal") && !packages.contains(pkg) && isPublic(className)) {
          packages.add(pkg);
        }
      }
    }
    return List.copyOf(packages);
  }

  private static List<String> motcuaClassNames(Path entry) {
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(entry)) {
        Path base = entry.resolve("vn").resolve("motcua");
        if (Files.isDirectory(base)) {
          try (Stream<Path> files = Files.walk(base)) {
            files
                .map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
                .forEach(n -> addClassName(n, names));
          }
        }
      } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (n.startsWith("vn/motcua/")) {
              addClassName(n, names);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static void addClassName(String path, List<String> names) {
    if (path.endsWith(".class")
        && !path.contains("$")
        && !path.endsWith("package-info.class")
        && !path.endsWith("module-info.class")) {
      names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
  }

  private static boolean isPublic(String className) {
    try {
      return Modifier.isPublic(
          Class.forName(className, false, SnippetCompiler.class.getClassLoader()).getModifiers());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Returns the kind a block's directive names, or the kind its shape shows. */
  static DocSnippet.Kind kindOf(DocSnippet snippet) {
    return snippet.kind().orElseGet(() -> detectKind(snippet.code()));
  }

  /**
   * Returns what a block looks like: a whole compilation unit when its top level holds only a
   * package, imports and type declarations (at least one); members when a top-level part starts
   * with a member modifier, an annotation or a method header; statements otherwise.
   */
  static DocSnippet.Kind detectKind(String code) {
    List<String> parts = topLevelParts(blankCommentsAndLiterals(code));
    boolean onlyTypes = !parts.isEmpty();
    boolean anyType = false;
    boolean anyMember = false;
    for (String part : parts) {
      boolean header = part.startsWith("package ") || part.startsWith("import ");
      boolean type = TYPE_DECLARATION.matcher(part).find();
      anyType |= type;
      onlyTypes &= header || type;
      if (!type && !header && isMember(part)) {
        anyMember = true;
      }
    }
    if (onlyTypes && anyType) {
      return DocSnippet.Kind.UNIT;
    }
    return anyMember ? DocSnippet.Kind.MEMBERS : DocSnippet.Kind.STATEMENTS;
  }

  private static boolean isMember(String part) {
    if (MEMBER_MODIFIER.matcher(part).find() || part.startsWith("@")) {
      return true;
    }
    Matcher m = METHOD_DECLARATION.matcher(part);
    return m.find() && !STATEMENT_KEYWORDS.contains(m.group(1));
  }

  /** Splits code at the semicolons and closing braces of its outermost level. */
  private static List<String> topLevelParts(String code) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int braces = 0;
    int parens = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      part.append(c);
      switch (c) {
        case '(' -> parens++;
        case ')' -> parens--;
        case '{' -> braces++;
        case '}' -> braces--;
        default -> {}
      }
      boolean end = braces == 0 && parens == 0 && (c == ';' || c == '}');
      if (end) {
        String p = part.toString().strip();
        if (!p.equals(";") && !p.isEmpty()) {
          parts.add(p.replaceAll("\\s+", " "));
        }
        part.setLength(0);
      }
    }
    String rest = part.toString().strip();
    if (!rest.isEmpty()) {
      parts.add(rest.replaceAll("\\s+", " "));
    }
    return parts;
  }

  /** Replaces comments, string, text block and character literals by spaces, keeping newlines. */
  static String blankCommentsAndLiterals(String code) {
    StringBuilder out = new StringBuilder(code);
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      int end;
      if (code.startsWith("//", i)) {
        int newline = code.indexOf('\n', i);
        end = newline < 0 ? n : newline;
      } else if (code.startsWith("/*", i)) {
        int close = code.indexOf("*/", i + 2);
        end = close < 0 ? n : close + 2;
      } else if (code.startsWith("\"\"\"", i)) {
        end = literalEnd(code, i + 3, "\"\"\"");
      } else if (c == '"' || c == '\'') {
        end = literalEnd(code, i + 1, String.valueOf(c));
      } else {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (out.charAt(k) != '\n') {
          out.setCharAt(k, ' ');
        }
      }
      i = end;
    }
    return out.toString();
  }

  /** Returns the index after a literal's closing delimiter; an unclosed one ends with its line. */
  private static int literalEnd(String code, int from, String delimiter) {
    int k = from;
    while (k < code.length()) {
      if (code.charAt(k) == '\\') {
        k += 2;
      } else if (code.startsWith(delimiter, k)) {
        return k + delimiter.length();
      } else if (delimiter.length() == 1 && code.charAt(k) == '\n') {
        return k;
      } else {
        k++;
      }
    }
    return code.length();
  }

  /** Returns the compilation unit of a block, in package {@code snippets.s<index>}. */
  Source wrap(DocSnippet snippet, int index) {
    DocSnippet.Kind kind = kindOf(snippet);
    String pkg = "snippets.s" + index;
    String code = snippet.code();
    StringBuilder head = new StringBuilder();
    boolean ownImports =
        kind == DocSnippet.Kind.UNIT
            && blankCommentsAndLiterals(code)
                .lines()
                .anyMatch(l -> l.strip().startsWith("import "));
    if (!ownImports) {
      standardImports.forEach(i -> head.append("import ").append(i).append("; "));
    }
    snippet.imports().forEach(i -> head.append("import ").append(i).append("; "));
    if (kind == DocSnippet.Kind.UNIT) {
      Matcher declaredPackage =
          Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;")
              .matcher(blankCommentsAndLiterals(code));
      Matcher publicType = PUBLIC_TYPE.matcher(blankCommentsAndLiterals(code));
      String simpleName = publicType.find() ? publicType.group(1) : "Snippet";
      if (declaredPackage.find()) {
        String text =
            code.substring(0, declaredPackage.end())
                + " "
                + head
                + code.substring(declaredPackage.end());
        return new Source(snippet, kind, declaredPackage.group(1) + "." + simpleName, text);
      }
      return new Source(
          snippet, kind, pkg + "." + simpleName, "package " + pkg + "; " + head + code);
    }
    StringBuilder text = new StringBuilder("package ").append(pkg).append("; ").append(head);
    text.append("final class Snippet { ");
    List<String> variables = new ArrayList<>();
    for (String given : snippet.given()) {
      Matcher method = GIVEN_METHOD.matcher(given);
      if (GIVEN_TYPE.matcher(given).matches()) {
        text.append(given.startsWith("class ") ? "static " : "").append(given);
        text.append(given.endsWith("}") ? " " : " {} ");
      } else if (method.matches()) {
        String returnType = method.group(1);
        text.append("static ").append(given).append(" { ");
        if (!returnType.equals("void")) {
          text.append("throw new UnsupportedOperationException(); ");
        }
        text.append("} ");
      } else {
        variables.add(given);
      }
    }
    if (kind == DocSnippet.Kind.MEMBERS) {
      variables.forEach(v -> text.append("static ").append(v).append("; "));
      text.append('\n').append(code).append("}\n");
    } else {
      text.append("void run(").append(String.join(", ", variables)).append(") throws Exception {");
      text.append('\n').append(code).append("}}\n");
    }
    return new Source(snippet, kind, pkg + ".Snippet", text.toString());
  }

  /**
   * Compiles every block that does not opt out and returns each one's problems (directive mistakes,
   * then compiler diagnostics), empty when it compiles. All blocks are compiled at once; when that
   * fails, each is compiled alone so that every problem is reported at its own block.
   */
  Map<DocSnippet, List<String>> compile(List<DocSnippet> snippets) {
    Map<DocSnippet, List<String>> problems = new LinkedHashMap<>();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      DocSnippet snippet = snippets.get(i);
      List<String> own = new ArrayList<>();
      snippet.problems().forEach(p -> own.add(snippet.location() + ": " + p));
      problems.put(snippet, own);
      if (snippet.skipReason().isEmpty()) {
        sources.add(wrap(snippet, i + 1));
      }
    }
    if (!sources.isEmpty() && !run(sources).isEmpty()) {
      for (Source source : sources) {
        problems.get(source.snippet()).addAll(run(List.of(source)));
      }
    }
    problems.replaceAll((s, p) -> List.copyOf(p));
    return problems;
  }

  /** Compiles sources together and returns the diagnostics, each placed on its page line. */
  private List<String> run(List<Source> sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("No Java compiler: run the tests on a JDK, not a JRE");
    }
    Path out;
    try {
      out = Files.createTempDirectory("motcua-doc-snippets");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<JavaFileObject, Source> byFile = new LinkedHashMap<>();
    sources.forEach(s -> byFile.put(s.fileObject(), s));
    List<String> options = new ArrayList<>(OPTIONS);
    options.addAll(List.of("-classpath", classPath, "-d", out.toString()));
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      compiler.getTask(null, files, diagnostics, options, null, byFile.keySet()).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(out);
    }
    List<Diagnostic<? extends JavaFileObject>> sorted =
        new ArrayList<>(diagnostics.getDiagnostics());
    sorted.sort(Comparator.comparingLong(Diagnostic::getLineNumber));
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : sorted) {
      if (d.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      Source source = d.getSource() == null ? null : byFile.get(d.getSource());
      String kind = d.getKind().toString().toLowerCase(Locale.ROOT);
      if (source == null) {
        messages.add(kind + ": " + d.getMessage(Locale.ENGLISH));
        continue;
      }
      int pageLine = source.pageLine(d.getLineNumber());
      StringBuilder m = new StringBuilder();
      m.append(source.snippet().file()).append(':').append(pageLine).append(": ").append(kind);
      m.append(": ").append(d.getMessage(Locale.ENGLISH));
      String line = pageLine == source.snippet().line() ? null : lineOf(source, d.getLineNumber());
      if (line != null) {
        m.append("\n    | ").append(line.stripTrailing());
      } else if (source.kind() != DocSnippet.Kind.UNIT || !source.snippet().imports().isEmpty()) {
        m.append("\n    (in the code generated from the snippet directives and imports)");
      }
      messages.add(m.toString());
    }
    return messages;
  }

  private static String lineOf(Source source, long generatedLine) {
    List<String> lines = source.text().lines().toList();
    int index = (int) generatedLine - 1;
    if (index <= 0 && source.kind() != DocSnippet.Kind.UNIT) {
      return null;
    }
    return index >= 0 && index < lines.size() ? lines.get(index) : null;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
