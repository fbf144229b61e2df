package dev.mistralready.mistral;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rate-limit figures an API response carried. Mistral's header names have changed over time
 * ({@code x-ratelimit-remaining-req-minute}, {@code x-ratelimitbysize-remaining-month},
 * {@code ratelimitbysize-reset}, ...), so every header whose name contains {@code ratelimit} is kept
 * as sent, plus {@code Retry-After}.
 *
 * @param figures    header name (lower case) to value, sorted by name
 * @param retryAfter the {@code Retry-After} value as sent: seconds or an HTTP date
 */
public record RateLimits(Map<String, String> figures, Optional<String> retryAfter) {

    public static final RateLimits NONE = new RateLimits(Map.of(), Optional.empty());

    private static final int MAX_VALUE_LENGTH = 64;

    public RateLimits {
        figures = Collections.unmodifiableMap(new TreeMap<>(figures));
        retryAfter = retryAfter.map(RateLimits::clip);
    }

    /** Picks the rate-limit headers out of all headers; repeated names keep their first value. */
    static RateLimits from(Iterable<Map.Entry<String, String>> headers) {
        Map<String, String> figures = new TreeMap<>();
        String retryAfter = null;
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.contains("ratelimit")) {
                figures.putIfAbsent(name, clip(header.getValue()));
            } else if (name.equals("retry-after") && retryAfter == null) {
                retryAfter = header.getValue();
            }
        }
        return new RateLimits(figures, Optional.ofNullable(retryAfter));
    }

    public boolean isEmpty() {
        return figures.isEmpty() && retryAfter.isEmpty();
    }

    /** {@code retry after 30s}, or the date as sent; empty without the header. */
    public Optional<String> describeRetryAfter() {
        return retryAfter.map(value -> value.chars().allMatch(Character::isDigit) ? "retry after " + value + "s"
                : "retry after " + value);
    }

    /** {@code x-ratelimit-remaining-req-minute 59, x-ratelimit-limit-req-minute 60}; empty without figures. */
    public String describeFigures() {
        return figures.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Header values are the server's text: one line, bounded, printable. */
    private static String clip(String value) {
        String line = value.replaceAll("\\p{Cntrl}", " ").trim();
        return line.length() <= MAX_VALUE_LENGTH ? line : line.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
