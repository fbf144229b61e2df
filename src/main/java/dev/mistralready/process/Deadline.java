package dev.mistralready.process;

import dev.mistralready.check.Cancellation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A cancellation that fires when its parent does or when {@code limit} has passed on the check's clock,
 * for one tool run inside a gate that has a longer timeout. A watcher polls both; {@link #close()} ends it.
 */
public final class Deadline implements AutoCloseable {

    private static final long POLL_MILLIS = 20;

    private final Cancellation cancellation = new Cancellation();
    private final Thread watcher;
    private volatile boolean expired;

    private Deadline(Cancellation parent, Clock clock, Duration limit) {
        Instant end = clock.instant().plus(limit);
        watcher = new Thread(() -> watch(parent, clock, end), "deadline-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    public static Deadline after(Duration limit, Clock clock, Cancellation parent) {
        return new Deadline(parent, clock, limit);
    }

    /** What to hand the tool's process: cancelled at the deadline or with the gate. */
    public Cancellation cancellation() {
        return cancellation;
    }

    /** Whether it was the deadline, not the gate, that cancelled. */
    public boolean expired() {
        return expired;
    }

    private void watch(Cancellation parent, Clock clock, Instant end) {
        try {
            while (!cancellation.isCancelled()) {
                if (parent.isCancelled()) {
                    cancellation.cancel();
                } else if (!clock.instant().isBefore(end)) {
                    expired = true;
                    cancellation.cancel();
                } else {
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            // closed: the run is over
        }
    }

    @Override
    public void close() {
        watcher.interrupt();
        try {
            watcher.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
