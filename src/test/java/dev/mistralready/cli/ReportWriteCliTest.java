package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Report files: the mode any new file gets, and a failed write that does not hide a failed gate. */
@DisabledOnOs(OS.WINDOWS)
class ReportWriteCliTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path work;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), "version: 1\ngates:\n"
                + "  - {id: build, type: command, with: {run: 'echo built'}}\n"
                + "  - {id: tests, type: command, with: {run: 'exit 3'}}\n");
        Files.writeString(work.resolve("plain-file"), "not a directory");
    }

    @Test
    void everyReportGetsTheModeTheUmaskGivesAnyNewFile() throws IOException {
        Path ordinary = Files.createFile(work.resolve("made-by-any-tool.txt"));

        CliRun run = CliRun.in(work, "check", "--junit", "r.xml", "--json", "r.json", "--sarif", "r.sarif");

        assertThat(run.exitCode()).isEqualTo(1);
        for (String report : new String[] {"r.xml", "r.json", "r.sarif"}) {
            assertThat(Files.getPosixFilePermissions(work.resolve(report))).as(report)
                    .isEqualTo(Files.getPosixFilePermissions(ordinary))
                    .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void aFailedWriteExitsTwoAndSaysTheGatesFailedToo() throws IOException {
        CliRun run = CliRun.in(work, "check", "--color", "never", "--json", "plain-file/r.json", "--junit", "r.xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).containsPattern("(?m)^FAIL   tests").containsPattern("(?m)^1 passed, 1 failed, 0 warnings, 0 skipped");
        assertThat(run.err().lines()).containsExactly(
                "mistral-ready: cannot write the report to plain-file/r.json: " + work.resolve("plain-file")
                        + " is not a directory, so nothing can be written inside it; choose another path",
                "mistral-ready: exit code 2 because a report file could not be written; the gates alone failed the run "
                        + "(exit code 1)");
        assertThat(work.resolve("r.xml")).content().contains("<failure");
    }

    @Test
    void aFailedWriteAfterPassingGatesSaysTheyPassed() {
        CliRun run = CliRun.in(work, "check", "--skip", "tests", "--json", "plain-file/r.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).endsWith("mistral-ready: exit code 2 because a report file could not be written; "
                + "the gates alone passed (exit code 0)" + NL);
    }
}
