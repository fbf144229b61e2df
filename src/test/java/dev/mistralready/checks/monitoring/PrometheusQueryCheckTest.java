package dev.mistralready.checks.monitoring;

import static dev.mistralready.checks.monitoring.FakePrometheus.error;
import static dev.mistralready.checks.monitoring.FakePrometheus.json;
import static dev.mistralready.checks.monitoring.FakePrometheus.matrix;
import static dev.mistralready.checks.monitoring.FakePrometheus.scalar;
import static dev.mistralready.checks.monitoring.FakePrometheus.success;
import static dev.mistralready.checks.monitoring.FakePrometheus.vector;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.http.Loopback;
import dev.mistralready.http.ServiceUrl;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate against a Prometheus on loopback that answers with the HTTP API's real shapes. */
class PrometheusQueryCheckTest {

    private final PrometheusQueryCheck check = new PrometheusQueryCheck();
    private FakePrometheus prometheus;

    @BeforeEach
    void start() throws IOException {
        prometheus = new FakePrometheus();
    }

    @AfterEach
    void stop() {
        prometheus.close();
    }

    private PrometheusQueryOptions options() {
        return PrometheusQueryOptions.of(ServiceUrl.parse(prometheus.url())).withMetrics(List.of("mistral"));
    }

    private Outcome run(PrometheusQueryOptions options) {
        return check.run(options, PrometheusContexts.with(Map.of()));
    }

    private static Finding only(Outcome outcome) {
        return Loopback.onlyFinding(outcome);
    }

    @Test
    void passesWhenEveryBuiltInCheckIsUnderItsThreshold() {
        prometheus.whenQueryContains("status=~\"5..\"", vector("3"))
                .whenQueryContains("histogram_quantile", vector("1.2"))
                .whenQueryContains("status=\"429\"", vector("2"))
                .whenQueryContains("status=\"401\"", vector("0"))
                .whenQueryContains("resilience4j", vector("0"))
                .whenQueryContains("mistral_cost_dollars_total", vector("4.5"));

        Outcome outcome = run(options());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.summary()).isEqualTo("6 checks under the threshold");
        assertThat(outcome.details()).contains("request: GET " + prometheus.url() + "/api/v1/query",
                "PASS api-down: 3 5xx/min <= 10 (mistral)", "PASS high-latency: 1.2 s <= 5 (mistral)",
                "PASS auth-failure: 0 401 in 5 min <= 0 (mistral)", "PASS cost-spike: 4.5 $/hour <= 10 (mistral)");
        assertThat(prometheus.queries()).containsExactly(
                "sum(increase(mistral_requests_total{status=~\"5..\"}[1m]))",
                "histogram_quantile(0.95, sum by (le) (rate(mistral_request_duration_seconds_bucket[5m])))",
                "sum(increase(mistral_requests_total{status=\"429\"}[1m]))",
                "sum(increase(mistral_requests_total{status=\"401\"}[5m]))",
                "max(resilience4j_circuitbreaker_state{name=~\"(?i).*mistral.*\", state=\"open\"})",
                "sum(increase(mistral_cost_dollars_total[1h]))");
    }

    @Test
    void asksTheInstantQueryEndpointAtTheClocksTime() throws Exception {
        prometheus.always(vector("0"));

        run(options().withChecks(List.of("api-down")));

        RecordedRequest request = prometheus.requests.get(0);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/query");
        assertThat(request.getUrl().queryParameter("time")).isEqualTo(PrometheusContexts.NOW.getEpochSecond() + ".000");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void keepsThePathOfAServerBehindAPrefixAndDropsAnApiPathGivenWithIt() {
        prometheus.always(vector("0"));

        run(PrometheusQueryOptions.of(ServiceUrl.parse(prometheus.url() + "/prometheus/api/v1/query"))
                .withMetrics(List.of("mistral")).withChecks(List.of("api-down")));

        assertThat(prometheus.requests.get(0).getUrl().encodedPath()).isEqualTo("/prometheus/api/v1/query");
    }

    @ParameterizedTest(name = "{0} over its threshold fails with {1}")
    @CsvSource(delimiter = '|', value = {
            "api-down     | MR-PRM-010 | status=~\"5..\"            | 14   | API down: 14 5xx/min > 10",
            "high-latency | MR-PRM-011 | histogram_quantile        | 6.5  | High latency: 6.5 s > 5",
            "rate-limited | MR-PRM-012 | status=\"429\"             | 7    | Rate limited: 7 429/min > 5",
            "auth-failure | MR-PRM-013 | status=\"401\"             | 1    | Auth failure: 1 401 in 5 min > 0",
            "circuit-open | MR-PRM-014 | resilience4j              | 1    | Circuit open: 1 open > 0",
            "cost-spike   | MR-PRM-015 | mistral_cost_dollars      | 12.5 | Cost spike: 12.5 $/hour > 10"})
    void eachBuiltInCheckOverItsThresholdFailsWithTheValueAndTheQuery(String id, String rule, String selects,
                                                                       String value, String message) {
        prometheus.whenQueryContains(selects, vector(value)).always(vector("0"));

        Outcome outcome = run(options().withChecks(List.of(id)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = only(outcome);
        assertThat(finding.ruleId()).isEqualTo(rule);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        String query = BuiltInCheck.named(id).orElseThrow().queries().get("mistral");
        assertThat(finding.message()).isEqualTo(message + " (mistral: " + query + ")");
        assertThat(outcome.summary()).startsWith("over the threshold: " + id + " " + value);
    }

    @ParameterizedTest(name = "{0} at its threshold passes")
    @CsvSource({"api-down, 10", "high-latency, 5", "rate-limited, 5", "auth-failure, 0", "circuit-open, 0",
            "cost-spike, 10"})
    void eachBuiltInCheckAtItsThresholdPasses(String id, String value) {
        prometheus.always(vector(value));

        Outcome outcome = run(options().withChecks(List.of(id)));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void oneSeriesOverTheThresholdFailsAndIsNamed() {
        prometheus.always(vector("2", "31", "4"));

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(only(outcome).message()).startsWith("API down: 31 5xx/min > 10 in {model=\"model-2\"} (mistral: ");
    }

    @Test
    void anInfiniteQuantileIsOverTheThreshold() {
        prometheus.always(vector("+Inf"));

        Outcome outcome = run(options().withChecks(List.of("high-latency")));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(only(outcome).message()).startsWith("High latency: +Inf s > 5 (mistral: ");
    }

    @Test
    void warnsNamingTheQueryWhenItReturnsNoSeries() {
        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("no data: api-down");
        Finding finding = only(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-PRM-021");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("api-down: no data, so not checked: the query returned no series: "
                + "mistral: sum(increase(mistral_requests_total{status=~\"5..\"}[1m]))");
        assertThat(finding.fix()).contains("`metrics`");
    }

    @Test
    void aNaNValueIsNoDataNotAPass() {
        prometheus.always(vector("NaN"));

        Outcome outcome = run(options().withChecks(List.of("high-latency")));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(only(outcome).message()).endsWith("(NaN: no samples to compute it from)");
    }

    @Test
    void passesWhenOnePresetHasDataUnderTheThresholdAndNamesThePresetsWithout() {
        prometheus.whenQueryContains("litellm_deployment_failure_responses_total", vector("1"));

        Outcome outcome = run(options().withMetrics(List.of()).withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(prometheus.queries()).hasSize(5);
        assertThat(outcome.details()).contains("PASS api-down: 1 5xx/min <= 10 (litellm); no series: mistral: sum(");
    }

    @Test
    void failsWhenAnyPresetIsOverEvenIfAnotherIsUnder() {
        prometheus.whenQueryContains("http_client_requests_seconds_count", vector("40"))
                .whenQueryContains("mistral_requests_total", vector("0"));

        Outcome outcome = run(options().withMetrics(List.of("mistral", "micrometer")).withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(only(outcome).message()).startsWith("API down: 40 5xx/min > 10 (micrometer: sum(increase("
                + "http_client_requests_seconds_count{client_name=~\"(?i).*mistral.*\", status=~\"5..\"}[1m])))");
    }

    @Test
    void asksAQuerySharedByPresetsOnceAndNamesThemAll() {
        prometheus.always(vector("0"));

        Outcome outcome = run(options().withMetrics(List.of()).withChecks(List.of("circuit-open")));

        assertThat(prometheus.queries()).hasSize(2);
        assertThat(outcome.details()).contains("PASS circuit-open: 0 open <= 0 (mistral, micrometer, otel-genai, otel-http)");
    }

    @Test
    void aCheckNoChosenPresetHasAMetricForIsNotCheckedAndSaysSo() {
        prometheus.always(vector("0"));

        Outcome outcome = run(options().withMetrics(List.of("micrometer")).withChecks(List.of("api-down", "cost-spike")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("1 check under the threshold; 1 not checked (no metric in `metrics`)");
        assertThat(outcome.details()).contains("SKIP cost-spike: not checked: no preset of `metrics` (micrometer) has a "
                + "metric for it");
    }

    @Test
    void aCustomQueryOverItsThresholdFails() {
        String ratio = "sum(rate(app_errors_total[5m])) / sum(rate(app_requests_total[5m]))";
        prometheus.whenQueryContains("app_errors_total", vector("0.08"));

        Outcome outcome = run(options().withOnly(List.of(QuerySpec.of("error-ratio", ratio, ">", 0.05))));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("over the threshold: error-ratio 0.08 > 0.05");
        Finding finding = only(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-PRM-020");
        assertThat(finding.message()).isEqualTo("query `error-ratio`: 0.08 > 0.05 (" + ratio + ")");
    }

    @Test
    void aCustomQueryWithAScalarResultIsCompared() {
        prometheus.whenQueryContains("scalar(", scalar("97.5"));

        Outcome under = run(options().withOnly(List.of(QuerySpec.of("availability", "scalar(avg(up{job=\"app\"})) * 100", "<", 99))));

        assertThat(under.status()).isEqualTo(Status.FAIL);
        assertThat(only(under).message()).startsWith("query `availability`: 97.5 < 99 (scalar(");
    }

    @Test
    void aCustomQueryWithAStringResultCannotBeChecked() {
        prometheus.always(success("string", "[1764680000.123,\"hello\"]"));

        Outcome outcome = run(options().withOnly(List.of(QuerySpec.of("text", "\"hello\"", ">", 0))));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(only(outcome).ruleId()).isEqualTo("MR-PRM-006");
        assertThat(only(outcome).message()).startsWith("text: the query returns a string, not a number");
    }

    @Test
    void anInstantQueryThatReturnsAMatrixCannotBeChecked() {
        prometheus.always(matrix("1", "2"));

        Outcome outcome = run(options().withOnly(List.of(QuerySpec.of("raw", "app_errors_total[5m]", ">", 0))));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(only(outcome).message()).contains("range vector (a matrix)", "`for`");
    }

    @Test
    void aWindowIsAskedOfQueryRangeAndFailsWhenOverThroughout() {
        prometheus.always(matrix("0.2", "0.3", "0.25", "0.4", "0.3"));
        QuerySpec spec = QuerySpec.of("error-ratio", "app:error_ratio", ">", 0.1).holdingFor(Duration.ofMinutes(1));

        Outcome outcome = run(options().withOnly(List.of(spec)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(only(outcome).message()).isEqualTo("query `error-ratio`: 0.4 > 0.1 in {job=\"app\"} (app:error_ratio)");
        RecordedRequest request = prometheus.requests.get(0);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/query_range");
        long end = PrometheusContexts.NOW.getEpochSecond();
        assertThat(request.getUrl().queryParameter("start")).isEqualTo((end - 60) + ".000");
        assertThat(request.getUrl().queryParameter("end")).isEqualTo(end + ".000");
        assertThat(request.getUrl().queryParameter("step")).isEqualTo("15s");
        assertThat(outcome.details()).contains("/api/v1/query_range");
    }

    @Test
    void aWindowOverOnlyPartOfTheTimePassesAndSaysHowOften() {
        prometheus.always(matrix("0.2", "0.05", "0.3", "0.02", "0.01"));
        QuerySpec spec = QuerySpec.of("error-ratio", "app:error_ratio", ">", 0.1).holdingFor(Duration.ofMinutes(1));

        Outcome outcome = run(options().withOnly(List.of(spec)));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("PASS error-ratio: 0.3 <= 0.1, over the threshold at 2 of 5 steps, "
                + "not throughout");
    }

    @Test
    void aWindowWithAStepMissingIsNotOverThroughout() {
        prometheus.always(matrix("0.2", "0.3", "0.4", "0.5"));
        QuerySpec spec = QuerySpec.of("error-ratio", "app:error_ratio", ">", 0.1).holdingFor(Duration.ofMinutes(1));

        Outcome outcome = run(options().withOnly(List.of(spec)));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
    }

    @Test
    void anEmptyMatrixIsNoData() {
        prometheus.always(success("matrix", "[]"));
        QuerySpec spec = QuerySpec.of("error-ratio", "app:error_ratio", ">", 0.1).holdingFor(Duration.ofMinutes(5));

        Outcome outcome = run(options().withOnly(List.of(spec)));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(only(outcome).message()).isEqualTo("error-ratio: no data, so not checked: the query returned no "
                + "series: app:error_ratio");
    }

    @Test
    void aPromQlErrorIsAGateErrorQuotingTheServer() {
        prometheus.always(error(400, "bad_data", "invalid parameter \\\"query\\\": 1:14: parse error: unexpected \\\"}\\\""));

        Outcome outcome = run(options().withOnly(List.of(
                QuerySpec.of("broken", "sum(rate(x[5m]}", ">", 1))));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("could not check: broken (Prometheus refused the query (400 bad_data: "
                + "invalid parameter \"query\": 1:14: parse error");
        Finding finding = only(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-PRM-005");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).endsWith("(sum(rate(x[5m]})");
    }

    @ParameterizedTest(name = "HTTP {0} {1} is a gate error")
    @CsvSource({"422, execution, expanding series: query processing would load too many samples",
            "503, timeout, query timed out in expression evaluation",
            "503, unavailable, TSDB not ready"})
    void anApiErrorStatusIsAGateError(int code, String type, String message) {
        prometheus.always(error(code, type, message));

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(only(outcome).ruleId()).isEqualTo("MR-PRM-005");
        assertThat(only(outcome).message()).startsWith("api-down: Prometheus refused the query (" + code + " " + type
                + ": " + message + ") (mistral: ");
    }

    @Test
    void aNonJsonErrorFromAProxyIsAGateErrorWithAnExcerpt() {
        prometheus.always(new MockResponse.Builder().code(401).body("<html>Sign in</html>").build());

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(only(outcome).message()).startsWith("api-down: Prometheus refused the query (401: <html>Sign in</html>)");
        assertThat(only(outcome).fix()).contains("`headers`");
    }

    @Test
    void theSameErrorForEveryCheckIsSaidOnceInTheSummary() {
        prometheus.always(error(503, "unavailable", "TSDB not ready"));

        Outcome outcome = run(options().withChecks(List.of("api-down", "high-latency", "cost-spike")));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("could not check: api-down, high-latency, cost-spike (Prometheus refused "
                + "the query (503 unavailable: TSDB not ready))");
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsOnly("MR-PRM-005").hasSize(3);
    }

    @Test
    void malformedJsonIsAGateError() {
        prometheus.always(json(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{"));

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        Finding finding = only(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-PRM-006");
        assertThat(finding.message()).startsWith("api-down: the answer (200) is not the Prometheus API's: the body is "
                + "not JSON; body: {\"status\"");
    }

    @Test
    void aSampleThatIsNoNumberIsAGateError() {
        prometheus.always(success("vector", "[{\"metric\":{},\"value\":[1764680000,\"lots\"]}]"));

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(only(outcome).message()).contains("a sample's value \"lots\" is not a number");
    }

    @Test
    void aFailureWinsOverAnErrorOfAnotherCheck() {
        prometheus.whenQueryContains("5..", vector("50")).always(error(422, "execution", "too many samples"));

        Outcome outcome = run(options().withChecks(List.of("api-down", "high-latency")));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("MR-PRM-010", "MR-PRM-005");
        assertThat(outcome.summary()).isEqualTo("over the threshold: api-down 50 5xx/min > 10 (mistral); could not "
                + "check: high-latency (Prometheus refused the query (422 execution: too many samples))");
    }

    @Test
    void aSlowAnswerIsAGateErrorNamedAsATimeoutAndStopsTheRun() {
        prometheus.always(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        Outcome outcome = run(options().withRequestTimeout(Duration.ofMillis(200)));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("unreachable: no answer within 200ms (" + prometheus.url() + ")");
        Finding finding = only(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-PRM-004");
        assertThat(finding.message()).startsWith(prometheus.url() + " is unreachable: no answer within 200ms (");
        assertThat(prometheus.requests).hasSize(1);
    }

    @Test
    void anUnreachableServerIsAGateError() throws IOException {
        String refusing = Loopback.refusingUrl("");

        Outcome outcome = run(PrometheusQueryOptions.of(ServiceUrl.parse(refusing)));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("unreachable: connection refused (" + refusing + ")");
        assertThat(only(outcome).ruleId()).isEqualTo("MR-PRM-004");
    }

    @Test
    void aCancelledGateStopsAtOnceAndSaysSo() {
        prometheus.always(vector("0"));
        dev.mistralready.check.CheckContext context = PrometheusContexts.with(Map.of());
        context.cancellation().cancel();

        Outcome outcome = check.run(options(), context);

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("cancelled before Prometheus at " + prometheus.url() + " answered");
        assertThat(prometheus.requests).isEmpty();
    }

    @Test
    void serverWarningsAreInTheDetails() {
        prometheus.always(json(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":"
                + "[{\"metric\":{},\"value\":[1764680000,\"1\"]}]},\"warnings\":[\"partial response: store 2 down\"]}"));

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("Prometheus warns: partial response: store 2 down");
    }

    @Test
    void anUnsetVariableSkipsTheGateWithTheReason() {
        Outcome outcome = check.run(PrometheusQueryOptions.fromEnvironment("PROMETHEUS_URL"),
                PrometheusContexts.with(Map.of()));

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: PROMETHEUS_URL is not set");
        assertThat(prometheus.requests).isEmpty();
    }

    @Test
    void anUnsetVariableFailsARequiredGate() {
        Outcome outcome = check.run(PrometheusQueryOptions.fromEnvironment("PROMETHEUS_URL").withRequired(true),
                PrometheusContexts.with(Map.of()));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(only(outcome).ruleId()).isEqualTo("MR-PRM-001");
    }

    @Test
    void readsTheAddressFromTheVariable() {
        prometheus.always(vector("0"));

        Outcome outcome = check.run(PrometheusQueryOptions.fromEnvironment("PROMETHEUS_URL")
                .withMetrics(List.of("mistral")), PrometheusContexts.with(Map.of("PROMETHEUS_URL", prometheus.url())));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
    }

    @Test
    void anAddressThatIsNoUrlCannotBeUsed() {
        Outcome outcome = check.run(PrometheusQueryOptions.fromEnvironment("PROMETHEUS_URL"),
                PrometheusContexts.with(Map.of("PROMETHEUS_URL", "prometheus:9090")));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(only(outcome).ruleId()).isEqualTo("MR-PRM-002");
    }

    @Test
    void needsTheNetworkSoAnOfflineRunSkipsIt() {
        assertThat(check.needsNetwork(options())).isTrue();
    }
}
