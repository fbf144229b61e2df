package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.HeaderEnvironment;
import dev.mistralready.http.HeaderTemplates;
import static dev.mistralready.http.Loopback.LATENCY;
import static dev.mistralready.http.Loopback.answered;
import static dev.mistralready.http.Loopback.json;
import static dev.mistralready.http.Loopback.onlyFinding;
import static dev.mistralready.http.Loopback.refusingUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Secret;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.checks.secrets.Keys;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The health gate against a MockWebServer on loopback: one test per way the app can answer, or not. */
class HttpHealthCheckTest {

    private static final HeaderTemplates BEARER = HeaderTemplates.of(Map.of("Authorization", "Bearer ${HEALTH_TOKEN}"));
    private static final HeaderEnvironment DECLARED = HeaderEnvironment.of("HEALTH_TOKEN");

    private static final String HEALTHY = """
            {"status": "healthy", "provider": "mistral", "latencyMs": 120, "model": "mistral-small-2603"}""";

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

    private Outcome probe() {
        return probe(options());
    }

    @Test
    void passesWhenTheAppSaysHealthyAndShowsItsLatencyAndModel() throws Exception {
        server.enqueue(json(200, HEALTHY));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.summary()).matches("healthy " + answered(200, url)
                + "; the app reports latencyMs 120, model mistral-small-2603");
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/health");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void passesWithoutTheOptionalFields() {
        server.enqueue(json(200, "{\"status\":\"healthy\",\"provider\":\"mistral\"}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).matches("healthy " + answered(200, url));
    }

    @Test
    void warnsWhenTheAppSaysDegradedWithItsError() {
        server.enqueue(json(200, "{\"status\":\"degraded\",\"provider\":\"mistral\",\"latencyMs\":6200,"
                + "\"error\":\"slow upstream\"}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).matches("degraded " + answered(200, url) + "; the app reports latencyMs 6200");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-006");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo(url + " reports status \"degraded\": \"slow upstream\"");
    }

    @Test
    void failsWhenTheAppSaysUnhealthyWithA200() {
        server.enqueue(json(200, "{\"status\":\"unhealthy\",\"provider\":\"mistral\",\"latencyMs\":3,"
                + "\"error\":\"401 Unauthorized\"}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("unhealthy " + answered(200, url) + "; the app reports latencyMs 3");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-005");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo(url + " reports status \"unhealthy\" with 200 OK: \"401 Unauthorized\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            health JSON    | {"status":"unhealthy","provider":"mistral","latencyMs":10002,"error":"Mistral API timed out"} | : "Mistral API timed out"
            load balancer  | no healthy upstream                                                                           | ; body: no healthy upstream
            no body        | ``                                                                                            | ` (empty body)`
            """)
    void failsAsUnhealthyOn503WithTheBodysError(String shape, String body, String said) {
        server.enqueue(json(503, body == null ? "" : body));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("unhealthy " + answered(503, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-005");
        assertThat(finding.message()).isEqualTo(url + " answered 503 Service Unavailable" + said);
        assertThat(finding.fix()).isEqualTo("The app cannot serve: read its error, check its Mistral key (the "
                + "credential-probe gate), its way to the API, and https://status.mistral.ai.");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            <html><body>Welcome to nginx</body></html>       | the body is not JSON                                               | ; body: <html><body>Welcome to nginx</body></html>
            {"provider": "mistral", "latencyMs": 12}         | the JSON has no `status`                                           | ; body: {"provider": "mistral", "latencyMs": 12}
            {"status": "unknown", "provider": "mistral"}     | `status` is "unknown", not "healthy", "degraded" or "unhealthy" (or ok, up, pass; warn; down, fail, error, out_of_service) | ; body: {"status": "unknown", "provider": "mistral"}
            {"status": "healthy"}                            | the JSON has no `provider`                                         | ; body: {"status": "healthy"}
            ["healthy"]                                      | the JSON is not an object                                          | ; body: ["healthy"]
            ^^                                               | the body is empty                                                  | ^ (empty body)^
            """)
    void failsWhenTheBodyIsNotTheHealthJsonSayingWhatWasExpected(String body, String problem, String excerpt) {
        server.enqueue(json(200, body == null ? "" : body));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("not the health JSON " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-008");
        assertThat(finding.message()).isEqualTo(url + " answered 200 OK, but " + problem + "; expected {\"status\": "
                + "\"healthy\"|\"degraded\"|\"unhealthy\", \"provider\": \"mistral\", \"latencyMs\": …}" + excerpt);
    }

    @Test
    void failsWhenTheAppReportsAnotherProvider() {
        server.enqueue(json(200, "{\"status\":\"healthy\",\"provider\":\"openai\",\"latencyMs\":80}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("healthy, provider openai " + answered(200, url) + "; the app reports latencyMs 80");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-009");
        assertThat(finding.message()).isEqualTo(url + " reports provider \"openai\", not \"mistral\"");
        assertThat(finding.fix()).isEqualTo("The app answers through another provider (a fallback?): check its "
                + "configuration, or point `url` at the health endpoint of the Mistral integration.");
    }

    @Test
    void failsOnAStatusOtherThanTheExpectedOne() {
        server.enqueue(json(404, "{\"detail\":\"Not Found\"}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("unexpected answer " + answered(404, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-004");
        assertThat(finding.message()).isEqualTo(url + " answered 404 Not Found, expected 200 OK; body: {\"detail\":\"Not Found\"}");
    }

    @Test
    void honoursExpectStatus() {
        server.enqueue(json(202, HEALTHY));
        server.enqueue(json(200, HEALTHY));

        Outcome accepted = probe(options().withExpectStatus(202));
        Outcome ok = probe(options().withExpectStatus(202));

        assertThat(accepted.status()).isEqualTo(Status.PASS);
        assertThat(accepted.summary()).startsWith("healthy (202 from ");
        assertThat(ok.status()).isEqualTo(Status.FAIL);
        assertThat(onlyFinding(ok).ruleId()).isEqualTo("MR-HLT-004");
        assertThat(onlyFinding(ok).message()).startsWith(url + " answered 200 OK, expected 202 Accepted; body: {");
    }

    @Test
    void warnsWhenTheAnswerIsSlowerThanDegradedAfter() {
        server.enqueue(new MockResponse.Builder().code(200).body(HEALTHY).headersDelay(150, TimeUnit.MILLISECONDS).build());

        Outcome outcome = probe(options().withDegradedAfter(Duration.ofMillis(50)));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).matches("healthy, slow " + answered(200, url)
                + "; the app reports latencyMs 120, model mistral-small-2603");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-007");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).matches("\\Q" + url + "\\E took " + LATENCY
                + " to answer, more than `degraded-after` \\(50ms\\)");
    }

    @Test
    void failsAsUnreachableWhenNoAnswerComesInTime() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        Outcome outcome = probe(options().withRequestTimeout(Duration.ofMillis(200)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("unreachable: no answer within 200ms (" + url + ")");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-003");
        assertThat(finding.message()).startsWith(url + " is unreachable: no answer within 200ms (");
        assertThat(finding.fix()).contains("`request-timeout`");
    }

    @Test
    void failsAsUnreachableWhenTheConnectionIsRefused() throws IOException {
        String nobody = refusingUrl("/health");

        Outcome outcome = probe(HttpHealthOptions.of(ServiceUrl.parse(nobody)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("unreachable: connection refused (" + nobody + ")");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-003");
        assertThat(finding.message()).startsWith(nobody + " is unreachable: connection refused (ConnectException");
        assertThat(finding.fix()).isEqualTo("Nothing accepts connections at `url`: check that the app is deployed and "
                + "running, and the URL's host and port.");
    }

    @Test
    void doesNotFollowARedirectAndSaysWhereItPointed() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            elsewhere.enqueue(json(200, HEALTHY));
            String target = "http://localhost:" + elsewhere.getPort() + "/health";
            server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", target).build());

            Outcome outcome = probe();

            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.summary()).matches("redirected " + answered(302, url));
            Finding finding = onlyFinding(outcome);
            assertThat(finding.ruleId()).isEqualTo("MR-HLT-004");
            assertThat(finding.message()).isEqualTo(url + " answered 302 Found with a redirect to " + target
                    + "; it was not followed, expected 200 OK");
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @Test
    void skipsWithTheReasonWhenTheUrlVariableIsNotSetAndNotRequired() {
        HttpHealthOptions options = HttpHealthOptions.fromEnvironment("MISTRAL_READY_HEALTH_URL").withRequired(false);

        Outcome unset = check.run(options, AppContexts.empty());
        Outcome empty = check.run(options, AppContexts.with(Map.of("MISTRAL_READY_HEALTH_URL", " ")));

        assertThat(unset).isEqualTo(Outcome.skip("skipped: MISTRAL_READY_HEALTH_URL is not set"));
        assertThat(empty).isEqualTo(Outcome.skip("skipped: MISTRAL_READY_HEALTH_URL is empty"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void failsWhenTheUrlVariableIsNotSetAndRequired() {
        Outcome outcome = check.run(HttpHealthOptions.fromEnvironment("MISTRAL_READY_HEALTH_URL"), AppContexts.empty());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("MISTRAL_READY_HEALTH_URL is not set");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-001");
        assertThat(finding.fix()).isEqualTo("Set MISTRAL_READY_HEALTH_URL to the address of the app's health endpoint "
                + "where this checklist runs, or set `required: false` to skip the gate when it is absent.");
    }

    @Test
    void probesTheUrlInTheVariableNamedByUrlEnv() throws Exception {
        server.enqueue(json(200, HEALTHY));

        Outcome outcome = check.run(HttpHealthOptions.fromEnvironment("APP_HEALTH"),
                AppContexts.with(Map.of("APP_HEALTH", url + "\n")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo("/health");
    }

    @Test
    void failsWithoutRepeatingAUrlVariableThatIsNotAnHttpUrl() {
        String value = "ftp://" + new Keys(7).mistral() + "@example.com/health";

        Outcome outcome = check.run(HttpHealthOptions.fromEnvironment("APP_HEALTH"),
                AppContexts.with(Map.of("APP_HEALTH", value)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("APP_HEALTH cannot be used");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-002");
        assertThat(finding.message()).isEqualTo("APP_HEALTH is not an http:// or https:// URL; expected an address such "
                + "as https://app.example.com/health");
        assertThat(finding.fix()).isEqualTo("Set APP_HEALTH to the endpoint's full address, starting with https:// "
                + "or http://.");
    }

    @Test
    void tellsToMoveTheCredentialsOfAUrlVariableIntoHeaders() {
        Outcome outcome = check.run(HttpHealthOptions.fromEnvironment("APP_HEALTH"),
                AppContexts.with(Map.of("APP_HEALTH", "https://ops:letmein@app.example.com/health")));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-002");
        assertThat(finding.message()).startsWith("APP_HEALTH carries a user name or password").doesNotContain("letmein");
        assertThat(finding.fix()).isEqualTo("Set APP_HEALTH to the endpoint's address without the user name and "
                + "password, and send the credentials in `headers` (from a variable `header-env` declares).");
    }

    @Test
    void sendsHeadersFromTheEnvironmentAndNeverShowsTheirValuesEvenWhenEchoed() throws Exception {
        String token = new Keys(11).mistral();
        server.enqueue(json(500, "{\"error\":\"bad token " + token + "\"}"));

        Outcome outcome = check.run(options().withHeaders(BEARER, DECLARED),
                AppContexts.with(Map.of("HEALTH_TOKEN", token)));

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(onlyFinding(outcome).message()).isEqualTo(url + " answered 500 Internal Server Error, expected 200 OK; "
                + "body: {\"error\":\"bad token " + Secret.redact(token) + "\"}");
        assertThat(outcome.toString()).doesNotContain(token);
    }

    @Test
    void skipsWhenAHeadersVariableIsNotSetAndNotRequired() {
        Outcome outcome = check.run(options().withRequired(false)
                .withHeaders(BEARER, DECLARED), AppContexts.empty());

        assertThat(outcome).isEqualTo(Outcome.skip("skipped: HEALTH_TOKEN is not set (header `Authorization` uses it)")
                .withDetails("request not sent: GET " + url));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void showsTheUrlWithoutItsQueryWhichMayCarryAToken() throws Exception {
        String token = new Keys(12).mistral();
        server.enqueue(json(200, HEALTHY));

        Outcome outcome = probe(HttpHealthOptions.of(ServiceUrl.parse(url + "?token=" + token)));

        assertThat(outcome.summary()).startsWith("healthy (200 from " + url + "?… in ");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo("/health?token=" + token);
    }

    @Test
    void needsTheNetwork() {
        assertThat(check.needsNetwork(options())).isTrue();
    }

    @Test
    void refusesToSendAHeadersVariableInClearToAUrlFromTheEnvironmentThatIsNotLoopback() {
        List<String> lookups = new CopyOnWriteArrayList<>();

        Outcome outcome = check.run(HttpHealthOptions.fromEnvironment("APP_HEALTH").withHeaders(BEARER, DECLARED),
                AppContexts.with(Map.of("APP_HEALTH", "http://example.invalid/health", "HEALTH_TOKEN", "t0ken"),
                        AppContexts.recordingLookups(lookups)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("refused: plain http to example.invalid would carry a secret in clear");
        assertThat(outcome.details()).isEqualTo("request not sent: GET http://example.invalid/health");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-010");
        assertThat(finding.message()).isEqualTo("APP_HEALTH is plain http:// to example.invalid, which is not this "
                + "machine, so header `Authorization` (with ${HEALTH_TOKEN}) would travel in clear; nothing was sent");
        assertThat(finding.fix()).isEqualTo("Set APP_HEALTH to the https:// address of the app's health endpoint (plain "
                + "http is only for loopback: 127.0.0.0/8, ::1, localhost).");
        assertThat(lookups).isEmpty();
    }

    @Test
    void refusesToSendTheQueryOfAUrlFromTheEnvironmentInClear() {
        List<String> lookups = new CopyOnWriteArrayList<>();

        Outcome outcome = check.run(HttpHealthOptions.fromEnvironment("APP_HEALTH"),
                AppContexts.with(Map.of("APP_HEALTH", "http://example.invalid/health?key=t0ken"),
                        AppContexts.recordingLookups(lookups)));

        assertThat(outcome.summary()).isEqualTo("refused: plain http to example.invalid would carry a secret in clear");
        assertThat(outcome.details()).isEqualTo("request not sent: GET http://example.invalid/health?…");
        assertThat(onlyFinding(outcome).message()).isEqualTo("APP_HEALTH is plain http:// to example.invalid, which is "
                + "not this machine, so its query would travel in clear; nothing was sent");
        assertThat(outcome.toString()).doesNotContain("t0ken");
        assertThat(lookups).isEmpty();
    }

    @Test
    void sendsAHeadersVariableOverPlainHttpToLoopbackFromTheEnvironment() throws Exception {
        server.enqueue(json(200, HEALTHY));

        Outcome outcome = check.run(HttpHealthOptions.fromEnvironment("APP_HEALTH").withHeaders(BEARER, DECLARED),
                AppContexts.with(Map.of("APP_HEALTH", url, "HEALTH_TOKEN", "t0ken")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).isEqualTo("request: GET " + url);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer t0ken");
    }
}
