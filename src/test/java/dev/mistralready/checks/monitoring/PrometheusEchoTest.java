package dev.mistralready.checks.monitoring;

import static dev.mistralready.checks.monitoring.FakePrometheus.error;
import static dev.mistralready.checks.monitoring.FakePrometheus.json;
import static dev.mistralready.checks.monitoring.FakePrometheus.success;
import static dev.mistralready.http.Leaks.assertNoneInAnyReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.http.Encodings;
import dev.mistralready.http.HeaderEnvironment;
import dev.mistralready.http.HeaderTemplates;
import dev.mistralready.http.ServiceUrl;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate's headers are secrets: a Prometheus (or the proxy in front of it) that echoes the token, in
 * any encoding, in an error, a label, a warning or a body gets no form of it into any report format.
 */
class PrometheusEchoTest {

    /** Built at run time, with a {@code /} so the JSON {@code \/} escape is tried. */
    private static final String TOKEN = new Keys(71).random(Keys.ALNUM, 24) + "/" + new Keys(72).random(Keys.ALNUM, 10);
    private static final String HEADER = "Bearer " + TOKEN;
    private static final HeaderTemplates AUTHORIZATION = HeaderTemplates.of(Map.of("Authorization", "Bearer ${PROM_TOKEN}"));
    private static final HeaderEnvironment DECLARED = HeaderEnvironment.of("PROM_TOKEN");
    private static final Map<String, String> ENVIRONMENT = Map.of("PROM_TOKEN", TOKEN);

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

    static Stream<Arguments> echoes() {
        Map<String, String> header = Encodings.echoesOf(HEADER);
        return Stream.concat(Stream.of(Arguments.of("raw", TOKEN, HEADER)), Encodings.echoesOf(TOKEN).entrySet().stream()
                .map(echo -> Arguments.of(echo.getKey(), echo.getValue(), header.get(echo.getKey()))));
    }

    private PrometheusQueryOptions options() {
        return PrometheusQueryOptions.of(ServiceUrl.parse(prometheus.url())).withMetrics(List.of("mistral"))
                .withHeaders(AUTHORIZATION, DECLARED);
    }

    private Outcome run(PrometheusQueryOptions options) {
        return check.run(options, PrometheusContexts.with(ENVIRONMENT));
    }

    private static void assertNothingLeaks(Outcome outcome) throws IOException {
        assertNoneInAnyReport("prometheus-query", outcome, TOKEN, HEADER);
        assertThat(outcome.toString()).doesNotContain(TOKEN);
    }

    @Test
    void sendsTheHeaderToPrometheus() {
        prometheus.always(FakePrometheus.vector("0"));

        run(options().withChecks(List.of("api-down")));

        assertThat(prometheus.requests.get(0).getHeaders().get("Authorization")).isEqualTo(HEADER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theTokenEchoedInAnApiErrorIsNotShown(String form, String token, String header) throws IOException {
        prometheus.always(error(400, "bad_data", "bad token " + token + " in " + header));

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.findings().get(0).message()).contains("bad token ");
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theTokenEchoedInASeriesLabelOfAFailureIsNotShown(String form, String token, String header) throws IOException {
        prometheus.always(success("vector", "[{\"metric\":{\"authorization\":\"" + header + "\",\"token\":\"" + token
                + "\"},\"value\":[1764680000,\"99\"]}]"));

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theTokenEchoedInABodyThatIsNotTheApisIsNotShown(String form, String token, String header) throws IOException {
        prometheus.always(new MockResponse.Builder().code(401).body("<p>denied: " + header + " / " + token + "</p>").build());

        Outcome outcome = run(options().withChecks(List.of("api-down")));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theTokenEchoedInAWarningOrAStringIsNotShown(String form, String token, String header) throws IOException {
        prometheus.always(json(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"string\",\"result\":"
                + "[1764680000,\"" + token + "\"]},\"warnings\":[\"" + header + "\"]}"));

        Outcome outcome = run(options().withOnly(List.of(QuerySpec.of("text", "\"x\"", ">", 0))));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertNothingLeaks(outcome);
    }

    @Test
    void aTokenInTheUrlsQueryIsSentButNeverShown() throws IOException {
        prometheus.always(error(400, "bad_data", "unknown parameter token=" + TOKEN));

        Outcome outcome = check.run(PrometheusQueryOptions.fromEnvironment("PROMETHEUS_URL")
                        .withMetrics(List.of("mistral")).withChecks(List.of("api-down")),
                PrometheusContexts.with(Map.of("PROMETHEUS_URL", prometheus.url() + "/?token=" + TOKEN)));

        assertThat(prometheus.requests.get(0).getUrl().queryParameter("token")).isEqualTo(TOKEN);
        assertThat(outcome.details()).contains("request: GET " + prometheus.url() + "/api/v1/query?…");
        assertNothingLeaks(outcome);
    }

    @Test
    void aTimeoutShowsNoHeader() throws IOException {
        prometheus.always(new MockResponse.Builder().onResponseStart(mockwebserver3.SocketEffect.Stall.INSTANCE).build());

        Outcome outcome = run(options().withRequestTimeout(java.time.Duration.ofMillis(200)));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertNothingLeaks(outcome);
    }

    @Test
    void theOptionsShowHeaderNamesOnly() {
        assertThat(options().toString()).contains("Authorization").doesNotContain("PROM_TOKEN}").doesNotContain(TOKEN);
    }

    @Test
    void aHeaderThatWouldTravelInClearToAnotherHostIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> PrometheusQueryOptions.of(ServiceUrl.parse("http://prometheus.example.com"))
                .withHeaders(AUTHORIZATION, DECLARED))
                .hasMessageContaining("would travel in clear")
                .hasMessageNotContaining(TOKEN);
        Outcome outcome = check.run(PrometheusQueryOptions.fromEnvironment("PROMETHEUS_URL")
                        .withHeaders(AUTHORIZATION, DECLARED),
                PrometheusContexts.with(Map.of("PROMETHEUS_URL", "http://prometheus.example.com", "PROM_TOKEN", TOKEN)));
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings().get(0).ruleId()).isEqualTo("MR-PRM-003");
        assertThat(prometheus.requests).isEmpty();
    }
}
