package dev.mistralready.check;

import java.time.Duration;
import java.util.Locale;

/** Human durations as written in checklist.yaml: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1m30s}. */
public final class DurationText {

    /** The longest duration a checklist may give: longer is a typo, and would overflow the arithmetic on it. */
    public static final Duration MAXIMUM = Duration.ofHours(24);

    /** What a valid duration looks like, for error messages. */
    public static final String EXPECTED = "a number with a unit: 500ms, 10s, 2m, 1h or 1m30s";

    private static final int MAX_DIGITS = 9;

    private DurationText() {
    }

    /**
     * Parses {@code text}, or throws {@link IllegalArgumentException} saying what is expected. Read in
     * one pass, without a regular expression, so no input can make it backtrack or overflow.
     */
    public static Duration parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        long totalMillis = 0;
        int at = 0;
        if (trimmed.isEmpty()) {
            throw notADuration(text);
        }
        while (at < trimmed.length()) {
            int digitsStart = at;
            while (at < trimmed.length() && Character.isDigit(trimmed.charAt(at)) && trimmed.charAt(at) < 128) {
                at++;
            }
            int unitStart = at;
            while (at < trimmed.length() && Character.isLetter(trimmed.charAt(at))) {
                at++;
            }
            if (unitStart == digitsStart || unitStart == at) {
                throw notADuration(text);
            }
            if (unitStart - digitsStart > MAX_DIGITS) {
                throw tooLong(text);
            }
            long amount = Long.parseLong(trimmed.substring(digitsStart, unitStart));
            long unitMillis = switch (trimmed.substring(unitStart, at)) {
                case "ms" -> 1;
                case "s" -> 1000;
                case "m" -> 60_000;
                case "h" -> 3_600_000;
                default -> throw notADuration(text);
            };
            totalMillis += amount * unitMillis; // at most 10^9 * 3.6 * 10^6 per part, and capped below
            if (totalMillis > MAXIMUM.toMillis()) {
                throw tooLong(text);
            }
        }
        if (totalMillis == 0) {
            throw new IllegalArgumentException("`" + Quoted.excerpt(text) + "` is zero; a duration must be positive");
        }
        return Duration.ofMillis(totalMillis);
    }

    private static IllegalArgumentException notADuration(String text) {
        return new IllegalArgumentException("`" + Quoted.excerpt(text) + "` is not a duration; expected " + EXPECTED);
    }

    private static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("`" + Quoted.excerpt(text) + "` is longer than the " + format(MAXIMUM)
                + " a duration may be");
    }

    /** Formats for people: {@code 850ms}, {@code 1.2s}, {@code 2m05s}, {@code 2h}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
