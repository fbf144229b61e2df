package dev.mistralready.checks.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One alert the production checklist asks for, recognised by what its expression watches.
 *
 * @param id         the key in the gate's {@code alerts:} option: {@code api-down}
 * @param ruleId     the finding raised when no rule watches it: {@code MR-ALR-001}
 * @param title      for people: {@code API down}
 * @param condition  the checklist's condition: {@code 5xx errors from Mistral > 10/min}
 * @param priority   P1, P2 or P3, the label the sketch suggests
 * @param match      regexes that must all be found in the rule's {@code expr}
 * @param holdFor    the {@code for:} the rule must have, if any
 * @param threshold  the loosest {@code > N} allowed, if the alert has one
 * @param millis     the threshold is in milliseconds (a {@code _seconds} metric is compared in seconds)
 * @param sketch     an alerting rule to start from
 */
record RequiredAlert(String id, String ruleId, String title, String condition, String priority, List<Pattern> match,
                     Optional<Duration> holdFor, Optional<Double> threshold, boolean millis, String sketch) {

    private static final String MISTRAL = "mistral";

    static final List<RequiredAlert> DEFAULTS = List.of(
            of("api-down", "MR-ALR-001", "API down", "5xx errors from Mistral > 10/min", "P1",
                    List.of(MISTRAL, "5xx|=~\\s*\"5|=\\s*\"5\\d\\d\""), null, 10.0, false,
                    "- alert: MistralApiDown\n  expr: sum(increase(mistral_requests_total{status=~\"5..\"}[1m])) > 10\n"
                            + "  labels: {severity: P1}"),
            of("high-latency", "MR-ALR-002", "High latency", "p95 > 5000 ms for 5 min", "P2",
                    List.of(MISTRAL, "histogram_quantile\\s*\\(\\s*0?\\.95|quantile\\s*=\\s*\"0?\\.95\"|p95"),
                    Duration.ofMinutes(5), 5000.0, true,
                    "- alert: MistralHighLatency\n  expr: histogram_quantile(0.95, sum by (le) "
                            + "(rate(mistral_request_duration_seconds_bucket[5m]))) > 5\n  for: 5m\n  labels: {severity: P2}"),
            of("rate-limited", "MR-ALR-003", "Rate limited", "429 errors > 5/min", "P2",
                    List.of(MISTRAL, "429|rate.?limit"), null, 5.0, false,
                    "- alert: MistralRateLimited\n  expr: sum(increase(mistral_requests_total{status=\"429\"}[1m])) > 5\n"
                            + "  labels: {severity: P2}"),
            of("auth-failure", "MR-ALR-004", "Auth failure", "any 401", "P1",
                    List.of(MISTRAL, "401|unauthori[sz]ed"), null, 0.0, false,
                    "- alert: MistralAuthFailure\n  expr: sum(increase(mistral_requests_total{status=\"401\"}[5m])) > 0\n"
                            + "  labels: {severity: P1}"),
            of("circuit-open", "MR-ALR-005", "Circuit open", "the circuit breaker has opened", "P2",
                    List.of(MISTRAL, "circuit|breaker", "open"), null, null, false,
                    "- alert: MistralCircuitOpen\n  expr: max(resilience4j_circuitbreaker_state{name=\"mistral\", "
                            + "state=\"open\"}) > 0\n  labels: {severity: P2}"),
            of("cost-spike", "MR-ALR-006", "Cost spike", "spend > $10/hour", "P3",
                    List.of(MISTRAL, "cost|spend|dollars?|usd"), null, 10.0, false,
                    "- alert: MistralCostSpike\n  expr: sum(increase(mistral_cost_dollars_total[1h])) > 10\n"
                            + "  labels: {severity: P3}"));

    RequiredAlert {
        match = List.copyOf(match);
    }

    private static RequiredAlert of(String id, String ruleId, String title, String condition, String priority,
                                    List<String> match, Duration holdFor, Double threshold, boolean millis, String sketch) {
        return new RequiredAlert(id, ruleId, title, condition, priority, match.stream().map(AlertSpec::compile).toList(),
                Optional.ofNullable(holdFor), Optional.ofNullable(threshold), millis, sketch);
    }

    static List<String> ids() {
        return DEFAULTS.stream().map(RequiredAlert::id).toList();
    }

    /** This alert with what {@code spec} sets replacing the defaults. */
    RequiredAlert with(AlertSpec spec) {
        return new RequiredAlert(id, ruleId, title, condition, priority,
                spec.match().isEmpty() ? match : spec.match().stream().map(AlertSpec::compile).toList(),
                spec.holdFor().isPresent() ? spec.holdFor().filter(duration -> !duration.isZero()) : holdFor,
                spec.threshold().isPresent() ? spec.threshold() : threshold, millis, sketch);
    }

    /** Whether every {@code match} regex is found in {@code expr}. */
    boolean watchedBy(String expr) {
        return match.stream().allMatch(pattern -> pattern.matcher(expr).find());
    }

    /** {@code "API down (5xx errors from Mistral > 10/min, P1)"}. */
    String describe() {
        return title + " (" + condition + ", " + priority + ")";
    }
}
