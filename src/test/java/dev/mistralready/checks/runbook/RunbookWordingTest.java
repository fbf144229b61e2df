package dev.mistralready.checks.runbook;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the gate reads a runbook's words: headings and prose, not code; and only a runbook that names
 * Mistral, the model provider or an LLM. Fixtures llm-gateway and platform are real runbooks (see their NOTICE).
 */
class RunbookWordingTest {

    @TempDir
    Path project;

    private static Outcome check(Path root, RunbookOptions options) throws Exception {
        return new RunbookCheck().run(options, new CheckContext(root, Map.of(), Clock.systemUTC(), new Cancellation(),
                Progress.NONE));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(RunbookWordingTest.class.getResource("/fixtures/runbook/" + name).toURI());
    }

    @Test
    void aRunbookInOtherWordsCoversEveryTopicFromItsSectionsAndTables() throws Exception {
        Outcome outcome = check(fixture("other-words"), RunbookOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details()).isEqualTo("read RUNBOOK.md (5 headings)\ncovered: rollback at RUNBOOK.md:7, "
                + "health at RUNBOOK.md:15, circuit-breaker at RUNBOOK.md:22, error-rate at RUNBOOK.md:21, "
                + "auth at RUNBOOK.md:24, rate-limit at RUNBOOK.md:23, escalation at RUNBOOK.md:28");
    }

    @Test
    void aRealGatewayRunbookIsMissingRollbackErrorRateKeyRotationAndEscalation() throws Exception {
        Outcome outcome = check(fixture("llm-gateway"), RunbookOptions.defaults());

        // Its "Provider Outage" section (line 5) is the 503 and fallback incident, and the "500 errors" of line 20
        // are Redis failing: neither says what to do when Mistral's error rate climbs.
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-RUN-001", Location.of("docs/RUNBOOKS.md", 32)),
                        tuple("MR-RUN-004", Location.of("docs/RUNBOOKS.md", 32)),
                        tuple("MR-RUN-005", Location.of("docs/RUNBOOKS.md", 32)),
                        tuple("MR-RUN-007", Location.of("docs/RUNBOOKS.md", 32)));
        assertThat(outcome.details()).endsWith("covered: health at docs/RUNBOOKS.md:6, circuit-breaker at "
                + "docs/RUNBOOKS.md:8, rate-limit at docs/RUNBOOKS.md:6");
    }

    @Test
    void anUnrelatedPlatformRunbookIsOneFindingAndCoversNothing() throws Exception {
        Outcome outcome = check(fixture("platform"), RunbookOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("docs/runbooks/KubeAPIErrorBudgetBurn.md never names Mistral, the model "
                + "provider or an LLM: not the Mistral integration's runbook");
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-RUN-010", Severity.ERROR, Location.of("docs/runbooks/KubeAPIErrorBudgetBurn.md", 1)));
        assertThat(outcome.details()).doesNotContain("covered");
    }

    @Test
    void aboutGivesTheWordsTheIntegrationsRunbookUses() throws Exception {
        Outcome outcome = check(fixture("platform"), RunbookOptions.defaults().withAbout(List.of("kubernetes")));

        assertThat(outcome.findings()).extracting(Finding::ruleId).doesNotContain("MR-RUN-010").contains("MR-RUN-001");
        assertThat(outcome.details()).contains("covered: error-rate at docs/runbooks/KubeAPIErrorBudgetBurn.md:44");
    }

    @Test
    void rollbackNamedInProseWithoutCodeWarnsAtThatLine() throws Exception {
        write(project, "RUNBOOK.md", """
                # Mistral chat runbook

                ## Deploys
                If a deploy breaks chat, revert it from the CI page.

                ## Incidents
                On 503 or 5xx from Mistral the breaker opens and we fail fast. A 401 means: rotate the key.
                On 429, lower the concurrency. Escalate to the on-call lead.
                """);

        Outcome outcome = check(project, RunbookOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::message, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-RUN-008", "the rollback section `Deploys` gives no command",
                        Location.of("RUNBOOK.md", 4)));
    }

    @Test
    void aMissingTopicPointsAtTheFileNamedForIt() throws Exception {
        write(project, "runbooks/README.md", """
                # Mistral integration runbooks

                Roll back with `kubectl rollout undo`. If /health answers 503, or 5xx pile up, the breaker opens.
                A 401 means rotate the key; escalate to the on-call lead.
                """);
        write(project, "runbooks/rate-limits.md", "# Slow answers\n\nTo be written.\n");

        Outcome outcome = check(project, RunbookOptions.defaults());

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-RUN-006", Location.of("runbooks/rate-limits.md", 1)));
    }

    @Test
    void wordsInCodeBlocksAndLinkTargetsDoNotCount() throws Exception {
        write(project, "RUNBOOK.md", """
                # Mistral chat runbook

                See [the guide](docs/rate-limits-429.md) and the homepage.

                ```sh
                # escalate: rollback
                kubectl rollout undo deployment/chat
                ```
                """);

        Outcome outcome = check(project, RunbookOptions.defaults().withSkip(
                List.of("health", "circuit-breaker", "error-rate", "auth")));

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-RUN-001", Location.of("RUNBOOK.md", 1)),
                        tuple("MR-RUN-006", Location.of("RUNBOOK.md", 1)),
                        tuple("MR-RUN-007", Location.of("RUNBOOK.md", 1)));
    }
}
