package dev.mistralready.checks.app;

import dev.mistralready.check.DurationText;
import java.time.Duration;

/** Checks on the durations of options. */
final class Durations {

    private Durations() {
    }

    static Duration positive(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("`" + DurationText.format(duration) + "` is not positive; expected "
                    + DurationText.EXPECTED);
        }
        return duration;
    }
}
