package dev.mistralready.process;

import dev.mistralready.check.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one process to its end or until its gate is cancelled, with stdin empty and the tail of its
 * merged output collected. Whatever happens, nothing it started outlives this call: on cancellation,
 * interruption or any failure the whole process tree is killed and the reader thread ended, and when
 * it ends, whatever it left running is killed and named: everything in its own {@link CommandCgroup}
 * where the platform allows one, and everything that carries its {@link ProcessMark} in any case.
 */
public final class CommandProcess {

    private static final long CANCEL_POLL_MILLIS = 50;
    private static final Duration KILL_WAIT = Duration.ofSeconds(3);
    private static final Duration READER_WAIT = Duration.ofSeconds(1);

    /**
     * How the process ended: its exit code, or stopped (cancelled or interrupted) before it finished.
     *
     * @param leftovers the processes it left running, which were killed, as {@code sleep (pid 123)}
     */
    public record Result(int exitCode, boolean stopped, OutputTail output, List<String> leftovers) {
        public Result {
            leftovers = List.copyOf(leftovers);
        }

        /** {@code killed 2 processes the command left running: sleep (pid 1), node (pid 2)}, if any. */
        public Optional<String> leftoversLine() {
            if (leftovers.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("killed " + leftovers.size() + (leftovers.size() == 1 ? " process" : " processes")
                    + " the command left running: " + String.join(", ", leftovers));
        }
    }

    private CommandProcess() {
    }

    /**
     * Starts {@code builder} (its stdout and stderr are merged here) and waits for it. Returns with
     * the thread's interrupt status set when it was interrupted.
     *
     * @throws IOException when the process cannot be started (no such program, not executable)
     */
    public static Result run(ProcessBuilder builder, SecretMask mask, Cancellation cancellation) throws IOException {
        builder.redirectErrorStream(true);
        ProcessMark mark = ProcessMark.fresh();
        mark.applyTo(builder.environment());
        Optional<CommandCgroup> cgroup = CommandCgroup.around(builder, mark);
        try {
            return startAndAwait(builder, mark, cgroup, mask, cancellation);
        } finally {
            cgroup.ifPresent(own -> own.remove(KILL_WAIT));
        }
    }

    private static Result startAndAwait(ProcessBuilder builder, ProcessMark mark, Optional<CommandCgroup> cgroup,
                                    SecretMask mask, Cancellation cancellation) throws IOException {
        Process process = builder.start();
        OutputTail output = new OutputTail(mask);
        OutputReader reader = OutputReader.start(process.getInputStream(), output, "command-output-" + process.pid());
        closeStdin(process);
        boolean stopped = false;
        boolean interrupted = false;
        List<String> leftovers = List.of();
        try {
            while (!process.waitFor(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancellation.isCancelled()) {
                    stopped = true;
                    break;
                }
            }
        } catch (InterruptedException e) {
            stopped = true;
            interrupted = true;
        } finally {
            try {
                if (process.isAlive()) {
                    ProcessTree.kill(process, KILL_WAIT);
                }
            } finally {
                leftovers = killLeftovers(mark, cgroup);
                reader.finish(READER_WAIT);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return new Result(stopped ? -1 : process.exitValue(), stopped, output, leftovers);
    }

    /** The cgroup first: it kills all its members at once, however they fork, so the mark finds what escaped it. */
    private static List<String> killLeftovers(ProcessMark mark, Optional<CommandCgroup> cgroup) {
        Map<Long, String> killed = new LinkedHashMap<>(cgroup.map(own -> own.kill(KILL_WAIT)).orElse(Map.of()));
        LeftoverProcesses.kill(mark, KILL_WAIT).forEach(killed::putIfAbsent);
        return List.copyOf(killed.values());
    }

    /** Stdin is empty: a command that reads it gets end-of-file at once and never waits on the terminal. */
    private static void closeStdin(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the process is already gone; its stdin no longer matters
        }
    }
}
