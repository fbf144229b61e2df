package dev.mistralready.checks.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled or interrupted gate kills everything its command started, not just the shell. */
@DisabledOnOs(OS.WINDOWS)
class CommandCancellationTest {

    /** The shell starts a grandchild, records its pid, and waits for it: the shape of `npm test` running jest. */
    private static final String SPAWNS_GRANDCHILD = "sleep 300 & echo $! > grandchild.pid; wait";

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final CommandCheck check = new CommandCheck();

    @TempDir
    Path project;

    @AfterEach
    void stopWorkerAndAnyGrandchild() throws Exception {
        worker.shutdownNow();
        if (Files.exists(project.resolve("grandchild.pid"))) {
            ProcessHandle.of(readPid()).ifPresent(ProcessHandle::destroyForcibly); // only matters when a test failed
        }
    }

    @Test
    void cancellationKillsTheWholeProcessTree() throws Exception {
        Cancellation cancellation = new Cancellation();
        Future<Outcome> running = startGate(cancellation);
        long grandchild = awaitGrandchildPid();

        cancellation.cancel();

        Outcome outcome = running.get(10, TimeUnit.SECONDS);
        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).contains("stopped");
        assertGone(grandchild);
    }

    @Test
    void interruptingTheWorkerThreadKillsTheWholeProcessTree() throws Exception {
        AtomicBoolean interruptKept = new AtomicBoolean();
        Future<Outcome> running = worker.submit(() -> {
            Outcome outcome = check.run(CommandOptions.of(Invocation.shell(SPAWNS_GRANDCHILD)),
                    Contexts.in(project, Map.of(), new Cancellation(), Progress.NONE));
            interruptKept.set(Thread.currentThread().isInterrupted());
            return outcome;
        });
        long grandchild = awaitGrandchildPid();

        worker.shutdownNow(); // interrupts the thread running the check, as the engine does on timeout

        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(running.get().status()).isEqualTo(Status.ERROR);
        assertThat(interruptKept).isTrue();
        assertGone(grandchild);
    }

    @Test
    void alreadyCancelledGateStartsNothing() throws Exception {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        Outcome outcome = check.run(CommandOptions.of(Invocation.shell("touch started")),
                Contexts.in(project, Map.of(), cancellation, Progress.NONE));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(project.resolve("started")).doesNotExist();
    }

    @Test
    void aBackgroundProcessLeftRunningDoesNotHoldTheGateOpen() throws Exception {
        CommandOptions options = new CommandOptions(Invocation.shell("sleep 300 & echo $! > grandchild.pid; echo done"),
                Optional.empty(), Map.of(), Optional.empty());

        Outcome outcome = worker.submit(() -> check.run(options, Contexts.in(project))).get(10, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        // the name is sleep, or the shell's when the fork had not yet run sleep as the command ended
        assertThat(outcome.details()).matches("killed 1 process the command left running: \\S+ \\(pid " + readPid() + "\\)");
        assertGone(readPid());
    }

    private Future<Outcome> startGate(Cancellation cancellation) {
        return worker.submit(() -> check.run(CommandOptions.of(Invocation.shell(SPAWNS_GRANDCHILD)),
                Contexts.in(project, Map.of(), cancellation, Progress.NONE)));
    }

    private long awaitGrandchildPid() throws Exception {
        Path pidFile = project.resolve("grandchild.pid");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (Files.exists(pidFile) && Files.readString(pidFile).strip().matches("\\d+")) {
                return readPid();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the command never wrote grandchild.pid");
    }

    private long readPid() throws Exception {
        return Long.parseLong(Files.readString(project.resolve("grandchild.pid")).strip());
    }

    /**
     * Waits (boundedly) for {@code pid} to be gone. A killed grandchild is re-parented to PID 1 and may
     * linger as a zombie until PID 1 reaps it (slowly in some containers); a zombie runs nothing, so it counts as gone.
     */
    private static void assertGone(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (runs(pid) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(runs(pid)).as("grandchild %d still running", pid).isFalse();
    }

    private static boolean runs(long pid) throws Exception {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(Path.of("/proc/self/stat"))) {
            return true; // no /proc: isAlive() is all we know
        }
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (java.nio.file.NoSuchFileException e) {
            return false; // reaped meanwhile
        }
    }
}
