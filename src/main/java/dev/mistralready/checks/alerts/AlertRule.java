package dev.mistralready.checks.alerts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One alerting rule ({@code - alert: …}) of a rule file or PrometheusRule resource, with the lines of
 * its {@code alert:} and {@code expr:} keys from the YAML parser.
 */
record AlertRule(String file, String name, String expr, Optional<String> holdFor, int alertLine, int exprLine) {

    /** {@code > 10}, {@code >= 5}, {@code > bool 0.5}; not {@code >} inside {@code >=}'s neighbours {@code <} or {@code !}. */
    private static final Pattern COMPARISON =
            Pattern.compile("(?<![<>=!])(>=?)\\s*(?:bool\\s+)?(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)(?![\\w.])");

    /** The one {@code > N} comparison of the expression, when it has exactly one. */
    Optional<Comparison> comparison() {
        Matcher matcher = COMPARISON.matcher(expr);
        Comparison found = null;
        while (matcher.find()) {
            if (found != null) {
                return Optional.empty();
            }
            found = new Comparison(matcher.group(1).equals(">="), Double.parseDouble(matcher.group(2)));
        }
        return Optional.ofNullable(found);
    }

    /** Whether the expression watches a metric in seconds ({@code …_seconds_bucket}). */
    boolean inSeconds() {
        return expr.contains("_seconds");
    }

    /** A read comparison: fires when the value is above {@code value} (or at it, for {@code >=}). */
    record Comparison(boolean orEqual, double value) {

        /** Whether it fires later than {@code > threshold}: {@code >= N} counts as {@code > N - 1}, as counts are whole. */
        boolean looserThan(double threshold) {
            return orEqual ? value > Math.floor(threshold) + 1 : value > threshold;
        }

        String text() {
            return (orEqual ? ">= " : "> ") + number(value);
        }
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
