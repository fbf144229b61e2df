package dev.mistralready.engine;

import dev.mistralready.check.Cancellation;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cancellation signals of the gates running now. If the JVM is asked to stop (CI cancelling a
 * job sends SIGTERM), a shutdown hook cancels them and waits a moment, so that checks can kill the
 * processes they started instead of leaving {@code npm test} running on the build machine. From
 * then on no queued gate starts: its commands would outlive the JVM.
 */
final class RunningGates implements AutoCloseable {

    private static final long POLL_MILLIS = 20;

    private final Set<Cancellation> running = ConcurrentHashMap.newKeySet();
    private final Duration grace;
    private final Thread hook;
    private boolean stopping;

    RunningGates(Duration grace) {
        this.grace = grace;
        this.hook = new Thread(this::cancelAll, "mistral-ready-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Records a gate about to start; false once the run is stopping, when it must not start. */
    synchronized boolean admit(Cancellation cancellation) {
        if (stopping) {
            return false;
        }
        running.add(cancellation);
        return true;
    }

    void remove(Cancellation cancellation) {
        running.remove(cancellation);
    }

    /** Cancels every running gate and waits, at most the grace period, for them all to finish. */
    void cancelAll() {
        synchronized (this) {
            stopping = true;
        }
        running.forEach(Cancellation::cancel);
        long deadline = System.nanoTime() + grace.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook is running: nothing to remove
        }
    }
}
