package dev.mistralready.checks.app;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Network;
import dev.mistralready.check.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Time for the watch tests: a clock that stands still until the watch sleeps, and a sleeper that moves
 * it on instead of waiting. It records each sleep, and can cancel the gate at a given sleep.
 */
final class WatchTime extends Clock implements Sleeper {

    private volatile Instant now = Instant.parse("2026-12-02T09:00:00Z");
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final List<String> progress = new CopyOnWriteArrayList<>();
    final Cancellation cancellation = new Cancellation();
    private int cancelAtSleep = -1;

    /** Cancels the gate when the watch starts its {@code nth} sleep (1-based), as CI's SIGTERM would. */
    WatchTime cancellingAtSleep(int nth) {
        cancelAtSleep = nth;
        return this;
    }

    /** Moves the clock on, as a sample that takes {@code duration} would. */
    void advance(Duration duration) {
        now = now.plus(duration);
    }

    CheckContext context() {
        return context(Map.of());
    }

    CheckContext context(Map<String, String> environment) {
        return new CheckContext(Path.of("."), environment, this, cancellation, progress::add,
                Network.using(AppContexts.CLIENT));
    }

    @Override
    public boolean sleep(Duration duration, CountDownLatch woken) {
        sleeps.add(duration);
        if (sleeps.size() == cancelAtSleep) {
            cancellation.cancel();
        }
        if (woken.getCount() == 0) {
            return false;
        }
        now = now.plus(duration);
        return true;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
