package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The console report as a person reads it: gates as soon as they are done, titles as wide as the terminal. */
@DisabledOnOs(OS.WINDOWS)
class ConsoleReportCliTest {

    private static final String WAIT_FOR_GO = "while [ ! -f go ]; do sleep 0.05; done; echo slow done";
    private static final String LONG_TITLE = "A title that says exactly what this gate checks, well past forty-four characters";

    @TempDir
    Path work;

    @Test
    void printsAGateAsSoonAsItAndTheGatesAboveItAreDone() throws Exception {
        Files.writeString(work.resolve("checklist.yaml"), "version: 1\ngates:\n"
                + "  - {id: fast, type: command, with: {run: 'echo fast done'}}\n"
                + "  - {id: slow, type: command, timeout: 1m, with: {run: '" + WAIT_FOR_GO + "'}}\n"
                + "  - {id: after, type: command, with: {run: 'echo after done'}}\n");
        StringWriter out = new StringWriter();

        CompletableFuture<Integer> run = runInBackground(out, "check", "--jobs", "3", "--color", "never");

        assertThat(eventually(() -> out.toString().contains("PASS   fast"))).as(out.toString()).isTrue();
        Thread.sleep(300); // time for `after`, which does not wait, to finish: it must still wait for `slow`
        assertThat(out.toString()).startsWith("mistral-ready 0.1.0 · checklist.yaml · 3 gates")
                .doesNotContain("slow", "after", "passed,");
        assertThat(run).isNotDone();

        Files.writeString(work.resolve("go"), "");

        assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).containsPattern("(?s)PASS   fast .*\nPASS   slow .*\nPASS   after .*\n\n"
                + "3 passed, 0 failed, 0 warnings, 0 skipped \\(");
    }

    @Test
    void keepsTheProgressLineOnStderrWhileGatesArePrintedOnATerminal() throws Exception {
        Files.writeString(work.resolve("checklist.yaml"), "version: 1\ngates:\n"
                + "  - {id: fast, type: command, with: {run: 'echo fast done'}}\n"
                + "  - {id: slow, type: command, with: {run: 'sleep 0.5; echo slow done'}}\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console terminal = new Console(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("PATH", System.getenv("PATH")), work, true);

        int exitCode = Main.run(terminal, "check", "--jobs", "2", "--color", "never");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).doesNotContain("\u001B").containsPattern("(?s)PASS   fast .*\nPASS   slow .*\n\n2 passed");
        assertThat(err.toString()).contains("done · ").endsWith("\r\u001B[2K");
    }

    @Test
    void cutsTitlesToTheTerminalWidthFromColumns() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), "version: 1\ngates:\n"
                + "  - {id: build, type: command, title: '" + LONG_TITLE + "', with: {run: 'true'}}\n");

        CliRun wide = CliRun.in(work, Map.of("PATH", System.getenv("PATH"), "COLUMNS", "200"), "check", "--color", "never");
        CliRun narrow = CliRun.in(work, Map.of("PATH", System.getenv("PATH"), "COLUMNS", "60"), "check", "--color", "never");

        assertThat(wide.out()).containsPattern("(?m)^PASS   build  " + LONG_TITLE + "  +[0-9.]+m?s$");
        String cut = "A title that says exactly what this gate checks, well past forty-four characters"
                .substring(0, 60 - 17 - "build".length() - 1) + "…";
        assertThat(narrow.out()).containsPattern("(?m)^PASS   build  " + cut + "  +[0-9.]+m?s$");
        assertThat(narrow.out().lines().filter(line -> line.startsWith("PASS")).findFirst().orElseThrow())
                .hasSizeLessThanOrEqualTo(60);
    }

    @Test
    void isEightyColumnsWideWithoutColumns() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), "version: 1\ngates:\n"
                + "  - {id: build, type: command, title: '" + LONG_TITLE + "', with: {run: 'true'}}\n"
                + "  - {id: lint, type: command, title: Lint is clean, with: {run: 'true'}}\n");

        CliRun run = CliRun.in(work, "check", "--color", "never");

        String build = run.out().lines().filter(line -> line.startsWith("PASS   build")).findFirst().orElseThrow();
        String lint = run.out().lines().filter(line -> line.startsWith("PASS   lint")).findFirst().orElseThrow();
        assertThat(build).contains(LONG_TITLE.substring(0, 57) + "…").hasSizeLessThanOrEqualTo(80);
        assertThat(lint.length()).as("durations line up").isEqualTo(build.length());
    }

    @Test
    void aShortTitleDoesNotPushTheDurationAcrossAWideTerminal() throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), "version: 1\ngates:\n"
                + "  - {id: build, type: command, title: Build passes, with: {run: 'true'}}\n");

        CliRun run = CliRun.in(work, Map.of("PATH", System.getenv("PATH"), "COLUMNS", "250"), "check", "--color", "never");

        assertThat(run.out()).containsPattern("(?m)^PASS   build  Build passes  +[0-9.]+m?s$");
        assertThat(run.out().lines().filter(line -> line.startsWith("PASS")).findFirst().orElseThrow())
                .hasSizeLessThan(40);
    }

    @Test
    void readsOnlyASaneColumnsValue() {
        assertThat(Console.columns("132", "")).isEqualTo(132);
        assertThat(Console.columns("", "100")).isEqualTo(100);
        assertThat(Console.columns(null, "")).isEqualTo(80);
        assertThat(Console.columns("wide", "x")).isEqualTo(80);
        assertThat(Console.columns("0", "")).isEqualTo(80);
        assertThat(Console.columns("10", "")).isEqualTo(40);
        assertThat(Console.columns("99999", "")).isEqualTo(80);
    }

    private CompletableFuture<Integer> runInBackground(StringWriter out, String... args) {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                Map.of("PATH", System.getenv("PATH")), work, false);
        return CompletableFuture.supplyAsync(() -> Main.run(console, args));
    }

    private static boolean eventually(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
