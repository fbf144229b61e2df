package dev.mistralready.checks.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One alert the production checklist asks for, recognised by what its expression watches.
 *
 * @param id         the key in the gate's {@code alerts:} option: {@code api-down}
 * @param ruleId     the finding raised when no rule watches it: {@code MR-ALR-001}
 * @param title      for people: {@code API down}
 * @param condition  the checklist's condition: {@code 5xx errors from Mistral > 10/min}
 * @param priority   P1, P2 or P3, which the rule's {@code severity} label must reach
 * @param match      the team's own regexes that must all be found in the rule's {@code expr}; empty: the presets decide
 * @param holdFor    the {@code for:} the rule must have at least, if any
 * @param threshold  the loosest {@code > N} allowed, in the checklist's unit (per {@code perSeconds}, or ms for latency)
 * @param perSeconds the window the threshold counts over: 60 for "10/min", 3600 for "$10/hour"; 0 when it is no rate
 * @param sketch     an alerting rule to start from
 */
record RequiredAlert(String id, String ruleId, String title, String condition, Priority priority, List<Pattern> match,
                     Optional<Duration> holdFor, Optional<Double> threshold, long perSeconds, String sketch) {

    static final List<RequiredAlert> DEFAULTS = List.of(
            of("api-down", "MR-ALR-001", "API down", "5xx errors from Mistral > 10/min", Priority.P1, null, 10.0, 60,
                    "- alert: MistralApiDown\n  expr: sum(increase(mistral_requests_total{status=~\"5..\"}[1m])) > 10\n"
                            + "  labels: {severity: critical}"),
            of("high-latency", "MR-ALR-002", "High latency", "p95 > 5000 ms for 5 min", Priority.P2,
                    Duration.ofMinutes(5), 5000.0, 0,
                    "- alert: MistralHighLatency\n  expr: histogram_quantile(0.95, sum by (le) "
                            + "(rate(mistral_request_duration_seconds_bucket[5m]))) > 5\n  for: 5m\n  labels: {severity: warning}"),
            of("rate-limited", "MR-ALR-003", "Rate limited", "429 errors > 5/min", Priority.P2, null, 5.0, 60,
                    "- alert: MistralRateLimited\n  expr: sum(increase(mistral_requests_total{status=\"429\"}[1m])) > 5\n"
                            + "  labels: {severity: warning}"),
            of("auth-failure", "MR-ALR-004", "Auth failure", "any 401", Priority.P1, null, 0.0, 60,
                    "- alert: MistralAuthFailure\n  expr: sum(increase(mistral_requests_total{status=\"401\"}[5m])) > 0\n"
                            + "  labels: {severity: critical}"),
            of("circuit-open", "MR-ALR-005", "Circuit open", "the circuit breaker has opened", Priority.P2, null, null, 0,
                    "- alert: MistralCircuitOpen\n  expr: max(resilience4j_circuitbreaker_state{name=\"mistral\", "
                            + "state=\"open\"}) > 0\n  labels: {severity: warning}"),
            of("cost-spike", "MR-ALR-006", "Cost spike", "spend > $10/hour", Priority.P3, null, 10.0, 3600,
                    "- alert: MistralCostSpike\n  expr: sum(increase(mistral_cost_dollars_total[1h])) > 10\n"
                            + "  labels: {severity: info}"));

    RequiredAlert {
        match = List.copyOf(match);
    }

    private static RequiredAlert of(String id, String ruleId, String title, String condition, Priority priority,
                                    Duration holdFor, Double threshold, long perSeconds, String sketch) {
        return new RequiredAlert(id, ruleId, title, condition, priority, List.of(), Optional.ofNullable(holdFor),
                Optional.ofNullable(threshold), perSeconds, sketch);
    }

    static List<String> ids() {
        return DEFAULTS.stream().map(RequiredAlert::id).toList();
    }

    /** This alert with what {@code spec} sets replacing the defaults. */
    RequiredAlert with(AlertSpec spec) {
        return new RequiredAlert(id, ruleId, title, condition, priority,
                spec.match().isEmpty() ? match : spec.match().stream().map(AlertSpec::compile).toList(),
                spec.holdFor().isPresent() ? spec.holdFor().filter(duration -> !duration.isZero()) : holdFor,
                spec.threshold().isPresent() ? spec.threshold() : threshold, perSeconds, sketch);
    }

    boolean latency() {
        return id.equals("high-latency");
    }

    /**
     * How {@code expr} (comments stripped) spells this alert under {@code presets}, or under the team's
     * own {@code match} regexes when it set them.
     */
    Optional<Signature> watchedBy(String expr, Set<MetricPreset> presets) {
        if (!match.isEmpty()) {
            if (!match.stream().allMatch(pattern -> pattern.matcher(expr).find())) {
                return Optional.empty();
            }
            Signature.Measure measure = latency() ? (expr.contains("_seconds") ? Signature.Measure.SECONDS
                    : Signature.Measure.MILLIS) : perSeconds > 0 ? Signature.Measure.COUNT : Signature.Measure.STATE;
            return Optional.of(new Signature("match", Pattern.compile(""), Set.of(), Optional.empty(), measure, List.of()));
        }
        List<PromQl.LabelMatcher> matchers = PromQl.matchers(expr);
        return signatures(presets).stream().filter(signature -> signature.watchedBy(expr, matchers)).findFirst();
    }

    /** A signature of {@code presets} that {@code expr} follows except for the status it must select. */
    Optional<Signature> nearMiss(String expr, Set<MetricPreset> presets) {
        if (!match.isEmpty()) {
            return Optional.empty();
        }
        List<PromQl.LabelMatcher> matchers = PromQl.matchers(expr);
        return signatures(presets).stream().filter(signature -> signature.missesOnlyTheStatus(expr, matchers)).findFirst();
    }

    List<Signature> signatures(Set<MetricPreset> presets) {
        return presets.stream().sorted().flatMap(preset -> preset.signatures(id).stream()).toList();
    }

    /** {@code "API down (5xx errors from Mistral > 10/min, P1)"}. */
    String describe() {
        return title + " (" + condition + ", " + priority + ")";
    }
}
