package dev.mistralready.checks.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One check of the production checklist's alert table, as a query per metric preset. The presets,
 * the metric names and the thresholds are the {@code alert-rules} gate's (its {@code MetricPreset} and
 * {@code RequiredAlert}); every query here is one that gate recognises as the same alert
 * ({@code BuiltInQueriesAreAlertsTest}). Each query yields the value the threshold is compared with,
 * in the table's unit: per minute, seconds, dollars per hour, or 1 for an open breaker; the check
 * fails when it is {@code > threshold}.
 *
 * <p>A preset without a metric for a check (Micrometer, OpenTelemetry GenAI and HTTP count tokens, not
 * dollars) has no query for it.
 *
 * @param id        the name in {@code checks:}, as the {@code alert-rules} gate's {@code alerts:} names it
 * @param ruleId    the finding raised over the threshold
 * @param condition the alert table's condition: {@code 5xx errors from Mistral > 10/min}
 * @param unit      how a value reads in a message: {@code 5xx/min}
 * @param queries   preset id to PromQL, in preset order
 */
public record BuiltInCheck(String id, String ruleId, String title, String condition, double threshold, String unit,
                    Map<String, String> queries) {

    /** The presets, as the {@code alert-rules} gate's {@code metrics:} names them. */
    public static final List<String> PRESETS = List.of("mistral", "micrometer", "otel-genai", "otel-http", "litellm");

    /** The names the first sketch used, read as the alert ids. */
    static final Map<String, String> ALIASES = Map.of("latency-p95", "high-latency", "cost", "cost-spike");

    private static final String MICROMETER = "client_name=~\"(?i).*mistral.*\"";
    private static final String GEN_AI = "gen_ai_system=\"mistral_ai\"";
    private static final String SERVER = "server_address=~\"(?i).*mistral\\\\.ai\"";
    private static final String LITELLM = "api_provider=\"mistral\"";
    private static final String LITELLM_MODEL = "model=~\"(?i).*mistral.*\"";
    private static final String BREAKER = "max(resilience4j_circuitbreaker_state{name=~\"(?i).*mistral.*\", state=\"open\"})";

    public static final List<BuiltInCheck> ALL = List.of(
            new BuiltInCheck("api-down", "MR-PRM-010", "API down", "5xx errors from Mistral > 10/min", 10, "5xx/min",
                    perPreset(
                            increase("mistral_requests_total{status=~\"5..\"}", "1m"),
                            increase("http_client_requests_seconds_count{" + MICROMETER + ", status=~\"5..\"}", "1m"),
                            increase("gen_ai_client_operation_duration_seconds_count{" + GEN_AI + ", error_type=~\"5..\"}", "1m"),
                            increase("http_client_request_duration_seconds_count{" + SERVER
                                    + ", http_response_status_code=~\"5..\"}", "1m"),
                            increase("litellm_deployment_failure_responses_total{" + LITELLM + ", exception_status=~\"5..\"}",
                                    "1m"))),
            new BuiltInCheck("high-latency", "MR-PRM-011", "High latency", "p95 > 5 s over 5 min", 5, "s",
                    perPreset(
                            p95("mistral_request_duration_seconds_bucket"),
                            p95("http_client_requests_seconds_bucket{" + MICROMETER + "}"),
                            p95("gen_ai_client_operation_duration_seconds_bucket{" + GEN_AI + "}"),
                            p95("http_client_request_duration_seconds_bucket{" + SERVER + "}"),
                            p95("litellm_request_total_latency_metric_bucket{" + LITELLM_MODEL + "}"))),
            new BuiltInCheck("rate-limited", "MR-PRM-012", "Rate limited", "429 errors > 5/min", 5, "429/min",
                    perPreset(
                            increase("mistral_requests_total{status=\"429\"}", "1m"),
                            increase("http_client_requests_seconds_count{" + MICROMETER + ", status=\"429\"}", "1m"),
                            increase("gen_ai_client_operation_duration_seconds_count{" + GEN_AI + ", error_type=\"429\"}", "1m"),
                            increase("http_client_request_duration_seconds_count{" + SERVER
                                    + ", http_response_status_code=\"429\"}", "1m"),
                            increase("litellm_deployment_failure_responses_total{" + LITELLM + ", exception_status=\"429\"}",
                                    "1m"))),
            new BuiltInCheck("auth-failure", "MR-PRM-013", "Auth failure", "any 401", 0, "401 in 5 min",
                    perPreset(
                            increase("mistral_requests_total{status=\"401\"}", "5m"),
                            increase("http_client_requests_seconds_count{" + MICROMETER + ", status=\"401\"}", "5m"),
                            increase("gen_ai_client_operation_duration_seconds_count{" + GEN_AI + ", error_type=\"401\"}", "5m"),
                            increase("http_client_request_duration_seconds_count{" + SERVER
                                    + ", http_response_status_code=\"401\"}", "5m"),
                            increase("litellm_deployment_failure_responses_total{" + LITELLM + ", exception_status=\"401\"}",
                                    "5m"))),
            // Resilience4j's state gauge is 1 for the state a breaker is in; LiteLLM's deployment state is
            // 2 in a complete outage (its cooldown is the breaker), read as 1 with `bool`.
            new BuiltInCheck("circuit-open", "MR-PRM-014", "Circuit open", "the circuit breaker has opened", 0,
                    "open", perPreset(BREAKER, BREAKER, BREAKER, BREAKER,
                            "max(litellm_deployment_state{" + LITELLM + "} >= bool 2)")),
            new BuiltInCheck("cost-spike", "MR-PRM-015", "Cost spike", "spend > $10/hour", 10, "$/hour",
                    perPreset(increase("mistral_cost_dollars_total", "1h"), null, null, null,
                            increase("litellm_spend_metric_total{" + LITELLM_MODEL + "}", "1h"))));

    public BuiltInCheck {
        queries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queries));
    }

    static List<String> ids() {
        return ALL.stream().map(BuiltInCheck::id).toList();
    }

    /** The check a {@code checks:} entry names, by its id or an alias. */
    static Optional<BuiltInCheck> named(String name) {
        String id = ALIASES.getOrDefault(name.trim(), name.trim());
        return ALL.stream().filter(check -> check.id.equals(id)).findFirst();
    }

    /** {@code API down (5xx errors from Mistral > 10/min)}. */
    String describe() {
        return title + " (" + condition + ")";
    }

    private static String increase(String selector, String window) {
        return "sum(increase(" + selector + "[" + window + "]))";
    }

    private static String p95(String selector) {
        return "histogram_quantile(0.95, sum by (le) (rate(" + selector + "[5m])))";
    }

    private static Map<String, String> perPreset(String... queries) {
        Map<String, String> byPreset = new LinkedHashMap<>();
        for (int i = 0; i < PRESETS.size(); i++) {
            if (queries[i] != null) {
                byPreset.put(PRESETS.get(i), queries[i]);
            }
        }
        return byPreset;
    }
}
