package dev.mistralready.checks.alerts;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one {@code > N} (or {@code >= N}) of an alert expression, read with what scales its left side:
 * {@code rate(x[5m]) * 60 > 10} compares a per-second rate, times 60, with 10.
 *
 * @param orEqual   {@code >=}
 * @param value     the right side, its arithmetic done: {@code > 10/60} is 0.1667
 * @param text      the comparison as written, for messages
 * @param scale     the product of the constants that multiply (or divide) the left side
 * @param ratio     the left side divides by a series (an error ratio), so it has no count unit
 * @param left      the expression left of the comparison
 */
record Comparison(boolean orEqual, double value, String text, double scale, boolean ratio, String left) {

    private static final String NUMBER = "\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?";
    /** {@code > 10}, {@code >= 5}, {@code > bool 0.5}, {@code > 10/60}, {@code > (10 / 60)}; not {@code >} of {@code <} or {@code !}. */
    private static final Pattern COMPARISON = Pattern.compile("(?<![<>=!])(>=?)\\s*(?:bool\\s+)?(\\(?\\s*" + NUMBER
            + "(?:\\s*[*/]\\s*" + NUMBER + ")*\\s*\\)?)(?![\\w.(\\[])");
    private static final Pattern FACTOR = Pattern.compile("(?<![\\w.])(" + NUMBER + ")\\s*\\*|([*/])\\s*(" + NUMBER + ")(?![\\w.])");
    private static final Pattern DIVIDED_BY_SERIES = Pattern.compile("/\\s*(?!\\s*" + NUMBER + "(?![\\w.]))[\\w(]");
    private static final Pattern GUARD = Pattern.compile("(?:and|unless)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARITHMETIC = Pattern.compile("([*/]?)\\s*(" + NUMBER + ")");

    /**
     * The comparison of {@code expr} (comments already stripped), when it has exactly one before a
     * top-level {@code and}/{@code unless}: {@code errors / total > 0.05 and total > 0} compares the
     * ratio; the guard after {@code and} only keeps quiet series out.
     */
    static Optional<Comparison> of(String expr) {
        String plain = beforeGuard(PromQl.withoutStrings(expr));
        Matcher matcher = COMPARISON.matcher(plain);
        Comparison found = null;
        while (matcher.find()) {
            if (found != null) {
                return Optional.empty();
            }
            OptionalDouble value = evaluate(matcher.group(2));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String left = plain.substring(0, matcher.start());
            String bare = left.replaceAll("\\[[^\\]]*\\]", "[]");
            found = new Comparison(matcher.group(1).equals(">="), value.getAsDouble(),
                    matcher.group(1) + " " + matcher.group(2).trim(), scale(bare), DIVIDED_BY_SERIES.matcher(bare).find(), left);
        }
        return Optional.ofNullable(found);
    }

    private static String beforeGuard(String expr) {
        int depth = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && (i == 0 || !Character.isLetterOrDigit(expr.charAt(i - 1)) && expr.charAt(i - 1) != '_')
                    && GUARD.matcher(expr).region(i, expr.length()).lookingAt()) {
                return expr.substring(0, i);
            }
        }
        return expr;
    }

    private static OptionalDouble evaluate(String arithmetic) {
        Matcher term = ARITHMETIC.matcher(arithmetic.replace("(", "").replace(")", ""));
        double result = 0;
        boolean first = true;
        while (term.find()) {
            double number = Double.parseDouble(term.group(2));
            if (first) {
                result = number;
                first = false;
            } else if (term.group(1).equals("*")) {
                result *= number;
            } else if (term.group(1).equals("/")) {
                if (number == 0) {
                    return OptionalDouble.empty();
                }
                result /= number;
            }
        }
        return first ? OptionalDouble.empty() : OptionalDouble.of(result);
    }

    private static double scale(String left) {
        double scale = 1;
        Matcher factor = FACTOR.matcher(left);
        while (factor.find()) {
            if (factor.group(1) != null) {
                scale *= Double.parseDouble(factor.group(1));
            } else if (factor.group(2).equals("*")) {
                scale *= Double.parseDouble(factor.group(3));
            } else if (Double.parseDouble(factor.group(3)) != 0) {
                scale /= Double.parseDouble(factor.group(3));
            }
        }
        return scale;
    }

    /**
     * The threshold in counts per {@code perSeconds} seconds when the left side counts per
     * {@code countedSeconds}: {@code rate(x[5m]) > 10/60} is 10 per 60 s.
     */
    double per(long perSeconds, long countedSeconds) {
        return value / scale * perSeconds / countedSeconds;
    }

    /**
     * Whether it fires later than {@code > threshold}. Only a {@code >=} on whole counts over the
     * checklist's own window counts as {@code > N - 1}; otherwise a 0.1% margin absorbs rounding
     * ({@code > 0.1667} for 10/min).
     */
    boolean looserThan(double threshold, double converted, boolean wholeCounts) {
        if (orEqual && wholeCounts) {
            return converted > Math.floor(threshold) + 1;
        }
        return converted > threshold * 1.001 + 1e-9;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", value).replaceAll("\\.?0+$", "");
    }
}
