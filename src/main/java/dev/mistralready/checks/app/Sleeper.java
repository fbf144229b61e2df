package dev.mistralready.checks.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** How a watch waits between samples; tests pass one that moves their clock instead of waiting. */
@FunctionalInterface
interface Sleeper {

    /** Waits on the calling thread, woken at once by the gate's cancellation or an interrupt. */
    Sleeper REAL = (duration, woken) -> {
        try {
            return !woken.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    };

    /**
     * Waits for {@code duration}, unless {@code woken} opens first (the gate is cancelled).
     *
     * @return false when the wait was cut short: the watch must stop
     */
    boolean sleep(Duration duration, CountDownLatch woken);
}
