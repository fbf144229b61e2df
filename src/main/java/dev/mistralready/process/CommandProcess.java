package dev.mistralready.process;

import dev.mistralready.check.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs one process to its end or until its gate is cancelled, with stdin empty and the tail of its
 * merged output collected. Whatever happens, nothing it started outlives this call: on cancellation,
 * interruption or any failure the whole process tree is killed and the reader thread ended.
 */
public final class CommandProcess {

    private static final long CANCEL_POLL_MILLIS = 50;
    private static final Duration KILL_WAIT = Duration.ofSeconds(3);
    private static final Duration READER_WAIT = Duration.ofSeconds(1);

    /** How the process ended: its exit code, or stopped (cancelled or interrupted) before it finished. */
    public record Result(int exitCode, boolean stopped, OutputTail output) {
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
        Process process = builder.start();
        OutputTail output = new OutputTail(mask);
        OutputReader reader = OutputReader.start(process.getInputStream(), output, "command-output-" + process.pid());
        closeStdin(process);
        boolean stopped = false;
        boolean interrupted = false;
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
            if (process.isAlive()) {
                ProcessTree.kill(process, KILL_WAIT);
            }
            reader.finish(READER_WAIT);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return new Result(stopped ? -1 : process.exitValue(), stopped, output);
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
