package dev.mistralready.checks.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the alert gate reads out of a PromQL expression without a full parser: comments, label
 * matchers, the range functions and their windows. Enough to tell {@code status="429"} from
 * {@code status!="429"} and a per-second {@code rate()} from a per-window {@code increase()}.
 */
final class PromQl {

    private static final Pattern MATCHER =
            Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`)");
    private static final Pattern RANGE_FUNCTION = Pattern.compile("\\b(rate|irate|increase|delta|idelta)\\s*\\(");
    private static final Pattern WINDOW = Pattern.compile("\\[\\s*([0-9a-z]+)\\s*(:[^\\]]*)?\\]");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

    private PromQl() {
    }

    /** A label matcher such as {@code status!~"4.."}; {@code value} without its quotes. */
    record LabelMatcher(String label, String operator, String value) {

        boolean positive() {
            return operator.equals("=") || operator.equals("=~");
        }

        /** Whether a series whose label is {@code candidate} is selected (Prometheus regexes are anchored). */
        boolean selects(String candidate) {
            boolean hit;
            if (operator.endsWith("~")) {
                try {
                    hit = Pattern.compile("^(?:" + value + ")$").matcher(candidate).matches();
                } catch (PatternSyntaxException e) {
                    hit = false;
                }
            } else {
                hit = value.equals(candidate);
            }
            return positive() == hit;
        }
    }

    /** {@code expr} without {@code # …} comments, which PromQL allows to the end of a line outside strings. */
    static String withoutComments(String expr) {
        StringBuilder out = new StringBuilder(expr.length());
        char quote = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && quote != '`' && i + 1 < expr.length()) {
                    out.append(expr.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
                out.append(c);
            } else if (c == '#') {
                while (i + 1 < expr.length() && expr.charAt(i + 1) != '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code expr} with the insides of its string literals blanked, so digits in {@code "5.."} are not numbers. */
    static String withoutStrings(String expr) {
        return MATCHER.matcher(expr).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + match.group(2) + "\"\""));
    }

    static List<LabelMatcher> matchers(String expr) {
        List<LabelMatcher> found = new ArrayList<>();
        Matcher matcher = MATCHER.matcher(expr);
        while (matcher.find()) {
            String quoted = matcher.group(3);
            String value = quoted.substring(1, quoted.length() - 1);
            if (quoted.charAt(0) != '`') {
                value = value.replace("\\\\", "\\");
            }
            found.add(new LabelMatcher(matcher.group(1), matcher.group(2), value));
        }
        return found;
    }

    /**
     * The seconds one value of the expression counts over: 1 for {@code rate()}/{@code irate()} (per
     * second), the window for {@code increase(x[5m])}; empty without a range function, with windows
     * that differ, or with a subquery.
     */
    static java.util.OptionalLong perSeconds(String expr) {
        Matcher function = RANGE_FUNCTION.matcher(expr);
        Long seconds = null;
        while (function.find()) {
            Matcher window = WINDOW.matcher(expr);
            if (!window.find(function.end()) || window.group(2) != null) {
                return java.util.OptionalLong.empty();
            }
            long here = function.group(1).contains("rate") ? 1 : durationSeconds(window.group(1));
            if (here <= 0 || (seconds != null && seconds != here)) {
                return java.util.OptionalLong.empty();
            }
            seconds = here;
        }
        return seconds == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(seconds);
    }

    /** {@code 1h30m} in seconds; -1 when it is not a Prometheus duration. */
    static long durationSeconds(String text) {
        String trimmed = text.trim();
        Matcher part = DURATION_PART.matcher(trimmed);
        long total = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            long n = Long.parseLong(part.group(1));
            total += switch (part.group(2)) {
                case "ms" -> n / 1000;
                case "s" -> n;
                case "m" -> n * 60;
                case "h" -> n * 3600;
                case "d" -> n * 86_400;
                case "w" -> n * 604_800;
                default -> n * 31_536_000;
            };
            end = part.end();
        }
        return end == trimmed.length() && end > 0 ? total : -1;
    }
}
