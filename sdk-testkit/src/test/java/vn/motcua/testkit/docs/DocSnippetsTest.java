package vn.motcua.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extractor and the compiler behind {@link DocSnippetsCompileTest}, on pages written here. */
class DocSnippetsTest {
  private static final SnippetCompiler COMPILER = SnippetCompiler.forTestClassPath();

  private static DocSnippet only(String markdown) {
    List<DocSnippet> snippets = DocSnippets.extract("docs/page.md", markdown);
    assertThat(snippets).hasSize(1);
    return snippets.get(0);
  }

  private static List<String> problems(String markdown) {
    DocSnippet snippet = only(markdown);
    return COMPILER.compile(List.of(snippet)).get(snippet);
  }

  @Test
  void extract_findsJavaBlocksWithTheLineOfTheirFence() {
    String page =
        String.join(
            "\n",
            "# Page",
            "",
            "```sh",
            "./mvnw verify",
            "```",
            "",
            "```java",
            "int a = 1;",
            "```",
            "",
            "```json",
            "{}",
            "```",
            "~~~java",
            "int b = 2;",
            "~~~");

    List<DocSnippet> snippets = DocSnippets.extract("docs/page.md", page);

    assertThat(snippets)
        .extracting(DocSnippet::location)
        .containsExactly("docs/page.md:7", "docs/page.md:14");
    assertThat(snippets)
        .extracting(DocSnippet::code)
        .containsExactly("int a = 1;\n", "int b = 2;\n");
  }

  @Test
  void extract_skipsJavaShownInsideALongerFence_andUnindentsBlocksInLists() {
    String page =
        String.join(
            "\n",
            "````markdown",
            "```java",
            "not a block of this page",
            "```",
            "````",
            "1. Load it:",
            "",
            "   ```java",
            "   if (true) {",
            "     run();",
            "   }",
            "   ```");

    DocSnippet snippet = only(page);

    assertThat(snippet.line()).isEqualTo(8);
    assertThat(snippet.code()).isEqualTo("if (true) {\n  run();\n}\n");
  }

  @Test
  void extract_readsTheDirectivesAboveTheFence() {
    DocSnippet snippet =
        only(
            String.join(
                "\n",
                "Some text.",
                "<!-- snippet given: RelyingParty rp; Map<String, String> session -->",
                "<!-- snippet import: org.h2.jdbcx.JdbcConnectionPool, static java.lang.Math.max -->",
                "",
                "<!-- snippet kind: members -->",
                "```java",
                "int a = 1;",
                "```"));

    assertThat(snippet.given()).containsExactly("RelyingParty rp", "Map<String, String> session");
    assertThat(snippet.imports())
        .containsExactly("org.h2.jdbcx.JdbcConnectionPool", "static java.lang.Math.max");
    assertThat(snippet.kind()).contains(DocSnippet.Kind.MEMBERS);
    assertThat(snippet.skipReason()).isEmpty();
    assertThat(snippet.problems()).isEmpty();
  }

  @Test
  void extract_reportsMistakesInTheDirectives() {
    DocSnippet snippet =
        only(
            String.join(
                "\n",
                "<!-- snippet givne: Foo foo -->",
                "<!-- snippet kind: expression -->",
                "<!-- snippet no-compile: -->",
                "```java",
                "x",
                "```"));

    assertThat(snippet.problems())
        .anyMatch(p -> p.contains("unknown directive 'snippet givne:'"))
        .anyMatch(p -> p.contains("unit, members or statements, not expression"))
        .anyMatch(p -> p.contains("'snippet no-compile:' needs a value"));
  }

  @Test
  void extract_takesAnOptOutFromTheInfoStringOrADirective() {
    assertThat(only("```java no-compile: pseudo-code\nx\n```").skipReason())
        .contains("pseudo-code");
    assertThat(only("<!-- snippet no-compile: wire format -->\n```java\nx\n```").skipReason())
        .contains("wire format");
    assertThat(only("```java no-compile\nx\n```").problems())
        .anyMatch(p -> p.contains("needs a reason"));
  }

  @Test
  void strayDirectives_areThoseNotAboveAJavaBlock() {
    String page =
        String.join(
            "\n",
            "<!-- snippet given: int a -->",
            "A paragraph between the directive and the block.",
            "```java",
            "a++;",
            "```",
            "<!-- snippet given: int b -->",
            "```sh",
            "ls",
            "```",
            "<!-- snippet given: int c -->",
            "```java",
            "c++;",
            "```");

    assertThat(DocSnippets.strayDirectives("docs/page.md", page))
        .containsExactly("docs/page.md:1", "docs/page.md:6");
  }

  @Test
  void detectKind_tellsUnitsMembersAndStatementsApart() {
    assertThat(
            SnippetCompiler.detectKind(
                "import java.util.List;\n\nclass A {\n  List<String> a;\n}\n"))
        .isEqualTo(DocSnippet.Kind.UNIT);
    assertThat(SnippetCompiler.detectKind("public record R(int a) {}\n"))
        .isEqualTo(DocSnippet.Kind.UNIT);
    assertThat(SnippetCompiler.detectKind("record R(int a) {}\nR r = new R(1);\n"))
        .isEqualTo(DocSnippet.Kind.STATEMENTS);
    assertThat(
            SnippetCompiler.detectKind("static int a = 1;\n\n@BeforeAll\nstatic void start() {}\n"))
        .isEqualTo(DocSnippet.Kind.MEMBERS);
    assertThat(SnippetCompiler.detectKind("void reset() {\n  a = 0;\n}\n"))
        .isEqualTo(DocSnippet.Kind.MEMBERS);
    assertThat(
            SnippetCompiler.detectKind(
                "if (a) {\n  b();\n} else if (c) {\n  d();\n}\ntry (var x = open()) {\n} catch"
                    + " (RuntimeException e) {\n}\nString s = \"class X {\"; // record Y() {}\n"))
        .isEqualTo(DocSnippet.Kind.STATEMENTS);
  }

  @Test
  void compile_reportsABrokenBlockWithItsPageLineAndTheCompilersMessage() {
    List<String> problems =
        problems(
            String.join(
                "\n",
                "# Page",
                "",
                "```java",
                "PersonalIdNumber id = PersonalIdNumber.parse(\"079303123456\");",
                "id.noSuchMethod();",
                "```"));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith("docs/page.md:5: error: cannot find symbol")
        .contains("noSuchMethod()")
        .contains("| id.noSuchMethod();");
  }

  @Test
  void compile_acceptsAFragmentOnceWhatItAssumesIsGiven() {
    String block =
        String.join(
            "\n",
            "```java",
            "ZonedDateTime due = calendar.addWorkingDays(hanoi(\"2025-03-07T15:00\"), 3);",
            "Application form = new Application(\"Nguyễn Văn An\");",
            "```");

    assertThat(problems(block))
        .anyMatch(p -> p.contains("symbol:   variable calendar"))
        .anyMatch(p -> p.contains("symbol:   method hanoi(java.lang.String)"))
        .anyMatch(p -> p.contains("symbol:   class Application"));
    assertThat(
            problems(
                "<!-- snippet given: WorkingCalendar calendar; ZonedDateTime hanoi(String text) -->\n"
                    + "<!-- snippet given: record Application(String fullName) -->\n"
                    + block))
        .isEmpty();
  }

  @Test
  void compile_placesAnErrorInTheDirectivesOnTheFence() {
    List<String> problems =
        problems("Text.\n<!-- snippet given: NoSuchType x -->\n```java\nx.run();\n```");

    assertThat(problems)
        .first()
        .asString()
        .startsWith("docs/page.md:3: error: cannot find symbol")
        .contains("generated from the snippet directives");
  }

  @Test
  void compile_takesAWholeUnitAsWritten() {
    assertThat(
            problems(
                "```java\npublic final class Desk {\n  List<Dossier> open = new ArrayList<>();\n}\n```"))
        .as("without imports of its own, a unit gets the standard ones")
        .isEmpty();
    assertThat(
            problems("```java\nimport java.util.Map;\n\nclass Desk {\n  List<String> a;\n}\n```"))
        .as("with imports of its own, a unit gets no others")
        .anyMatch(p -> p.startsWith("docs/page.md:5: error: cannot find symbol"));
    assertThat(problems("```java\npackage my.agency;\n\nclass Desk {\n  Dossier d;\n}\n```"))
        .isEmpty();
  }

  @Test
  void compile_wrapsMembersInAClass() {
    assertThat(
            problems(
                String.join(
                    "\n",
                    "<!-- snippet given: StubIdentityProvider idp -->",
                    "```java",
                    "@BeforeAll",
                    "static void start() {",
                    "  idp.start();",
                    "}",
                    "",
                    "@Test",
                    "void login() {",
                    "  assertThat(idp.issuer()).isNotNull();",
                    "}",
                    "```")))
        .isEmpty();
  }

  @Test
  void compile_failsOnWarningsSuchAsDeprecatedApi() {
    assertThat(problems("```java\nInteger boxed = new Integer(5);\n```"))
        .anyMatch(p -> p.contains("deprecated and marked for removal"));
  }

  @Test
  void compile_leavesOptedOutBlocksAlone() {
    assertThat(
            problems("<!-- snippet no-compile: the wire format -->\n```java\nPOST /adapter\n```"))
        .isEmpty();
  }

  @Test
  void compile_reportsEveryBrokenBlockWhenSeveralAreCompiledTogether() {
    List<DocSnippet> snippets =
        DocSnippets.extract(
            "docs/page.md",
            "```java\nint a = 1;\n```\n\n```java\nint b = ;\n```\n\n```java\nc();\n```");

    Map<DocSnippet, List<String>> problems = COMPILER.compile(snippets);

    assertThat(problems.get(snippets.get(0))).isEmpty();
    assertThat(problems.get(snippets.get(1)))
        .first()
        .asString()
        .startsWith("docs/page.md:6: error:");
    assertThat(problems.get(snippets.get(2)))
        .first()
        .asString()
        .startsWith("docs/page.md:10: error: cannot find symbol");
  }

  @Test
  void standardImports_holdThePublicSdkPackagesButNoInternalOrTestOnes() {
    assertThat(COMPILER.standardImports())
        .contains(
            "vn.motcua.core.*",
            "vn.motcua.core.id.*",
            "vn.motcua.identity.*",
            "vn.motcua.dossier.*",
            "vn.motcua.dossier.outbox.*",
            "vn.motcua.testkit.portal.*")
        .noneMatch(i -> i.contains(".internal"))
        .noneMatch(i -> i.startsWith("vn.motcua.architecture"));
  }

  @Test
  void standardImports_leaveCommonNamesUnambiguous() {
    assertThat(
            problems(
                "```java\nList<Class<?>> types = List.of(Path.class, Files.class, Map.class,"
                    + " Optional.class, Duration.class, Instant.class, URI.class, Locale.class,"
                    + " DataSource.class, Validator.class, Valid.class, NotBlank.class, Test.class,"
                    + " Dossier.class, Dispatcher.class, Receipt.class, PortalReceipt.class,"
                    + " Document.class, Applicant.class, JWK.class, OkHttpClient.class,"
                    + " MotcuaException.class, StubPortal.class, StubIdentityProvider.class);\n```"))
        .isEmpty();
  }

  @Test
  void projectRoot_isFoundFromTheModuleDirectory() {
    assertThat(DocSnippets.projectRoot().resolve("docs").resolve("README.md"))
        .satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
    assertThat(Optional.of(DocSnippets.projectRoot().resolve("sdk-testkit")))
        .hasValueSatisfying(p -> assertThat(Files.isDirectory(p)).isTrue());
  }
}
