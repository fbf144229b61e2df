package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.HeaderEnvironment;
import dev.mistralready.http.HeaderTemplates;
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

/** The smoke test against a MockWebServer on loopback: one test per way the app can answer, or not. */
class HttpSmokeCheckTest {

    private static final HeaderTemplates BEARER = HeaderTemplates.of(Map.of("Authorization", "Bearer ${SMOKE_TOKEN}"));
    private static final HeaderEnvironment DECLARED = HeaderEnvironment.of("SMOKE_TOKEN");

    private static final String ANSWER = """
            {"id": "cmpl-1", "object": "chat.completion", "model": "mistral-small-2603",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Pong! How can I help?"},
                          "finish_reason": "stop"}]}""";

    private static final String SECOND_ANSWER = """
            {"choices": [{"index": 0, "message": {"role": "assistant", "content": "5"}, "finish_reason": "stop"}]}""";

    private final HttpSmokeCheck check = new HttpSmokeCheck();
    private MockWebServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        url = "http://127.0.0.1:" + server.getPort() + "/api/chat";
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private HttpSmokeOptions options() {
        return HttpSmokeOptions.of(ServiceUrl.parse(url));
    }

    private Outcome smoke(HttpSmokeOptions options) {
        return check.run(options, AppContexts.empty());
    }

    private Outcome smoke() {
        return smoke(options());
    }

    @Test
    void passesWhenBothPromptsAreAnsweredWithTextPostingThePingThenTheSum() throws Exception {
        server.enqueue(json(200, ANSWER));
        server.enqueue(json(200, SECOND_ANSWER));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.summary()).matches("answered " + answered(200, url) + ": \"Pong! How can I help\\?\"; "
                + "second prompt: \"5\"");
        assertThat(outcome.details()).isEqualTo("request: POST " + url + "\nrequest: POST " + url + " (second prompt)");
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/chat");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json, text/event-stream");
        assertThat(request.getBody().utf8()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8()).isEqualTo("{\"messages\":[{\"role\":"
                + "\"user\",\"content\":\"What is 2 + 3?\"}]}");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void showsOnlyTheStartOfALongAnswer() {
        server.enqueue(json(200, "{\"choices\":[{\"message\":{\"content\":\"" + "pong ".repeat(40) + "\"}}]}"));
        server.enqueue(json(200, SECOND_ANSWER));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).endsWith(": \"" + "pong ".repeat(12) + "…\"; second prompt: \"5\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty string    | {"choices":[{"message":{"content":""}}]}       | an empty string
            only whitespace | {"choices":[{"message":{"content":" \\n "}}]}   | only whitespace
            """)
    void failsOnAnEmptyAnswer(String shape, String body, String what) {
        server.enqueue(json(200, body));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("empty answer " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-007");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK, but /choices/0/message/content is " + what);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"choices":[{"message":{"content":null}}]}                                  | null
            {"choices":[{"message":{"content":[{"type":"text","text":"Pong"}]}}]}       | a list
            {"choices":[{"message":{"content":42}}]}                                    | a number
            """)
    void failsWhenTheAnswerIsNotText(String body, String kind) {
        server.enqueue(json(200, body));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("no text at /choices/0/message/content " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-007");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK, but /choices/0/message/content is "
                + kind + ", not text; body: " + body);
        assertThat(finding.fix()).isEqualTo("Set `expect-pointer` to the text itself (for a list of content chunks, "
                + "such as /choices/0/message/content/0/text).");
    }

    @Test
    void failsWhenNothingIsAtThePointer() {
        server.enqueue(json(200, "{\"reply\":\"pong\"}"));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("no answer at /choices/0/message/content " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-006");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK, but the JSON has nothing at "
                + "/choices/0/message/content; body: {\"reply\":\"pong\"}");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            <html><body>Sign in</body></html> | the body is not JSON; body: <html><body>Sign in</body></html>
            ^^                                | the body is empty (empty body)
            """)
    void failsWhenTheAnswerIsNotJson(String body, String said) {
        server.enqueue(json(200, body == null ? "" : body));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("not JSON " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-005");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK, but " + said);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | 400 Bad Request           | Check the request against what the endpoint expects: `url`, `body`, and `headers` (a 401 or 403 wants credentials).
            401 | 401 Unauthorized          | Check the request against what the endpoint expects: `url`, `body`, and `headers` (a 401 or 403 wants credentials).
            500 | 500 Internal Server Error | The app failed to answer: read its logs for the cause (a Mistral error, a timeout, a missing key), and see what its health endpoint says.
            502 | 502 Bad Gateway           | The app failed to answer: read its logs for the cause (a Mistral error, a timeout, a missing key), and see what its health endpoint says.
            """)
    void failsOnAnErrorStatusWithTheStatusAndABodyExcerpt(int code, String status, String fix) {
        server.enqueue(json(code, "{\"error\":\"upstream said no\"}"));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("failed " + answered(code, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-004");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered " + status + "; body: {\"error\":\"upstream said no\"}");
        assertThat(finding.fix()).isEqualTo(fix);
    }

    @Test
    void namesABinaryAnswerByItsContentTypeInsteadOfQuotingIt() {
        byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03, (byte) 0xcb, 0x48, (byte) 0xcd, (byte) 0xc9,
                (byte) 0xc9, 0x07, 0, (byte) 0x86, (byte) 0xa6, 0x10, 0x36};
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/octet-stream")
                .body(new okio.Buffer().write(gzip)).build());

        Outcome outcome = smoke();

        assertThat(onlyFinding(outcome).message()).isEqualTo("POST " + url + " answered 200 OK, but the body is not JSON "
                + "(a binary body, Content-Type application/octet-stream)");
    }

    @Test
    void cutsTheExcerptOfALongErrorBodyAndStripsControlCharacters() {
        server.enqueue(json(500, "Traceback (most recent call last):\n\t\u001b[31mError\u001b[0m " + "x".repeat(400)));

        Outcome outcome = smoke();

        String message = onlyFinding(outcome).message();
        String excerpt = message.substring(message.indexOf("; body: ") + "; body: ".length());
        assertThat(excerpt).startsWith("Traceback (most recent call last): [31mError [0m xxx").endsWith("x…")
                .hasSize(201).doesNotContain("\u001b", "\n", "\t");
    }

    @Test
    void neverShowsAHeaderValueOrTokenEvenWhenTheAppEchoesIt() throws Exception {
        String token = new Keys(21).mistral();
        server.enqueue(json(401, "{\"error\":\"invalid token\",\"got\":\"Bearer " + token + "\"}"));

        Outcome outcome = check.run(options().withHeaders(BEARER, DECLARED),
                AppContexts.with(Map.of("SMOKE_TOKEN", token)));

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(onlyFinding(outcome).message()).isEqualTo("POST " + url + " answered 401 Unauthorized; body: "
                + "{\"error\":\"invalid token\",\"got\":\"" + Secret.redact("Bearer " + token) + "\"}");
        assertThat(outcome.toString()).doesNotContain(token);
    }

    @Test
    void postsACustomBodyWithCustomHeadersAndReadsACustomPointer() throws Exception {
        server.enqueue(json(200, "{\"reply\":{\"text\":\"pong\"}}"));
        server.enqueue(json(200, "{\"reply\":{\"text\":\"5\"}}"));

        Outcome outcome = smoke(options()
                .withBody("{\"model\":\"mistral-small-2603\",\"messages\":[{\"role\":\"user\",\"content\":\"Say pong\"}]}")
                .withHeaders(HeaderTemplates.of(Map.of("X-Smoke-Test", "mistral-ready")))
                .withExpectPointer(AnswerPointer.parse("/reply/text")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).matches("answered " + answered(200, url) + ": \"pong\"; second prompt: \"5\"");
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getBody().utf8()).isEqualTo("{\"model\":\"mistral-small-2603\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"Say pong\"}]}");
        assertThat(request.getHeaders().get("X-Smoke-Test")).isEqualTo("mistral-ready");
    }

    @Test
    void doesNotFollowARedirect() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            elsewhere.enqueue(json(200, ANSWER));
            String target = "http://localhost:" + elsewhere.getPort() + "/login";
            server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", target).build());

            Outcome outcome = smoke();

            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.summary()).matches("redirected " + answered(302, url));
            Finding finding = onlyFinding(outcome);
            assertThat(finding.ruleId()).isEqualTo("MR-SMK-004");
            assertThat(finding.message()).isEqualTo("POST " + url + " answered 302 Found with a redirect to " + target
                    + "; it was not followed");
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @Test
    void failsAsUnreachableWhenNoAnswerComesInTime() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        Outcome outcome = smoke(options().withRequestTimeout(Duration.ofMillis(200)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("unreachable: no answer within 200ms (" + url + ")");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-003");
        assertThat(finding.message()).startsWith(url + " is unreachable: no answer within 200ms (");
    }

    @Test
    void failsAsUnreachableWhenAJsonBodyStopsComingMidway() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .chunkedBody(ANSWER, 16).onResponseBody(SocketEffect.Stall.INSTANCE).build());

        Outcome outcome = smoke(options().withRequestTimeout(Duration.ofMillis(300)));

        assertThat(outcome.summary()).isEqualTo("unreachable: no answer within 300ms (" + url + ")");
        assertThat(onlyFinding(outcome).message()).startsWith(url + " is unreachable: no answer within 300ms (the body "
                + "broke off after ");
    }

    @Test
    void failsAsUnreachableWhenTheConnectionIsRefused() throws IOException {
        String nobody = refusingUrl("/api/chat");

        Outcome outcome = smoke(HttpSmokeOptions.of(ServiceUrl.parse(nobody)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("unreachable: connection refused (" + nobody + ")");
        assertThat(onlyFinding(outcome).ruleId()).isEqualTo("MR-SMK-003");
    }

    @Test
    void skipsWithTheReasonWhenTheUrlVariableIsNotSetAndNotRequired() {
        Outcome outcome = check.run(HttpSmokeOptions.fromEnvironment("MISTRAL_READY_SMOKE_URL").withRequired(false),
                AppContexts.empty());

        assertThat(outcome).isEqualTo(Outcome.skip("skipped: MISTRAL_READY_SMOKE_URL is not set"));
    }

    @Test
    void failsWhenATokenVariableIsNotSetAndRequired() {
        Outcome outcome = check.run(options().withHeaders(BEARER, DECLARED),
                AppContexts.empty());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-001");
        assertThat(finding.message()).isEqualTo("SMOKE_TOKEN is not set (header `Authorization` uses it)");
        assertThat(finding.fix()).isEqualTo("Provide SMOKE_TOKEN where this checklist runs (a CI secret), or set "
                + "`required: false` to skip the gate when it is absent.");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void failsWithoutSendingATokenThatCannotBeAHeader() {
        String token = new Keys(22).mistral();

        Outcome outcome = check.run(options().withHeaders(BEARER, DECLARED),
                AppContexts.with(Map.of("SMOKE_TOKEN", token.substring(0, 5) + "\n" + token.substring(5))));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-002");
        assertThat(finding.message()).isEqualTo("SMOKE_TOKEN contains a control or non-ASCII character (at position 6), "
                + "which cannot be sent in an HTTP header");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void needsTheNetwork() {
        assertThat(check.needsNetwork(options())).isTrue();
    }

    @Test
    void refusesToSendATokenInClearToAUrlFromTheEnvironmentThatIsNotLoopback() {
        List<String> lookups = new CopyOnWriteArrayList<>();

        Outcome outcome = check.run(HttpSmokeOptions.fromEnvironment("APP_CHAT").withHeaders(BEARER, DECLARED),
                AppContexts.with(Map.of("APP_CHAT", "http://example.invalid:8080/api/chat", "SMOKE_TOKEN", "t0ken"),
                        AppContexts.recordingLookups(lookups)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("refused: plain http to example.invalid would carry a secret in clear");
        assertThat(outcome.details()).isEqualTo("request not sent: POST http://example.invalid:8080/api/chat");
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-008");
        assertThat(finding.message()).isEqualTo("APP_CHAT is plain http:// to example.invalid, which is not this "
                + "machine, so header `Authorization` (with ${SMOKE_TOKEN}) would travel in clear; nothing was sent");
        assertThat(finding.fix()).isEqualTo("Set APP_CHAT to the https:// address of the app's chat endpoint (plain "
                + "http is only for loopback: 127.0.0.0/8, ::1, localhost).");
        assertThat(lookups).isEmpty();
    }
}
