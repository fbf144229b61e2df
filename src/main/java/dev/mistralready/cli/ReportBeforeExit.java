package dev.mistralready.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the JVM's exit, when it is asked to stop (CI cancelling a job sends SIGTERM), until the run has
 * printed its report and written its report files: the gates are cancelled by the engine's own hook,
 * the run then ends with what they saw (a canary watch's samples, a command's output), and that is
 * what the pipeline's log and its JUnit viewer should show. The wait is bounded, so a stuck write
 * cannot keep a cancelled job alive.
 */
final class ReportBeforeExit implements AutoCloseable {

    static final Duration LIMIT = Duration.ofSeconds(15);

    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook = new Thread(this::await, "mistral-ready-report-before-exit");

    private ReportBeforeExit() {
    }

    static ReportBeforeExit register() {
        ReportBeforeExit guard = new ReportBeforeExit();
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    private void await() {
        try {
            reported.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The report is out (or the run ended without one): the JVM may exit. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook is running: it returns now
        }
    }
}
