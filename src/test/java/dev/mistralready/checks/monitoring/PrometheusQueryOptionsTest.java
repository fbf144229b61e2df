package dev.mistralready.checks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a {@code prometheus-query} gate's options are read from checklist.yaml, and the errors a user can make. */
class PrometheusQueryOptionsTest {

    private static PrometheusQueryOptions plan(String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: error-rate\n    type: prometheus-query\n"
                + (with.isEmpty() ? "" : "    with:\n" + with);
        return (PrometheusQueryOptions) new GatePlanner(CheckRegistry.of(List.of(new PrometheusQueryCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0).options();
    }

    @Test
    void defaultsToEveryBuiltInCheckInEveryPresetSkippedWhenTheVariableIsUnset() throws ChecklistException {
        PrometheusQueryOptions options = plan("      url-env: PROMETHEUS_URL\n");

        assertThat(options).isEqualTo(PrometheusQueryOptions.fromEnvironment("PROMETHEUS_URL"));
        assertThat(options.required()).isFalse();
        assertThat(options.checks()).containsExactly("api-down", "high-latency", "rate-limited", "auth-failure",
                "circuit-open", "cost-spike");
        assertThat(options.metrics()).containsExactly("mistral", "micrometer", "otel-genai", "otel-http", "litellm");
        assertThat(options.queries()).isEmpty();
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void bindsTheIssuesExampleWithItsCheckNames() throws ChecklistException {
        PrometheusQueryOptions options = plan("""
                      url-env: PROMETHEUS_URL
                      headers: { Authorization: "Bearer ${PROM_TOKEN}" }
                      header-env: [PROM_TOKEN]
                      checks: [api-down, latency-p95, rate-limited, auth-failure, circuit-open, cost]
                """);

        assertThat(options.checks()).containsExactly("api-down", "high-latency", "rate-limited", "auth-failure",
                "circuit-open", "cost-spike");
        assertThat(options.headers().variables()).containsExactly("PROM_TOKEN");
    }

    @Test
    void bindsQueriesWithAWindow() throws ChecklistException {
        PrometheusQueryOptions options = plan("""
                      url: https://prometheus.example.com
                      checks: []
                      metrics: [litellm]
                      request-timeout: 3s
                      queries:
                        - name: error-ratio
                          query: sum(rate(app_errors_total[5m])) / sum(rate(app_requests_total[5m]))
                          op: ">"
                          threshold: 0.05
                          for: 10m
                        - name: availability
                          query: avg(up{job="app"})
                          op: "<"
                          threshold: 1
                """);

        assertThat(options.queries()).containsExactly(
                new QuerySpec("error-ratio", "sum(rate(app_errors_total[5m])) / sum(rate(app_requests_total[5m]))",
                        Operator.GREATER, 0.05, java.util.Optional.of(Duration.ofMinutes(10))),
                new QuerySpec("availability", "avg(up{job=\"app\"})", Operator.LESS, 1, java.util.Optional.empty()));
        assertThat(options.queries().get(0).step()).isEqualTo(Duration.ofSeconds(15));
        assertThat(options.checks()).isEmpty();
        assertThat(options.metrics()).containsExactly("litellm");
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aLongWindowIsCutIntoAtMostSixtySteps() {
        assertThat(QuerySpec.of("q", "x", ">", 1).holdingFor(Duration.ofHours(2)).step()).isEqualTo(Duration.ofMinutes(2));
        assertThat(QuerySpec.of("q", "x", ">", 1).holdingFor(Duration.ofSeconds(10)).step())
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesBothUrlAndUrlEnv() {
        assertThatThrownBy(() -> plan("      url: https://prometheus.example.com\n      url-env: PROMETHEUS_URL\n"))
                .isInstanceOf(ChecklistException.class).hasMessageContaining("not both");
    }

    @Test
    void refusesAnUnknownCheckListingTheBuiltIns() {
        assertThatThrownBy(() -> plan("      url-env: PROMETHEUS_URL\n      checks: [error-rate]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("`checks` names `error-rate`, which is not a built-in check (checks: api-down, "
                        + "high-latency, rate-limited, auth-failure, circuit-open, cost-spike; add your own in `queries`)");
    }

    @Test
    void refusesAnUnknownPreset() {
        assertThatThrownBy(() -> plan("      url-env: PROMETHEUS_URL\n      metrics: [datadog]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("`metrics` names `datadog`, which is not a preset (presets: mistral, micrometer, "
                        + "otel-genai, otel-http, litellm)");
    }

    @Test
    void refusesAQueryWithAnUnknownOperator() {
        assertThatThrownBy(() -> plan("""
                      url-env: PROMETHEUS_URL
                      queries: [{name: q, query: up, op: "=>", threshold: 1}]
                """)).isInstanceOf(ChecklistException.class).hasMessageContaining("`op` must be one of > >= < <= == !=");
    }

    @Test
    void refusesAQueryWithoutAThresholdOrWithAnUnknownKey() {
        assertThatThrownBy(() -> plan("""
                      url-env: PROMETHEUS_URL
                      queries: [{name: q, query: up, op: ">"}]
                """)).isInstanceOf(ChecklistException.class).hasMessageContaining("query `q` needs `threshold`");
        assertThatThrownBy(() -> plan("""
                      url-env: PROMETHEUS_URL
                      queries: [{name: q, query: up, op: ">", threshold: 1, window: 5m}]
                """)).isInstanceOf(ChecklistException.class).hasMessageContaining("window");
    }

    @Test
    void refusesTwoQueriesOfOneName() {
        assertThatThrownBy(() -> plan("""
                      url-env: PROMETHEUS_URL
                      queries: [{name: q, query: up, op: ">", threshold: 1}, {name: q, query: up, op: "<", threshold: 1}]
                """)).isInstanceOf(ChecklistException.class).hasMessageContaining("two checks named `q`");
    }

    @Test
    void refusesAGateThatChecksNothing() {
        assertThatThrownBy(() -> plan("      url-env: PROMETHEUS_URL\n      checks: []\n"))
                .isInstanceOf(ChecklistException.class).hasMessageContaining("would check nothing");
    }
}
