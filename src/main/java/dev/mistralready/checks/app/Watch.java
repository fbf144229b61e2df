package dev.mistralready.checks.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.DurationText;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code watch:} option of the app gates: sample the app over {@code for}, one sample every
 * {@code every} (the first at once), and fail at the first failed sample past {@code max-failures}.
 * For 10m every 1m that is ten samples, at +0 to +9m.
 */
public record Watch(Duration window, Duration every, int maxFailures) {

    /** One sample a second for an hour; more is a typo, and would fill the report with sample lines. */
    static final int MAX_SAMPLES = 3600;
    static final Duration DEFAULT_EVERY = Duration.ofMinutes(1);

    public Watch {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(every, "every");
        Durations.positive(window);
        Durations.positive(every);
        if (every.compareTo(window) > 0) {
            throw new IllegalArgumentException("`every` (" + DurationText.format(every) + ") is longer than `for` ("
                    + DurationText.format(window) + "); the watch takes a sample every `every` for `for`");
        }
        if (maxFailures < 0) {
            throw new IllegalArgumentException("`max-failures` must be 0 or more (the failed samples tolerated), not "
                    + maxFailures);
        }
        long samples = samples(window, every);
        if (samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("`for` " + DurationText.format(window) + " `every` "
                    + DurationText.format(every) + " is " + samples + " samples, more than the " + MAX_SAMPLES
                    + " a watch may take; sample less often");
        }
        if (maxFailures >= samples) {
            throw new IllegalArgumentException("`max-failures` (" + maxFailures + ") tolerates every one of the "
                    + samples + " samples; the watch could never fail. Set it below " + samples);
        }
    }

    /** {@code {for: 10m, every: 1m, max-failures: 0}}; {@code every} defaults to 1m (or {@code for} when shorter). */
    @JsonCreator
    static Watch bind(@JsonProperty("for") Duration window, @JsonProperty("every") Duration every,
                      @JsonProperty("max-failures") Integer maxFailures) {
        if (window == null) {
            throw new IllegalArgumentException("`watch` needs `for`, how long to watch (such as `for: 10m`)");
        }
        Duration interval = every != null ? every : DEFAULT_EVERY.compareTo(window) > 0 ? window : DEFAULT_EVERY;
        return new Watch(window, interval, maxFailures == null ? 0 : maxFailures);
    }

    public static Watch of(Duration window, Duration every, int maxFailures) {
        return new Watch(window, every, maxFailures);
    }

    /** How many samples the schedule has: one at each multiple of {@code every} before {@code for}. */
    int samples() {
        return (int) samples(window, every);
    }

    /** When, after the first, sample {@code slot} (0-based) is due. */
    Duration due(int slot) {
        return every.multipliedBy(slot);
    }

    /**
     * The slot of the first sample due at or after {@code elapsed}: a sample that overran {@code every}
     * makes the watch skip the slots it ran over, rather than sampling twice at once to catch up.
     */
    int slotAtOrAfter(Duration elapsed) {
        long slot = (elapsed.toNanos() + every.toNanos() - 1) / every.toNanos();
        return (int) Math.min(slot, Integer.MAX_VALUE);
    }

    /** The gate's default timeout with this watch: the window and {@code margin}, for the last sample and the report. */
    Duration timeout(Duration margin) {
        return window.plus(margin);
    }

    private static long samples(Duration window, Duration every) {
        return (window.toNanos() + every.toNanos() - 1) / every.toNanos();
    }

    @Override
    public String toString() {
        return "{for: " + DurationText.format(window) + ", every: " + DurationText.format(every) + ", max-failures: "
                + maxFailures + "}";
    }
}
