package dev.mistralready.checks.credentials;

import static dev.mistralready.http.Loopback.json;
import static dev.mistralready.http.Loopback.onlyFinding;
import static dev.mistralready.http.Loopback.refusingUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Secret;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.mistral.MistralEndpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe against a MockWebServer on loopback: one test per way the API can answer, or not. */
class CredentialProbeCheckTest {

    private static final String MODELS = """
            {"object": "list", "data": [
              {"id": "mistral-small-2603", "object": "model", "aliases": ["mistral-small-latest", "magistral-small-latest"]},
              {"id": "mistral-small-latest", "object": "model", "aliases": ["mistral-small-2603"]},
              {"id": "mistral-large-2512", "object": "model", "aliases": []}
            ]}""";

    private final String key = new Keys(4).mistral();
    private final String redacted = Secret.redact(key);
    private final CredentialProbeCheck check = new CredentialProbeCheck();
    private MockWebServer server;
    private String api;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        api = "http://127.0.0.1:" + server.getPort();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private CredentialProbeOptions options() {
        return CredentialProbeOptions.defaults().withBaseUrl(MistralEndpoint.parse(api));
    }

    private Outcome probe(CredentialProbeOptions options) {
        return check.run(options, ProbeContexts.with(Map.of("MISTRAL_API_KEY", key)));
    }

    private Outcome probe() {
        return probe(options());
    }

    @Test
    void passesWhenTheKeyListsTheModelsQuicklyAndShowsLatencyCountAndRateLimits() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(MODELS)
                .addHeader("x-ratelimit-limit-req-minute", "60")
                .addHeader("x-ratelimit-remaining-req-minute", "59")
                .addHeader("x-ratelimit-remaining-tokens-month", "999000")
                .build());

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.summary()).matches("200 from \\Q" + api + "\\E in [0-9.]+m?s, 3 models visible; rate limits: "
                + "x-ratelimit-limit-req-minute 60, x-ratelimit-remaining-req-minute 59, "
                + "x-ratelimit-remaining-tokens-month 999000");
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/models");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + key);
    }

    @Test
    void warnsThatTheApiIsDegradedWhenItAnswersSlowerThanDegradedAfter() {
        server.enqueue(new MockResponse.Builder().code(200).body(MODELS).headersDelay(150, TimeUnit.MILLISECONDS).build());

        Outcome outcome = probe(options().withDegradedAfter(Duration.ofMillis(50)));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).matches("degraded: 200 from \\Q" + api + "\\E in [0-9.]+m?s, 3 models visible");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-011");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).matches("\\Q" + api + "\\E took 1[5-9][0-9]ms to list the models, "
                + "more than `degraded-after` \\(50ms\\)|\\Q" + api + "\\E took [0-9.]+m?s to list the models, "
                + "more than `degraded-after` \\(50ms\\)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            documented error object | {"object":"error","message":"Invalid or revoked API key","type":"authentication_error","param":null,"code":"invalid_api_key"} | : "Invalid or revoked API key"
            message and request id  | {"message":"Unauthorized","request_id":"c61f2f15a1b2"}                                                                   | : "Unauthorized"
            detail                  | {"detail":"Unauthorized"}                                                                                                 | : "Unauthorized"
            no body                 | ``                                                                                                                        | ` (no error message in the body)`
            """)
    void failsAsAuthenticationOn401WithTheApisMessageInAnyShape(String shape, String body, String said) {
        server.enqueue(json(401, body == null ? "" : body));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("authentication failed \\(401 from \\Q" + api + "\\E in [0-9.]+m?s\\)");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-002");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("the API rejected the key in MISTRAL_API_KEY (" + redacted
                + ") with 401 Unauthorized" + said);
        assertThat(finding.fix()).isEqualTo("The key is wrong, revoked, expired or from another workspace: create one "
                + "in the production workspace of the Mistral console and update MISTRAL_API_KEY.");
    }

    @Test
    void failsAsAuthenticationOn403() {
        server.enqueue(json(403, "{\"object\":\"error\",\"message\":\"Workspace permissions do not allow this\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("authentication failed (403 from ");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-003");
        assertThat(finding.message()).isEqualTo("the API refused the key in MISTRAL_API_KEY (" + redacted
                + ") with 403 Forbidden: \"Workspace permissions do not allow this\"");
    }

    @Test
    void failsAsBillingOn402() {
        server.enqueue(json(402, "{\"message\":\"No payment method on account\"}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("billing (402 from ");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-004");
        assertThat(finding.message()).isEqualTo("the API refused the key in MISTRAL_API_KEY (" + redacted
                + ") with 402 Payment Required: \"No payment method on account\"");
        assertThat(finding.fix()).isEqualTo("Add a payment method or settle the bill of the key's organization in the "
                + "Mistral console.");
    }

    @Test
    void warnsRateLimitedOn429WithRetryAfterAndTheRateLimitFigures() {
        server.enqueue(new MockResponse.Builder().code(429)
                .body("{\"object\":\"error\",\"message\":\"Rate limit exceeded\",\"type\":\"rate_limited\",\"param\":null,"
                        + "\"code\":\"1300\",\"raw_status_code\":429}")
                .addHeader("Retry-After", "30")
                .addHeader("x-ratelimit-remaining-tokens-minute", "0")
                .build());

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).matches("rate limited \\(429 from \\Q" + api + "\\E in [0-9.]+m?s\\); "
                + "rate limits: x-ratelimit-remaining-tokens-minute 0");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-005");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("the key works, but the API answered 429 Too Many Requests: "
                + "\"Rate limit exceeded\"; retry after 30s");
    }

    @Test
    void warnsRateLimitedOn429WithoutRetryAfter() {
        server.enqueue(json(429, "{\"message\":\"Requests rate limit exceeded\"}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).matches("rate limited \\(429 from \\Q" + api + "\\E in [0-9.]+m?s\\)");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-005");
        assertThat(finding.message()).isEqualTo("the key works, but the API answered 429 Too Many Requests: "
                + "\"Requests rate limit exceeded\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            500 | {"object":"error","message":"Internal error","type":"server_error"} | 500 Internal Server Error: "Internal error"
            503 | upstream connect error or disconnect/reset before headers           | 503 Service Unavailable: "upstream connect error or disconnect/reset before headers"
            """)
    void failsAsUnavailableOnServerErrors(int code, String body, String answered) {
        server.enqueue(json(code, body));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("unavailable (" + code + " from " + api + " in ");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-006");
        assertThat(finding.message()).isEqualTo(api + " is unavailable: it answered " + answered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <html><body>Sign in to the Wi-Fi</body></html> | the body is not JSON
            {"object": "list", "data": [                   | the body is not JSON
            {"object": "list"}                             | the JSON has no `data` list of models
            {"data": [{"object": "model"}]}                | an entry of `data` has no `id`
            ``                                             | the body is empty
            """)
    void failsWhenA200IsNotAModelList(String body, String problem) {
        server.enqueue(json(200, body == null ? "" : body));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("not a model list (200 from " + api + " in ");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-008");
        assertThat(finding.message()).isEqualTo(api + " answered 200 OK, but " + problem);
    }

    @Test
    void failsAsUnavailableWhenTheApiDoesNotAnswerInTime() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        Outcome outcome = probe(options().withRequestTimeout(Duration.ofMillis(200)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("unavailable: no answer within 200ms (" + api + ")");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-007");
        assertThat(finding.message()).startsWith(api + " is unreachable: no answer within 200ms (");
        assertThat(finding.fix()).contains("`request-timeout`");
    }

    @Test
    void failsAsUnavailableWhenTheConnectionIsRefused() throws IOException {
        String nobody = refusingUrl("");

        Outcome outcome = probe(options().withBaseUrl(MistralEndpoint.parse(nobody)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("unavailable: connection refused (" + nobody + ")");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-007");
        assertThat(finding.message()).startsWith(nobody + " is unreachable: connection refused (ConnectException");
    }

    @Test
    void failsAsUnavailableWhenTheHostDoesNotResolve() {
        OkHttpClient noDns = ProbeContexts.CLIENT.newBuilder().dns(host -> {
            throw new UnknownHostException("no address for " + host);
        }).build();

        Outcome outcome = check.run(options().withBaseUrl(MistralEndpoint.parse("http://localhost:" + server.getPort())),
                ProbeContexts.with(Map.of("MISTRAL_API_KEY", key), noDns, new Cancellation()));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("unavailable: DNS lookup of localhost failed (http://localhost:"
                + server.getPort() + ")");
        assertThat(onlyFinding(outcome).ruleId()).isEqualTo("MR-KEY-007");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void failsAsUnavailableWhenTheTlsHandshakeFails() throws Exception {
        try (ServerSocket plainText = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answersInPlainText = new Thread(() -> {
                try (Socket socket = plainText.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the client gave up first; the test's assertions say what matters
                }
            });
            answersInPlainText.start();
            String notTls = "https://127.0.0.1:" + plainText.getLocalPort();

            Outcome outcome = probe(options().withBaseUrl(MistralEndpoint.parse(notTls))
                    .withRequestTimeout(Duration.ofSeconds(5)));

            answersInPlainText.join(5_000);
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.summary()).isEqualTo("unavailable: TLS handshake failed (" + notTls + ")");
            assertThat(onlyFinding(outcome).ruleId()).isEqualTo("MR-KEY-007");
            assertThat(onlyFinding(outcome).message()).startsWith(notTls + " is unreachable: TLS handshake failed (SSL");
        }
    }

    @Test
    void doesNotFollowARedirectSoTheKeyNeverReachesAnotherHost() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            elsewhere.enqueue(json(200, MODELS));
            String target = "http://localhost:" + elsewhere.getPort() + "/v1/models";
            server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", target).build());

            Outcome outcome = probe();

            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.summary()).startsWith("redirected (302 from " + api + " in ");
            Finding finding = onlyFinding(outcome);
            assertThat(finding.ruleId()).isEqualTo("MR-KEY-009");
            assertThat(finding.message()).isEqualTo(api + " answered 302 Found with a redirect to " + target
                    + "; it was not followed, so the key went nowhere else");
            assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer " + key);
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @Test
    void failsOnAnUnexpectedStatusSuchAsAWrongPath() {
        server.enqueue(json(404, "{\"detail\":\"Not Found\"}"));

        Outcome outcome = probe();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-009");
        assertThat(finding.message()).isEqualTo(api + " answered 404 Not Found: \"Not Found\"");
    }

    @Test
    void failsWhenTheKeyIsMissingAndRequired() {
        Outcome outcome = check.run(options(), ProbeContexts.with(Map.of()));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("MISTRAL_API_KEY is not set");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-001");
        assertThat(finding.message()).isEqualTo("MISTRAL_API_KEY is not set");
        assertThat(finding.fix()).isEqualTo("Provide the production key as MISTRAL_API_KEY where this checklist runs "
                + "(a CI secret), or set `required: false` to skip the probe when it is absent.");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void skipsWithTheReasonWhenTheKeyIsMissingAndNotRequired() {
        Outcome unset = check.run(options().withRequired(false), ProbeContexts.with(Map.of()));
        Outcome empty = check.run(options().withRequired(false), ProbeContexts.with(Map.of("MISTRAL_API_KEY", " ")));

        assertThat(unset).isEqualTo(Outcome.skip("skipped: MISTRAL_API_KEY is not set"));
        assertThat(empty).isEqualTo(Outcome.skip("skipped: MISTRAL_API_KEY is empty"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void readsTheKeyFromTheVariableNamedByKeyEnvAndTrimsALineBreak() throws Exception {
        server.enqueue(json(200, MODELS));

        Outcome outcome = check.run(options().withKeyEnv("PROD_MISTRAL_KEY"),
                ProbeContexts.with(Map.of("PROD_MISTRAL_KEY", key + "\n")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer " + key);
    }

    @Test
    void failsWithoutSendingAKeyThatCannotBeAHeader() {
        String broken = key.substring(0, 10) + "\n" + key.substring(10);

        Outcome outcome = check.run(options(), ProbeContexts.with(Map.of("MISTRAL_API_KEY", broken)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-012");
        assertThat(finding.message()).isEqualTo("MISTRAL_API_KEY contains a control or non-ASCII character (at position 11), "
                + "which cannot be sent in an HTTP header");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void failsWhenARequiredModelIsNotVisibleButAcceptsAliases() {
        server.enqueue(json(200, MODELS));

        Outcome outcome = probe(options().withRequireModels(List.of("magistral-small-latest", "mistral-medium-3-5",
                "codestral-2508")));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-KEY-010");
        assertThat(finding.message()).isEqualTo("the key in MISTRAL_API_KEY cannot see `mistral-medium-3-5`, "
                + "`codestral-2508` (3 models visible)");
    }

    @Test
    void stopsWaitingWhenTheGateIsCancelled() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Cancellation cancellation = new Cancellation();
        Thread canceller = new Thread(() -> {
            try {
                server.takeRequest(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancellation.cancel();
        });
        canceller.start();

        Outcome outcome = check.run(options(), ProbeContexts.with(Map.of("MISTRAL_API_KEY", key), ProbeContexts.CLIENT,
                cancellation));

        canceller.join();
        assertThat(outcome).isEqualTo(Outcome.error("cancelled before " + api + " answered"));
    }

    @Test
    void needsTheNetwork() {
        assertThat(check.needsNetwork(CredentialProbeOptions.defaults())).isTrue();
    }
}
