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
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the gate finds runbooks by default, in projects written to a temp dir. */
class RunbookDiscoveryTest {

    /** A runbook of the Mistral integration that covers every topic but escalation. */
    private static final String NO_ESCALATION = """
            # Mistral chat incidents

            ## Deploy failed: roll back
            Run `kubectl rollout undo deployment/chat`.

            ## Health check returns 503
            The Mistral API is unreachable: check the status page.

            ## Circuit breaker open
            Requests fail fast until it half-opens.

            ## High error rate
            5xx from Mistral: compare with the status page.

            ## 401 Unauthorized
            Rotate the API key in the console.

            ## 429 Too Many Requests
            Lower the concurrency.
            """;

    private static final String ESCALATION = "# Escalation\n\nPage the on-call engineer, then the team lead.\n";

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void createProject() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
    }

    private Outcome check() throws Exception {
        return new RunbookCheck().run(RunbookOptions.defaults(), new CheckContext(project, Map.of(), Clock.systemUTC(),
                new Cancellation(), Progress.NONE));
    }

    @Test
    void findsARunbookFileOfAnyCaseAtTheRoot() throws Exception {
        write(project, "Runbooks.md", NO_ESCALATION + "\n## Escalation\nPage the on-call engineer.\n");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("Runbooks.md covers all 7 topics");
    }

    @Test
    void readsTheFilesOfARunbooksFolderTogether() throws Exception {
        write(project, "runbooks/mistral-api.md", NO_ESCALATION);
        write(project, "runbooks/escalation.md", ESCALATION);

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("runbooks/escalation.md and 1 more file covers all 7 topics");
        assertThat(outcome.details()).contains("escalation at runbooks/escalation.md:1", "auth at runbooks/mistral-api.md:15");
    }

    @Test
    void findsRunbookFoldersAndIncidentFilesUnderDocsWhateverTheirCase() throws Exception {
        write(project, "Docs/Runbooks/mistral-api.md", NO_ESCALATION);
        write(project, "docs-old/runbooks/escalation.md", ESCALATION); // not under docs/

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.details()).startsWith("read Docs/Runbooks/mistral-api.md (7 headings)");
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-RUN-007", Location.of("Docs/Runbooks/mistral-api.md", 18)));
    }

    @Test
    void findingsPointAtTheRunbooksFolderReadme() throws Exception {
        write(project, "docs/runbooks/rate-limits.md", "# 429 from Mistral\n\nLower the concurrency.\n");
        write(project, "docs/runbooks/README.md", "# Runbooks of the Mistral integration\n\nOne file per incident.\n");

        Outcome outcome = check();

        assertThat(outcome.summary()).startsWith("6 of 7 topics missing from docs/runbooks/README.md and 1 more file");
        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow()).first()
                .isEqualTo(Location.of("docs/runbooks/README.md", 1));
    }

    @Test
    void aLinkedRunbooksFolderIsNamedEvenInAnotherCase() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        write(elsewhere, "rollback.md", "# Rollback\n\n`git revert`\n");
        Files.createSymbolicLink(project.resolve("RunBooks"), elsewhere);

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("1 folder found, none could be read: RunBooks/ is a symbolic link, not followed");
    }

    @Test
    void aProjectWithoutARunbookListsNothingAndSaysWhereItLooked() throws Exception {
        write(project, "README.md", "# Rollback\n\nrun `git revert`\n");
        write(project, "src/runbook.md", "# Rollback\n\nrun `git revert`\n");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).startsWith("skipped: no incident runbook found (looked for *runbook*.md");
    }

    @Test
    void theDefaultPathsMatchTheRunbooksTeamsKeep() {
        RunbookPaths paths = RunbookPaths.of(RunbookOptions.DEFAULT_PATHS);

        assertThat(List.of("RUNBOOK.md", "runbook.md", "RUNBOOKS.md", "ONCALL_RUNBOOK.md", "run-book.md",
                "docs/RUNBOOK.md", "docs/runbook-prod.md", "docs/PRODUCTION_RUNBOOK.md", "docs/ops/openai-runbook.md",
                "runbooks/429.md", "runbooks/llm/401.md", "docs/runbooks/a.md", "docs/ops/runbooks/b.md",
                "docs/incident.md", "docs/ops/incident-auth.md", "docs/incidents/rb-001.md", "docs/incident-response/c.md",
                "RUNBOOK.adoc", "docs/runbooks/rollback.rst", "runbooks/429.txt"))
                .allSatisfy(path -> assertThat(paths.firstMatch(path)).as(path).isPresent());
        assertThat(List.of("README.md", "src/runbook.md", "docs/guide.md", "runbooks/notes.pdf", "ops/runbooks/a.md"))
                .allSatisfy(path -> assertThat(paths.firstMatch(path)).as(path).isEmpty());
    }

    @Test
    void readsAnAsciiDocRunbookBesideAMarkdownOne() throws Exception {
        write(project, "runbooks/mistral-api.md", NO_ESCALATION);
        write(project, "runbooks/escalation.adoc", "= Escalation\n\nPage the on-call engineer.\n");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("read runbooks/escalation.adoc (1 heading)",
                "escalation at runbooks/escalation.adoc:1");
    }
}
