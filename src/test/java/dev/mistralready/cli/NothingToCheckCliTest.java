package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** An empty or wrong DIR must not pass as if it had been checked. */
@DisabledOnOs(OS.WINDOWS)
class NothingToCheckCliTest {

    private static final String NL = System.lineSeparator();
    private static final String ONLY_SKIPPED = "version: 1\ngates:\n"
            + "  - {id: python, type: command, with: {if-exists: pyproject.toml, run: 'exit 1'}}\n"
            + "  - {id: node, type: command, with: {if-exists: package.json, run: 'exit 1'}}\n";

    @TempDir
    Path work;

    @Test
    void aDirectoryWithoutFilesIsAUsageError() throws IOException {
        Files.createDirectories(work.resolve("empty/src/main"));

        CliRun run = CliRun.in(work, "check", "empty");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("mistral-ready: no files in empty: there is nothing to check; "
                + "name the project's directory" + NL);
    }

    @Test
    void filesUnderDotGitAloneDoNotCount() throws IOException {
        Files.createDirectories(work.resolve("fresh/.git/objects"));
        Files.writeString(work.resolve("fresh/.git/HEAD"), "ref: refs/heads/main\n");

        CliRun run = CliRun.in(work, "check", "fresh");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("mistral-ready: no files in fresh: there is nothing to check");
    }

    @Test
    void aRunInWhichEveryGateWasSkippedSaysNothingWasChecked() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), ONLY_SKIPPED);

        CliRun run = CliRun.in(work, "check", "--color", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^0 passed, 0 failed, 0 warnings, 2 skipped: nothing was checked \\(");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aRunThatCheckedNothingFailsUnderFailOnWarning() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), ONLY_SKIPPED);

        CliRun run = CliRun.in(work, "check", "--fail-on", "warning");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("2 skipped: nothing was checked");
        assertThat(run.err()).isEqualTo("mistral-ready: nothing was checked (every gate was skipped), "
                + "which --fail-on warning counts as a failure" + NL);
    }

    @Test
    void aRunWithOneGateCheckedSaysNothingMore() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), ONLY_SKIPPED
                + "  - {id: build, type: command, with: {run: 'echo built'}}\n");

        CliRun run = CliRun.in(work, "check", "--fail-on", "warning");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^1 passed, 0 failed, 0 warnings, 2 skipped \\(")
                .doesNotContain("nothing was checked");
    }
}
