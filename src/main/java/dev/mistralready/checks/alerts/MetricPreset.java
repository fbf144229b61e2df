package dev.mistralready.checks.alerts;

import static dev.mistralready.checks.alerts.Signature.Measure.COUNT;
import static dev.mistralready.checks.alerts.Signature.Measure.MILLIS;
import static dev.mistralready.checks.alerts.Signature.Measure.SECONDS;
import static dev.mistralready.checks.alerts.Signature.Measure.STATE;
import static dev.mistralready.checks.alerts.Signature.Measure.TOKENS;
import static dev.mistralready.checks.alerts.StatusClass.RATE_LIMITED;
import static dev.mistralready.checks.alerts.StatusClass.SERVER_ERROR;
import static dev.mistralready.checks.alerts.StatusClass.UNAUTHORIZED;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metric names a team's Mistral client exports, as the gate's {@code metrics:} option names
 * them, and how each spells the six alerts. Every signature needs Mistral in the metric's name or in
 * a label that says which service was called, so presets do not see each other's alerts.
 */
enum MetricPreset {

    /** The checklist's own names: {@code mistral_requests_total{status}}, {@code mistral_request_duration_seconds}, {@code mistral_cost_dollars_total}. */
    MISTRAL("mistral"),
    /**
     * Spring Boot / Micrometer {@code http.client.requests} ({@code client_name}, {@code uri}, {@code status},
     * {@code outcome} tags) and Spring AI's {@code gen_ai.client.operation} and {@code gen_ai.client.token.usage}.
     */
    MICROMETER("micrometer"),
    /** OpenTelemetry GenAI semantic conventions: {@code gen_ai.client.operation.duration}, {@code gen_ai.client.token.usage}, {@code error.type}. */
    OTEL_GENAI("otel-genai"),
    /** OpenTelemetry HTTP client metrics: {@code http.client.request.duration} with {@code server.address}, {@code http.response.status_code}. */
    OTEL_HTTP("otel-http"),
    /** The LiteLLM proxy's {@code /metrics}, with {@code api_provider="mistral"} or a Mistral {@code model}. */
    LITELLM("litellm");

    private static final String REQUESTS = "mistral_\\w*(?:requests|responses|errors|calls)\\w*";
    /**
     * An OTel Collector's Prometheus exporter may prefix a namespace ({@code genai_gen_ai_client_…}) and,
     * for token usage, the unit ({@code gen_ai_client_token_usage_tokens_total}).
     */
    private static final String OTEL = "(?:[a-zA-Z]\\w*?_)?";
    private static final String P95 = "histogram_quantile\\s*\\(\\s*0?\\.95\\b|quantile\\s*=~?\\s*\"0?\\.95\"";
    private static final Set<String> HTTP_CLIENT = Set.of("client_name", "uri", "host");
    private static final Set<String> GEN_AI = Set.of("gen_ai_system", "gen_ai_provider_name");
    private static final Set<String> SERVER = Set.of("server_address", "net_peer_name");
    private static final Set<String> LITELLM_LABELS =
            Set.of("api_provider", "model", "litellm_model_name", "requested_model", "model_group", "api_base");
    private static final Set<String> BREAKER = Set.of("name", "circuit_breaker", "circuitbreaker", "breaker", "client_name",
            "service", "server_address", "gen_ai_system", "gen_ai_provider_name");
    private static final String R4J = "resilience4j_circuitbreaker_state";
    private static final Map<MetricPreset, Map<String, List<Signature>>> TABLES = tables();

    private final String id;

    MetricPreset(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(MetricPreset::id).toList();
    }

    static Optional<MetricPreset> byId(String id) {
        return Arrays.stream(values()).filter(preset -> preset.id.equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** How this preset spells the alert {@code alertId}; empty when it has no metric for it. */
    List<Signature> signatures(String alertId) {
        return TABLES.get(this).getOrDefault(alertId, List.of());
    }

    private static Map<MetricPreset, Map<String, List<Signature>>> tables() {
        Map<MetricPreset, Map<String, List<Signature>>> tables = new java.util.EnumMap<>(MetricPreset.class);
        for (MetricPreset preset : values()) {
            tables.put(preset, preset.table());
        }
        return tables;
    }

    private Map<String, List<Signature>> table() {
        return switch (this) {
            case MISTRAL -> Map.of(
                    "api-down", List.of(sig(REQUESTS, Set.of(), SERVER_ERROR, COUNT)),
                    "high-latency", List.of(
                            sig("mistral_\\w*(?:duration|latency)\\w*_seconds(?:_bucket)?", Set.of(), null, SECONDS).and(P95),
                            sig("mistral_\\w*(?:duration|latency)\\w*_(?:ms|milliseconds)(?:_bucket)?", Set.of(), null, MILLIS).and(P95)),
                    "rate-limited", List.of(sig(REQUESTS, Set.of(), RATE_LIMITED, COUNT)),
                    "auth-failure", List.of(sig(REQUESTS, Set.of(), UNAUTHORIZED, COUNT)),
                    "circuit-open", List.of(sig(R4J, BREAKER, null, STATE).and("open"),
                            sig("mistral_\\w*circuit\\w*", Set.of(), null, STATE).and("open")),
                    "cost-spike", List.of(sig("mistral_\\w*(?:cost|spend|usd|dollars)\\w*", Set.of(), null, COUNT)));
            // Micrometer's http.client.requests timer, as Prometheus names it; Spring AI observes
            // ChatModel calls as gen_ai.client.operation (seconds) with gen_ai.system="mistral_ai".
            case MICROMETER -> Map.of(
                    "api-down", List.of(sig("http_client_requests_seconds_(?:count|bucket)", HTTP_CLIENT, SERVER_ERROR, COUNT)),
                    "high-latency", List.of(
                            sig("http_client_requests_seconds(?:_bucket)?", HTTP_CLIENT, null, SECONDS).and(P95),
                            sig("gen_ai_client_operation_seconds(?:_bucket)?", GEN_AI, null, SECONDS).and(P95)),
                    "rate-limited", List.of(sig("http_client_requests_seconds_(?:count|bucket)", HTTP_CLIENT, RATE_LIMITED, COUNT)),
                    "auth-failure", List.of(sig("http_client_requests_seconds_(?:count|bucket)", HTTP_CLIENT, UNAUTHORIZED, COUNT)),
                    "circuit-open", List.of(sig(R4J, BREAKER, null, STATE).and("open")),
                    "cost-spike", List.of(sig("gen_ai_client_token_usage(?:_total|_sum)?", GEN_AI, null, TOKENS)));
            case OTEL_GENAI -> Map.of(
                    "api-down", List.of(sig(OTEL + "gen_ai_client_operation_duration_seconds_(?:count|bucket)", GEN_AI, SERVER_ERROR, COUNT)),
                    "high-latency", List.of(sig(OTEL + "gen_ai_client_operation_duration_seconds_bucket", GEN_AI, null, SECONDS).and(P95)),
                    "rate-limited", List.of(sig(OTEL + "gen_ai_client_operation_duration_seconds_(?:count|bucket)", GEN_AI, RATE_LIMITED, COUNT)),
                    "auth-failure", List.of(sig(OTEL + "gen_ai_client_operation_duration_seconds_(?:count|bucket)", GEN_AI, UNAUTHORIZED, COUNT)),
                    "circuit-open", List.of(sig(R4J, BREAKER, null, STATE).and("open")),
                    "cost-spike", List.of(sig(OTEL + "gen_ai_client_token_usage(?:_tokens?)?_(?:sum|count|bucket|total)", GEN_AI, null, TOKENS)));
            // OTel's HTTP client metrics have no cost; an application counter with server.address stands in.
            case OTEL_HTTP -> Map.of(
                    "api-down", List.of(sig(OTEL + "http_client_request_duration_seconds_(?:count|bucket)", SERVER, SERVER_ERROR, COUNT)),
                    "high-latency", List.of(sig(OTEL + "http_client_request_duration_seconds_bucket", SERVER, null, SECONDS).and(P95)),
                    "rate-limited", List.of(sig(OTEL + "http_client_request_duration_seconds_(?:count|bucket)", SERVER, RATE_LIMITED, COUNT)),
                    "auth-failure", List.of(sig(OTEL + "http_client_request_duration_seconds_(?:count|bucket)", SERVER, UNAUTHORIZED, COUNT)),
                    "circuit-open", List.of(sig(R4J, BREAKER, null, STATE).and("open")),
                    "cost-spike", List.of(sig("\\w*(?:cost|spend|usd|dollars)\\w*", SERVER, null, COUNT)));
            // LiteLLM proxy metrics (docs/my-website/docs/proxy/prometheus.md): failures carry exception_status;
            // litellm_deployment_state is 0 healthy, 1 partial, 2 complete outage; a cooled-down deployment is its breaker.
            case LITELLM -> Map.of(
                    "api-down", List.of(
                            sig("litellm_deployment_failure_responses(?:_total)?", LITELLM_LABELS, SERVER_ERROR, COUNT),
                            sig("litellm_llm_api_failed_requests_metric(?:_total)?", LITELLM_LABELS, null, COUNT)),
                    "high-latency", List.of(sig("litellm_(?:request_total_latency_metric|llm_api_latency_metric)_bucket",
                            LITELLM_LABELS, null, SECONDS).and(P95)),
                    "rate-limited", List.of(
                            sig("litellm_deployment_failure_responses(?:_total)?", LITELLM_LABELS, RATE_LIMITED, COUNT),
                            sig("litellm_remaining_requests(?:_metric)?", LITELLM_LABELS, null, STATE)),
                    "auth-failure", List.of(sig("litellm_deployment_failure_responses(?:_total)?", LITELLM_LABELS, UNAUTHORIZED, COUNT)),
                    "circuit-open", List.of(
                            sig("litellm_deployment_cooled_down(?:_total)?", LITELLM_LABELS, null, STATE),
                            sig("litellm_deployment_state", LITELLM_LABELS, null, STATE)),
                    "cost-spike", List.of(sig("litellm_spend_metric(?:_total)?", LITELLM_LABELS, null, COUNT)));
        };
    }

    private Signature sig(String metric, Set<String> discriminators, StatusClass status, Signature.Measure measure) {
        return Signature.of(id, metric, discriminators, status, measure);
    }
}
