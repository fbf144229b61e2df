package dev.mistralready.checks.runbook;

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

/** The gate over the fixture projects in src/test/resources/fixtures/runbook. */
class RunbookCheckTest {

    private static Outcome check(String fixture, RunbookOptions options) throws Exception {
        Path project = Path.of(RunbookCheckTest.class.getResource("/fixtures/runbook/" + fixture).toURI());
        return new RunbookCheck().run(options, new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(),
                Progress.NONE));
    }

    private static Outcome check(String fixture) throws Exception {
        return check(fixture, RunbookOptions.defaults());
    }

    @Test
    void passesARunbookThatCoversEveryTopic() throws Exception {
        Outcome outcome = check("complete");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("RUNBOOK.md covers all 7 topics");
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details()).contains("rollback at RUNBOOK.md:5",
                "escalation at RUNBOOK.md:39");
    }

    @Test
    void reportsExactlyTheTwoMissingTopicsAtTheLastHeading() throws Exception {
        Outcome outcome = check("missing-two");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary())
                .isEqualTo("2 of 7 topics missing from RUNBOOK.md: circuit breaker open, escalation path");
        assertThat(outcome.findings())
                .extracting(Finding::ruleId, Finding::severity, finding -> finding.location().orElseThrow())
                .containsExactly(
                        tuple("MR-RUN-003", Severity.ERROR, Location.of("RUNBOOK.md", 21)),
                        tuple("MR-RUN-007", Severity.ERROR, Location.of("RUNBOOK.md", 21)));
        assertThat(outcome.findings().get(0).fix())
                .isEqualTo("add a section `## Circuit breaker open` with how to confirm it, what to do and who to tell");
        assertThat(outcome.findings().get(1).fix()).contains("`## Escalation`");
    }

    @Test
    void doesNotCountTopicWordsInsideFencedCodeBlocks() throws Exception {
        Outcome outcome = check("fenced");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings())
                .extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(
                        tuple("MR-RUN-001", Location.of("RUNBOOK.md", 32)),
                        tuple("MR-RUN-003", Location.of("RUNBOOK.md", 32)));
    }

    @Test
    void readsSetextHeadingsAndReportsAnEmptySectionAtItsHeading() throws Exception {
        Outcome outcome = check("setext");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("1 of 7 topics missing from RUNBOOK.md: escalation path");
        assertThat(outcome.findings())
                .extracting(Finding::ruleId, Finding::message, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-RUN-007", "the runbook's section for escalation path, `Escalation`, is empty",
                        Location.of("RUNBOOK.md", 36)));
        assertThat(outcome.details()).contains("rollback at RUNBOOK.md:4",
                "health at RUNBOOK.md:9");
    }

    @Test
    void findsTheRunbookInDocs() throws Exception {
        Outcome outcome = check("docs-prod");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("docs/runbook-prod.md covers all 7 topics");
    }

    @Test
    void readsEveryIncidentFileUnderDocsTogether() throws Exception {
        Outcome outcome = check("incidents");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("docs/incident.md and 1 more file covers all 7 topics");
        assertThat(outcome.details()).contains("auth at docs/ops/incident-auth.md:1");
    }

    @Test
    void skipsAProjectWithoutARunbookSayingWhereItLooked() throws Exception {
        Outcome outcome = check("none");

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary())
                .isEqualTo("skipped: no incident runbook found (looked for *runbook*.md and *run-book*.md at the root and "
                        + "under docs/, and the files under runbooks/, docs/**/runbooks/ and docs/**/incident* (Markdown, AsciiDoc, "
                        + "reST or text))");
    }

    @Test
    void failsAProjectWithoutARunbookWhenRequired() throws Exception {
        Outcome outcome = check("none", RunbookOptions.defaults().withRequired(true));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary())
                .startsWith("no incident runbook found (looked for *runbook*.md and *run-book*.md at the root");
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().isPresent())
                .containsExactly(tuple("MR-RUN-009", false));
    }

    @Test
    void looksOnlyWhereThePathsSay() throws Exception {
        Outcome outcome = check("complete", RunbookOptions.defaults().withPaths(List.of("ops/*.md")).withRequired(true));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("no incident runbook found (looked for ops/*.md)");
    }

    @Test
    void countsTheGatesOwnWordsForATopic() throws Exception {
        assertThat(check("custom-words").findings()).extracting(Finding::ruleId)
                .containsExactly("MR-RUN-001", "MR-RUN-007");

        Outcome outcome = check("custom-words", RunbookOptions.defaults()
                .withTopics(Map.of("rollback", List.of("Zurückrollen"), "escalation", List.of("bereitschaft"))));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("rollback at RUNBOOK.md:3");
    }

    @Test
    void skippedTopicsAreNotRequired() throws Exception {
        Outcome outcome = check("missing-two", RunbookOptions.defaults().withSkip(List.of("circuit-breaker", "escalation")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("RUNBOOK.md covers all 5 topics");
    }

    @Test
    void warnsWhenTheRollbackSectionGivesNoCommand() throws Exception {
        Outcome outcome = check("custom-words", RunbookOptions.defaults()
                .withTopics(Map.of("rollback", List.of("circuit breaker"), "escalation", List.of("bereitschaft"))));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.findings())
                .extracting(Finding::ruleId, Finding::severity, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-RUN-008", Severity.WARNING, Location.of("RUNBOOK.md", 13)));
    }
}
