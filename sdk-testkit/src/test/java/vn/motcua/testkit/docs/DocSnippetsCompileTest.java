package vn.motcua.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```java} block of README.md and docs/**.md compiles against the SDK: one dynamic
 * test per block, named by its page and line. The convention for fragments, given variables and
 * opt-outs is in docs/README.md, "Writing docs".
 */
class DocSnippetsCompileTest {
  private static Path root;
  private static List<DocSnippet> snippets;
  private static Map<DocSnippet, List<String>> problems;

  @BeforeAll
  static void compileEverySnippet() throws IOException {
    root = DocSnippets.projectRoot();
    snippets = DocSnippets.scan(root);
    problems = SnippetCompiler.forTestClassPath().compile(snippets);
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlock_compiles() {
    return snippets.stream()
        .map(
            snippet ->
                DynamicTest.dynamicTest(
                    snippet.location() + " (" + SnippetCompiler.kindOf(snippet) + ")",
                    () -> {
                      assertThat(problems.get(snippet))
                          .as(
                              "%s: the java block does not compile; declare what it assumes with"
                                  + " <!-- snippet given: ... --> (docs/README.md, Writing docs)",
                              snippet.location())
                          .isEmpty();
                      Assumptions.assumeTrue(
                          snippet.skipReason().isEmpty(),
                          () ->
                              snippet.location()
                                  + " opts out of compiling: "
                                  + snippet.skipReason().orElse(""));
                    }));
  }

  @Test
  void scan_findsTheBlocksOfTheReadmeAndTheGuides() {
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(30);
    assertThat(snippets).anyMatch(s -> s.file().equals("README.md"));
    assertThat(snippets).anyMatch(s -> s.file().startsWith("docs/"));
  }

  @Test
  void optOuts_stayRare() {
    assertThat(snippets.stream().filter(s -> s.skipReason().isPresent()).count())
        .as("blocks that opt out of compiling")
        .isLessThanOrEqualTo(Math.max(3, snippets.size() / 10));
  }

  @Test
  void everySnippetDirective_standsAboveAJavaBlock() throws IOException {
    assertThat(DocSnippets.strayDirectives(root)).isEmpty();
  }
}
