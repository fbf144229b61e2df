package dev.mistralready.checks.runbook;

import static dev.mistralready.project.files.TestFiles.copyTree;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbooks the gate was pointed at but could not read: named, and never a pass or a skip. */
class RunbookCheckUnreadTest {

    @TempDir
    Path dir;

    private Path project;

    /** A file beside the project, which a link in it leads out to. */
    private Path outside;

    @BeforeEach
    void createProject() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        outside = write(dir, "outside/rb.md", "# Runbook\n\n## Rollback\n\nkubectl rollout undo\n");
    }

    private static Outcome check(Path root, RunbookOptions options) throws Exception {
        return new RunbookCheck().run(options, new CheckContext(root, Map.of(), Clock.systemUTC(), new Cancellation(),
                Progress.NONE));
    }

    private Outcome check() throws Exception {
        return check(project, RunbookOptions.defaults());
    }

    private void link(String path, Path target) throws Exception {
        Files.createDirectories(project.resolve(path).getParent());
        Files.createSymbolicLink(project.resolve(path), target);
    }

    private static Path complete() throws Exception {
        return Path.of(RunbookCheckUnreadTest.class.getResource("/fixtures/runbook/complete").toURI());
    }

    @Test
    void aRunbookLinkedOutOfTheProjectIsNamedAndWarnsInsteadOfSkipping() throws Exception {
        link("RUNBOOK.md", outside);

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary())
                .isEqualTo("1 incident runbook found, none could be read: RUNBOOK.md is a symbolic link, not followed");
        assertThat(outcome.details()).isEqualTo("not read RUNBOOK.md: symbolic link to " + outside + ", not followed");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aRequiredRunbookThatIsALinkWarnsRatherThanSayingThereIsNone() throws Exception {
        link("RUNBOOK.md", outside);

        Outcome outcome = check(project, RunbookOptions.defaults().withRequired(true));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary())
                .isEqualTo("1 incident runbook found, none could be read: RUNBOOK.md is a symbolic link, not followed");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aLinkedDocsFolderIsNamedAsAFolder() throws Exception {
        link("docs", outside.getParent());

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("1 folder found, none could be read: docs/ is a symbolic link, not followed");
        assertThat(outcome.details()).isEqualTo("not read docs/: symbolic link to " + outside.getParent() + ", not followed");
    }

    @Test
    void runbooksTooLargeOrBinaryAreNamedWithWhy() throws Exception {
        write(project, "RUNBOOK.md", "padding\n".repeat(270_000));
        Files.write(Files.createDirectories(project.resolve("docs")).resolve("runbook-ops.md"), new byte[] {'#', 0, 'r'});

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("2 incident runbooks found, none could be read: 1 is too large; 1 is binary");
        assertThat(outcome.details()).isEqualTo("not read RUNBOOK.md: 2.1 MiB > 1 MiB limit\n"
                + "not read docs/runbook-ops.md: binary content (NUL byte)");
    }

    @Test
    void oneTooLargeRunbookSaysBy() throws Exception {
        write(project, "RUNBOOK.md", "padding\n".repeat(270_000));

        Outcome outcome = check();

        assertThat(outcome.summary())
                .isEqualTo("1 incident runbook found, none could be read: RUNBOOK.md is too large (2.1 MiB > 1 MiB limit)");
    }

    @Test
    void aPassOverTheRunbookReadBecomesAWarningWhoseVerdictAndDetailsStand() throws Exception {
        copyTree(complete(), project);
        link("docs/runbook-extra.md", outside);
        Outcome readable = check(complete(), RunbookOptions.defaults());

        Outcome outcome = check();

        assertThat(readable.status()).isEqualTo(Status.PASS);
        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("RUNBOOK.md covers all 7 topics; 1 incident runbook could not be read");
        assertThat(outcome.details()).isEqualTo("not read docs/runbook-extra.md: symbolic link to " + outside
                + ", not followed\n" + readable.details());
        assertThat(outcome.findings()).isEmpty();
    }
}
