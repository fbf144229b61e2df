package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import static dev.mistralready.http.Loopback.answered;
import static dev.mistralready.http.Loopback.json;
import static dev.mistralready.http.Loopback.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the health gate finds the health JSON in a body that reports on several services, and how it reads it. */
class HttpHealthPointerTest {

    private static final String NESTED = """
            {"status": "ok", "services": {"mistral": {"status": "healthy", "latency_ms": 120}}}""";

    private final HttpHealthCheck check = new HttpHealthCheck();
    private MockWebServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        url = "http://127.0.0.1:" + server.getPort() + "/health";
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private HttpHealthOptions options() {
        return HttpHealthOptions.of(ServiceUrl.parse(url));
    }

    private Outcome probe(HttpHealthOptions options) {
        return check.run(options, AppContexts.empty());
    }

    @Test
    void judgesServicesMistralWhenTheRootIsNotTheHealthJsonAndSaysSo() {
        server.enqueue(json(200, NESTED));

        Outcome outcome = probe(options());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.summary()).matches("healthy at /services/mistral " + answered(200, url)
                + "; the app reports latency_ms 120");
    }

    @Test
    void judgesTheRootWhenItIsTheHealthJsonEvenWithServicesBelow() {
        server.enqueue(json(200, """
                {"status": "degraded", "provider": "mistral", "services": {"mistral": {"status": "healthy"}}}"""));

        Outcome outcome = probe(options());

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).matches("degraded " + answered(200, url));
        assertThat(onlyFinding(outcome).message()).isEqualTo(url + " reports status \"degraded\" (no `error` given)");
    }

    @Test
    void reportsTheNestedStatusAndErrorAtWhereItWasFound() {
        server.enqueue(json(200, """
                {"status": "ok", "services": {"mistral": {"status": "unhealthy", "error": "401 Unauthorized"}}}"""));

        Outcome outcome = probe(options());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("unhealthy at /services/mistral " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-005");
        assertThat(finding.message()).isEqualTo(url + " reports status \"unhealthy\" at /services/mistral with 200 OK: "
                + "\"401 Unauthorized\"");
    }

    @Test
    void readsTheErrorOfA503FromServicesMistral() {
        server.enqueue(json(503, """
                {"status": "error", "services": {"mistral": {"status": "unhealthy", "error": "Mistral API timed out"}}}"""));

        Outcome outcome = probe(options());

        assertThat(onlyFinding(outcome).message()).isEqualTo(url + " answered 503 Service Unavailable: "
                + "\"Mistral API timed out\"");
    }

    @Test
    void judgesOnlyTheConfiguredPointerAsSpringBootsActuatorNestsIt() {
        server.enqueue(json(200, """
                {"status": "UP", "components": {"diskSpace": {"status": "UP"},
                 "mistral": {"status": "DOWN", "details": {"error": "java.net.SocketTimeoutException: timeout"}}}}"""));

        Outcome outcome = probe(options().withPointer(HealthPointer.parse("/components/mistral")));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("unhealthy at /components/mistral " + answered(200, url));
        assertThat(onlyFinding(outcome).message()).isEqualTo(url + " reports status \"unhealthy\" at /components/mistral "
                + "with 200 OK: \"java.net.SocketTimeoutException: timeout\"");
    }

    @Test
    void failsWhenNothingIsAtTheConfiguredPointerNamingIt() {
        server.enqueue(json(200, NESTED));

        Outcome outcome = probe(options().withPointer(HealthPointer.parse("/components/mistral")));

        assertThat(outcome.summary()).matches("not the health JSON " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-008");
        assertThat(finding.message()).startsWith(url + " answered 200 OK, but the JSON has nothing at /components/mistral; "
                + "expected {\"status\": ");
        assertThat(finding.fix()).isEqualTo("Make the endpoint answer the health JSON of the production checklist, point "
                + "`url` at the one that does, or correct `pointer` (now /components/mistral).");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mistral  | {"status": "healthy", "provider": "Mistral"}
            MISTRAL  | {"status": "HEALTHY", "provider": " MISTRAL "}
            """)
    void takesTheProviderAndStatusInAnyCase(String spelling, String body) {
        server.enqueue(json(200, body));

        Outcome outcome = probe(options());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).matches("healthy " + answered(200, url));
    }

    @Test
    void comparesANestedProviderToo() {
        server.enqueue(json(200, """
                {"status": "ok", "services": {"mistral": {"status": "healthy", "provider": "openai"}}}"""));

        Outcome outcome = probe(options());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("healthy at /services/mistral, provider openai " + answered(200, url));
        assertThat(onlyFinding(outcome).message()).isEqualTo(url + " reports provider \"openai\" at /services/mistral, "
                + "not \"mistral\"");
    }

    @Test
    void takesAStatusWordAloneAtAPlaceThatNamesMistral() {
        server.enqueue(json(200, "{\"status\": \"ok\", \"services\": {\"database\": \"up\", \"mistral\": \"down\"}}"));

        Outcome outcome = probe(options());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("unhealthy at /services/mistral " + answered(200, url));
        assertThat(onlyFinding(outcome).message()).isEqualTo(url + " reports status \"unhealthy\" at /services/mistral "
                + "with 200 OK (no `error` given)");
    }

    @Test
    void needsAProviderAtAPointerThatDoesNotNameMistral() {
        server.enqueue(json(200, "{\"checks\": {\"llm\": {\"status\": \"pass\"}}}"));

        Outcome outcome = probe(options().withPointer(HealthPointer.parse("/checks/llm")));

        assertThat(onlyFinding(outcome).message()).startsWith(url + " answered 200 OK, but the JSON at /checks/llm has no "
                + "`provider`; expected ");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            {"status": "ok", "services": {"mistral": {"state": "up"}}}      | the JSON at /services/mistral has no `status`
            {"status": "ok", "services": {"mistral": {"status": "meh"}}}    | `/services/mistral/status` is "meh", not "healthy", "degraded" or "unhealthy" (or ok, up, pass; warn; down, fail, error, out_of_service)
            {"status": "ok", "services": {"mistral": true}}                 | `/services/mistral` is true, not an object with a `status`
            {"status": "ok", "services": {"mistral": "unknown"}}            | `/services/mistral` is "unknown", not "healthy", "degraded" or "unhealthy" (or ok, up, pass; warn; down, fail, error, out_of_service)
            {"status": "ok", "services": {"openai": {"status": "up"}}}      | the JSON has no `provider`
            """)
    void saysWhatIsWrongWhereTheHealthJsonWasLookedFor(String body, String problem) {
        server.enqueue(json(200, body));

        Outcome outcome = probe(options());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-008");
        assertThat(finding.message()).isEqualTo(url + " answered 200 OK, but " + problem + "; expected {\"status\": "
                + "\"healthy\"|\"degraded\"|\"unhealthy\", \"provider\": \"mistral\", \"latencyMs\": …}; body: " + body);
        assertThat(finding.fix()).isEqualTo("Make the endpoint answer the health JSON of the production checklist, point "
                + "`url` at the one that does, or set `pointer` to where the body keeps Mistral's health (such as "
                + "/components/mistral).");
    }

    @Test
    void saysABodyLargerThanItReadsIsTooLargeNotMalformed() {
        server.enqueue(json(200, "{\"status\": \"healthy\", \"provider\": \"mistral\", \"padding\": \""
                + "x".repeat(HttpHealthCheck.MAX_BODY_BYTES) + "\"}"));

        Outcome outcome = probe(options());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(onlyFinding(outcome).message()).startsWith(url + " answered 200 OK, but the body is larger than 64 KiB; "
                + "expected {\"status\": ");
    }

    @Test
    void showsOnlyThatABinaryBodyIsBinaryWithItsContentType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xff,
                (byte) 0xfe, (byte) 0xfd};
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new Buffer().write(png)).build());

        Outcome outcome = probe(options());

        assertThat(onlyFinding(outcome).message()).isEqualTo(url + " answered 200 OK, but the body is not JSON; expected "
                + "{\"status\": \"healthy\"|\"degraded\"|\"unhealthy\", \"provider\": \"mistral\", \"latencyMs\": …} "
                + "(a binary body, Content-Type image/png)");
    }
}
