package dev.mistralready.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Times as JUnit XML consumers parse them, independent of the default locale. */
final class JunitTime {

    /** Strict Ant schema: no zone. We always write UTC, which Jenkins assumes when no offset is given. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private JunitTime() {
    }

    /** Seconds with exactly three decimals and a dot, never a comma or an exponent: {@code 1.250}. */
    static String seconds(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        return BigDecimal.valueOf(millis, 3).toPlainString();
    }

    /** {@code 2026-08-22T10:15:30}: UTC, whole seconds, no offset. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
