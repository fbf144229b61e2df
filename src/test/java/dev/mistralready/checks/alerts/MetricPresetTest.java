package dev.mistralready.checks.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each preset spells an alert, and look-alikes it must not take for one. */
class MetricPresetTest {

    private static Optional<String> preset(String alertId, String expr) {
        RequiredAlert alert = RequiredAlert.DEFAULTS.stream().filter(a -> a.id().equals(alertId)).findFirst().orElseThrow();
        return alert.watchedBy(PromQl.withoutComments(expr), EnumSet.allOf(MetricPreset.class)).map(Signature::preset);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        high-latency | otel-genai | histogram_quantile(0.95, sum by (le) (rate(genai_gen_ai_client_operation_duration_seconds_bucket{gen_ai_system="mistral_ai"}[5m]))) > 5
        high-latency | micrometer | histogram_quantile(0.95, sum by (le) (rate(gen_ai_client_operation_seconds_bucket{gen_ai_system="mistral_ai"}[5m]))) > 5
        high-latency | micrometer | max(http_client_requests_seconds{client_name="api.mistral.ai", quantile="0.95"}) > 5
        cost-spike   | otel-genai | sum(increase(gen_ai_client_token_usage_tokens_total{gen_ai_provider_name="mistral_ai"}[1h])) * 0.000004 > 10
        api-down     | litellm    | sum(increase(litellm_llm_api_failed_requests_metric_total{model=~"mistral/.*"}[1m])) > 10
        rate-limited | litellm    | min(litellm_remaining_requests{api_provider="mistral"}) < 10
        circuit-open | litellm    | increase(litellm_deployment_cooled_down_total{api_provider="mistral"}[5m]) > 0
        api-down     | mistral    | 100 * sum(rate(mistral_requests_total{status_code="500"}[5m])) / sum(rate(mistral_requests_total[5m])) > 20
        api-down     | mistral    | sum(rate(mistral_requests_total{return_code=~"5[0-9][0-9]"}[5m])) > 0.05
        auth-failure | otel-genai | sum(increase(gen_ai_client_operation_duration_seconds_count{gen_ai_system="mistral_ai", error_type="AuthenticationError"}[5m])) > 0
        """)
    void recognises(String alertId, String expected, String expr) {
        assertThat(preset(alertId, expr)).contains(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        api-down     | sum(increase(http_client_requests_seconds_count{client_name="api.openai.com", status=~"5.."}[1m])) > 10
        api-down     | sum(increase(http_client_requests_seconds_count{client_name!~".*mistral.*", status=~"5.."}[1m])) > 10
        rate-limited | sum(increase(mistral_requests_total{status=~"4.."}[1m])) > 5
        rate-limited | sum(increase(mistral_requests_total{code!~"429"}[1m])) > 5
        rate-limited | sum(increase(mistral_requests_total[1m])) > 5 # status 429
        auth-failure | sum(increase(litellm_deployment_failure_responses_total{api_provider="openai", exception_status="401"}[5m])) > 0
        high-latency | histogram_quantile(0.50, sum by (le) (rate(mistral_request_duration_seconds_bucket[5m]))) > 5
        """)
    void doesNotTakeForTheAlert(String alertId, String expr) {
        assertThat(preset(alertId, expr)).isEmpty();
    }
}
