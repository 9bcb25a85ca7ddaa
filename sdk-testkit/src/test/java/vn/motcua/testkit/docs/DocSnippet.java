package vn.motcua.testkit.docs;

import java.util.List;
import java.util.Optional;

/**
 * One {@code ```java} block of a Markdown page, with the {@code <!-- snippet ... -->} directives
 * written just above it.
 *
 * @param file the page, relative to the project root, with {@code /} separators
 * @param line the 1-based line of the opening fence
 * @param code the block's text, without the fences and without the list indentation of the fence
 * @param given declarations the block assumes: variables ({@code RelyingParty rp}) or methods
 *     ({@code ZonedDateTime hanoi(String text)})
 * @param imports extra imports ({@code org.h2.jdbcx.JdbcConnectionPool}, {@code static
 *     org.assertj.core.api.Assertions.assertThat})
 * @param kind the kind named by a {@code kind} directive, or empty to detect it
 * @param skipReason why the block is not compiled, or empty when it is
 * @param problems mistakes in the directives themselves (an unknown key, an empty value)
 */
record DocSnippet(
    String file,
    int line,
    String code,
    List<String> given,
    List<String> imports,
    Optional<Kind> kind,
    Optional<String> skipReason,
    List<String> problems) {

  /** How a block becomes a compilation unit. */
  enum Kind {
    /** A whole compilation unit: only package, imports and type declarations. Compiled as is. */
    UNIT,
    /** Fields, methods or nested types of a class: wrapped in a class. */
    MEMBERS,
    /** Statements, possibly with local records and classes: wrapped in a method of a class. */
    STATEMENTS
  }

  DocSnippet {
    given = List.copyOf(given);
    imports = List.copyOf(imports);
    problems = List.copyOf(problems);
  }

  /** Returns {@code file:line}, the place a reader opens. */
  String location() {
    return file + ":" + line;
  }

  @Override
  public String toString() {
    return location();
  }
}
