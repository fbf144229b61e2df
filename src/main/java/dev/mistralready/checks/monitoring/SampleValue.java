package dev.mistralready.checks.monitoring;

import java.util.Optional;

/**
 * A sample's value as the Prometheus HTTP API sends it: a JSON string holding a float, or one of
 * {@code NaN}, {@code +Inf}, {@code -Inf} (Go's spellings; {@code Inf} is read too).
 */
final class SampleValue {

    private SampleValue() {
    }

    /** The value; empty when the text is not one Prometheus sends. */
    static Optional<Double> parse(String text) {
        String value = text.trim();
        switch (value) {
            case "NaN":
                return Optional.of(Double.NaN);
            case "+Inf":
            case "Inf":
                return Optional.of(Double.POSITIVE_INFINITY);
            case "-Inf":
                return Optional.of(Double.NEGATIVE_INFINITY);
            default:
                break;
        }
        if (value.isEmpty() || !value.matches("[-+]?[0-9.eE+-]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** As a report shows it: {@code 14}, {@code 0.25}, {@code 5.31}, {@code NaN}, {@code +Inf}. */
    static String show(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(java.util.Locale.ROOT, "%.4g", value);
        if (text.contains("e")) {
            return text;
        }
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
