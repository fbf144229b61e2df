package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Rule;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.RuleCatalogue;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExplainCommandTest {

    @TempDir
    Path work;

    @Test
    void explainsARuleWithItsGateTypeSeverityWhyAndFix() {
        CliRun run = CliRun.in(work, "explain", "MR-SEC-001");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("MR-SEC-001: Mistral API key\n")
                .contains("  gate type: secret-scan\n", "  severity:  error\n", "Why it matters:\n  A Mistral API key",
                        "Fix:\n  Read the key from the MISTRAL_API_KEY");
        assertThat(run.out().lines()).allMatch(line -> line.length() <= WrappedText.WIDTH, "wrapped at 80 columns");
    }

    static Stream<String> everyRule() {
        return RuleCatalogue.of(CheckRegistry.installed()).ids().stream();
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void explainsEveryDeclaredRuleWithItsWholePage(String id) {
        Rule rule = RuleCatalogue.of(CheckRegistry.installed()).find(id).orElseThrow().rule();

        CliRun run = CliRun.in(work, "explain", id);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String page = run.out();
        assertThat(page).startsWith(id + ": " + rule.title() + "\n").contains("\nWhy it matters:\n  ", "\nFix:\n  ");
        assertThat(page.contains("\nWhat it finds:\n")).isEqualTo(!rule.finds().equals(rule.title()));
        assertThat(page.contains("\nExample:\n")).isEqualTo(!rule.example().isBlank());
        String prose = page.contains("\nExample:\n") ? page.substring(0, page.indexOf("\nExample:\n")) : page;
        assertThat(prose.lines()).allMatch(line -> line.length() <= WrappedText.WIDTH, "wrapped at 80 columns");
        assertThat(page).doesNotContain("```");
    }

    @Test
    void printsTheExampleAsCodeWithoutItsMarkdownFences() {
        CliRun run = CliRun.in(work, "explain", "MR-MOD-006");

        assertThat(run.out()).contains("\nExample:\n  client.chat.complete(model=\"mistral-small-2603\", temperature=0.3,"
                + " messages=messages)\n  # fixed:\n");
    }

    @Test
    void explainsTheGateLevelRulesOfTheReports() {
        CliRun run = CliRun.in(work, "explain", "MR-GATE-ERROR");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("MR-GATE-ERROR: A gate could not run\n").contains("  gate type: gate\n");
    }

    @Test
    void acceptsTheIdInLowerCase() {
        CliRun run = CliRun.in(work, "explain", "mr-k8s-005");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("MR-K8S-005: A Deployment with strategy Recreate\n")
                .contains("  gate type: k8s-manifests\n", "  severity:  error\n");
    }

    @Test
    void rejectsAnUnknownRuleWithTheClosestId() {
        CliRun run = CliRun.in(work, "explain", "MR-SEC-0001");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown rule `MR-SEC-0001`; did you mean `MR-SEC-001`?");
    }

    @Test
    void listsEveryRuleOneALine() {
        CliRun run = CliRun.in(work, "list", "--rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .contains("MR-SEC-001     error    secret-scan       Mistral API key",
                        "MR-MOD-003     warning  model-config      A deprecated model",
                        "MR-GATE-WARN   warning  gate              A gate warned")
                .allMatch(line -> line.startsWith("MR-"))
                .hasSizeGreaterThan(100);
        assertThat(run.out()).doesNotContain("    run (");
    }
}
