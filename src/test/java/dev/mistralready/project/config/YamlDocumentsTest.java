package dev.mistralready.project.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDocumentsTest {

    /** A fake key, built at run time so the repository passes its own secret gate. */
    private static final String KEY = String.join("", "sk9Xq2Lm", "7Vb4Nc8Z", "r1Ty6Wu3");

    private static YamlProblem problemOf(String text) {
        return YamlDocuments.read(text).problem().orElseThrow(() -> new AssertionError("parsed: " + text));
    }

    @Test
    void placesAMisindentedKeyAtItsLineAndColumnInTheParsersWords() {
        YamlProblem problem = problemOf("apiVersion: v1\nkind: Secret\n  data: x\n");

        assertThat(problem.describe()).isEqualTo("3:7: mapping values are not allowed here");
    }

    @Test
    void keepsTheDocumentsBeforeTheBrokenOne() {
        YamlDocuments.Result result = YamlDocuments.read("kind: A\n---\nkind: B\n  x: y\n");

        assertThat(result.documents()).hasSize(1);
        assertThat(result.error()).contains("4:4: mapping values are not allowed here");
    }

    @Test
    void namesTheTabThatCannotIndent() {
        assertThat(problemOf("a:\n\t- b\n").describe())
                .isEqualTo("2:1: while scanning for the next token: found character '\\t(TAB)' that cannot start any "
                        + "token. (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void saysATemplatedKeyIsNotAPlainValueWithoutNamingTheParserEvent() {
        YamlProblem problem = problemOf("metadata:\n  name: x\n  {{ .Values.labels }}: y\n");

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.problem()).startsWith("a key is a mapping or a list, not a plain value").doesNotContain("Event");
    }

    @Test
    void neverQuotesTheFileInAnyProblem() {
        List<String> broken = List.of(
                "a: 1\n b: " + KEY + "\n",
                "MISTRAL_API_KEY: \"" + KEY + "\n",
                "a: 'x' " + KEY + "\n",
                "a: b\n  " + KEY + ": c\n",
                "- " + KEY + "\n" + KEY + ": c\n",
                "a: [" + KEY + ", 2\n",
                "a: \"\\u" + KEY + "\"\n",
                "%TAG !" + KEY + "! tag:x\n---\na: b\n",
                "a: &" + KEY + "x\n  b\n c: d\n",
                "{" + KEY + ": {{ x }}}\n");

        for (String text : broken) {
            YamlDocuments.Result result = YamlDocuments.read(text);
            if (result.problem().isPresent()) {
                assertThat(result.error().orElseThrow()).as(text).doesNotContain(KEY).doesNotContain(KEY.substring(0, 8));
            }
        }
        assertThat(broken.stream().filter(text -> YamlDocuments.read(text).problem().isPresent())).hasSizeGreaterThan(6);
    }

    @Test
    void readsATextFileAsOneStringDocument() {
        YamlDocuments.Result result = YamlDocuments.read("This is not YAML, it is a note.\nSecond line.\n");

        assertThat(result.problem()).isEmpty();
        assertThat(result.documents()).singleElement().satisfies(document -> assertThat(document.root().isTextual()).isTrue());
    }
}
