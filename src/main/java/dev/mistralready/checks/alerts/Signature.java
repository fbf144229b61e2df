package dev.mistralready.checks.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one metric-naming preset spells one required alert: the metric, the label that says the series
 * is Mistral's (none when the metric's own name does), and the status the alert must select.
 *
 * @param preset         {@code micrometer}
 * @param metric         found in the expression: {@code http_client_requests_seconds_count}
 * @param discriminators labels one of which must positively select a value containing {@code mistral}
 * @param status         the HTTP outcome the expression must select, if the alert is about one
 * @param measure        what the compared value is, which decides how its threshold is read
 * @param also           further regexes the expression must contain: the 0.95 of a p95
 */
record Signature(String preset, Pattern metric, Set<String> discriminators, Optional<StatusClass> status, Measure measure,
                 List<Pattern> also) {

    /** What an alert's value measures. */
    enum Measure {
        /** Events counted by {@code rate()} or {@code increase()}: thresholds are converted to the checklist's window. */
        COUNT,
        /** A latency in seconds. */
        SECONDS,
        /** A latency in milliseconds. */
        MILLIS,
        /** Tokens, priced inside the expression: the dollar threshold cannot be read from it. */
        TOKENS,
        /** A state or a remaining quota: nothing to compare with the checklist's number. */
        STATE
    }

    static Signature of(String preset, String metric, Set<String> discriminators, StatusClass status, Measure measure) {
        return new Signature(preset, Pattern.compile("(?<![\\w:])" + metric + "(?![\\w:])"), Set.copyOf(discriminators),
                Optional.ofNullable(status), measure, List.of());
    }

    /** This signature, also requiring {@code regex} (case-insensitive) in the expression. */
    Signature and(String regex) {
        List<Pattern> more = new java.util.ArrayList<>(also);
        more.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        return new Signature(preset, metric, discriminators, status, measure, more);
    }

    /** Whether {@code expr} (comments stripped) watches this metric, for Mistral, with the status. */
    boolean watchedBy(String expr, List<PromQl.LabelMatcher> matchers) {
        if (!metric.matcher(expr).find() || !also.stream().allMatch(pattern -> pattern.matcher(expr).find())) {
            return false;
        }
        boolean mistral = discriminators.isEmpty() || matchers.stream().anyMatch(m -> m.positive()
                && discriminators.contains(m.label()) && m.value().toLowerCase(Locale.ROOT).contains("mistral"));
        return mistral && status.map(wanted -> wanted.selectedByAny(matchers)).orElse(true);
    }

    /** Watches the metric for Mistral but not the status: {@code status!="429"}, or 4xx as a whole. */
    boolean missesOnlyTheStatus(String expr, List<PromQl.LabelMatcher> matchers) {
        return status.isPresent() && new Signature(preset, metric, discriminators, Optional.empty(), measure, also)
                .watchedBy(expr, matchers) && !watchedBy(expr, matchers);
    }
}
