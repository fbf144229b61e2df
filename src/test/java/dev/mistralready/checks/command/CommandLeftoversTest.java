package dev.mistralready.checks.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import dev.mistralready.process.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that passes while leaving processes behind does not leave them on the user's machine:
 * each records its pid in {@code pids}, and the process table is asserted after the gate, never timing.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CommandLeftoversTest {

    /** Waits until the command's processes have written {@code count} pids, so none is still starting. */
    private static String awaitPids(int count) {
        return "\nwhile [ \"$(cat pids 2>/dev/null | wc -l)\" -lt " + count + " ]; do sleep 0.01; done";
    }

    private final CommandCheck check = new CommandCheck();

    @TempDir
    Path project;

    @AfterEach
    void killWhatATestFailureLeft() throws IOException {
        recordedPids().forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    private Outcome run(String command) {
        return check.run(new CommandOptions(Invocation.shell(command), Optional.empty(), Map.of(), Optional.empty()),
                Contexts.in(project));
    }

    private List<Long> recordedPids() throws IOException {
        Path file = project.resolve("pids");
        List<Long> pids = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (line.strip().matches("\\d+")) {
                    pids.add(Long.parseLong(line.strip()));
                }
            }
        }
        return pids;
    }

    private void assertNoneRunning(List<Long> pids) throws Exception {
        assertThat(pids).isNotEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pids.stream().anyMatch(CommandLeftoversTest::runs) && System.nanoTime() < deadline) {
            Thread.sleep(20); // a killed process may take a moment to leave the process table
        }
        assertThat(pids).as("processes still running").noneMatch(CommandLeftoversTest::runs);
    }

    private static boolean runs(long pid) {
        return ProcessHandle.of(pid).filter(ProcessTree::isRunning).isPresent();
    }

    @Test
    void aBackgroundChildOfAPassingCommandIsKilledAndNamed() throws Exception {
        Outcome outcome = run("sleep 120 & echo $! >> pids; echo started");

        List<Long> pids = recordedPids();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        // the name is sleep, or the shell's when the fork had not yet run sleep as the command ended
        assertThat(outcome.details()).matches("killed 1 process the command left running: \\S+ \\(pid " + pids.get(0) + "\\)");
        assertNoneRunning(pids);
    }

    @Test
    void aNohupProcessIsKilled() throws Exception {
        Outcome outcome = run("nohup sleep 120 >/dev/null 2>&1 & echo $! >> pids" + awaitPids(1));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).startsWith("killed 1 process the command left running: ");
        assertNoneRunning(recordedPids());
    }

    @Test
    void aDoubleForkedDaemonIsKilled() throws Exception {
        Outcome outcome = run("sh -c 'sleep 120 & echo $! >> pids' &" + awaitPids(1));

        assertThat(outcome.details()).contains("(pid " + recordedPids().get(0) + ")");
        assertNoneRunning(recordedPids());
    }

    @Test
    void aProcessThatLeftTheSessionWithSetsidIsKilled() throws Exception {
        Outcome outcome = run("setsid sh -c 'echo $$ >> pids; exec sleep 120' &" + awaitPids(1));

        assertThat(outcome.details()).contains("(pid " + recordedPids().get(0) + ")");
        assertNoneRunning(recordedPids());
    }

    @Test
    void aProcessThatRespawnsItsChildIsKilledWithEveryChild() throws Exception {
        Outcome outcome = run("sh -c 'echo $$ >> pids; while :; do sleep 120 & echo $! >> pids; wait; done' &"
                + awaitPids(2));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertNoneRunning(recordedPids());
        Thread.sleep(200); // had the loop survived, it would have started another child by now
        assertNoneRunning(recordedPids());
        assertThat(outcome.details()).contains("(pid " + recordedPids().get(0) + ")");
    }

    @Test
    void aTreeEightDeepIsKilledToTheLeaf() throws Exception {
        Files.writeString(project.resolve("deep.sh"), """
                echo $$ >> pids
                if [ "$1" -gt 0 ]; then sh ./deep.sh $(($1 - 1)) & wait; else exec sleep 120; fi
                """);

        Outcome outcome = run("sh ./deep.sh 8 &" + awaitPids(9));

        assertThat(recordedPids()).hasSize(9);
        assertThat(outcome.details()).startsWith("killed 9 processes the command left running: ");
        assertNoneRunning(recordedPids());
    }

    @Test
    void aCommandThatLeavesNothingHasNoSuchLine() {
        Outcome outcome = run("sleep 0.1 & wait; echo done");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).isEmpty();
    }
}
