package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped command line gets one line: what was wrong, the nearest valid spelling, and where the usage is. */
class UsageLineCliTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path work;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(work.resolve("app"));
        Files.writeString(work.resolve("app/README.md"), "# app\n");
    }

    @Test
    void namesTheMisspeltOptionAloneAndNotTheDirectoryAfterIt() {
        CliRun run = CliRun.in(work, "check", "--jsn", "out.json", "app");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("mistral-ready: unknown option `--jsn`; did you mean `--json`? "
                + "(see `mistral-ready check --help`)" + NL);
    }

    @Test
    void suggestsTheNearestOptionAfterTheDirectory() {
        CliRun run = CliRun.in(work, "check", "app", "--ofline");

        assertThat(run.err()).isEqualTo("mistral-ready: unknown option `--ofline`; did you mean `--offline`? "
                + "(see `mistral-ready check --help`)" + NL);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void dropsTheValueOfAMisspeltOptionWrittenWithEquals() {
        CliRun run = CliRun.in(work, "check", "--fail-of=warning", "app");

        assertThat(run.err()).isEqualTo("mistral-ready: unknown option `--fail-of`; did you mean `--fail-on`? "
                + "(see `mistral-ready check --help`)" + NL);
    }

    @Test
    void suggestsAOneLetterOptionOnlyForTheWrongCase() {
        assertThat(CliRun.in(work, "check", "-Q", "app").err()).isEqualTo("mistral-ready: unknown option `-Q`; "
                + "did you mean `-q`? (see `mistral-ready check --help`)" + NL);
        assertThat(CliRun.in(work, "check", "-x", "app").err()).isEqualTo("mistral-ready: unknown option `-x` "
                + "(see `mistral-ready check --help`)" + NL);
    }

    @Test
    void saysWhatCheckTakesForASecondDirectory() {
        CliRun run = CliRun.in(work, "check", "app", "extra");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: unexpected argument `extra`: `mistral-ready check` takes only DIR "
                + "besides its options (see `mistral-ready check --help`)" + NL);
    }

    @Test
    void suggestsTheNearestCommand() {
        CliRun run = CliRun.in(work, "chek", "--color", "never");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: unknown command `chek`; did you mean `check`? The commands are "
                + "check, validate, init, baseline, list, explain, schema (see `mistral-ready --help`)" + NL);
    }

    @Test
    void suggestsNoCommandThatIsNotNearAndListsThem() {
        CliRun run = CliRun.in(work, "frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("mistral-ready: unknown command `frobnicate`; the commands are check, validate, ")
                .endsWith(" (see `mistral-ready --help`)" + NL);
    }
}
