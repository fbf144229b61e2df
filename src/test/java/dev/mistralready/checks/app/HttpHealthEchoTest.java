package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import static dev.mistralready.checks.app.AppEchoes.HEADER;
import static dev.mistralready.checks.app.AppEchoes.TOKEN;
import static dev.mistralready.http.Leaks.assertNoneInAnyReport;
import static dev.mistralready.http.Leaks.redactedEcho;
import static dev.mistralready.http.Loopback.json;
import static dev.mistralready.http.Loopback.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import java.io.IOException;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A health endpoint that echoes the token it was sent, escaped or encoded, gets no form of it into any report. */
class HttpHealthEchoTest {

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

    private Outcome probe() {
        return check.run(HttpHealthOptions.of(ServiceUrl.parse(url)).withHeaders(AppEchoes.AUTHORIZATION, AppEchoes.DECLARED),
                AppContexts.with(AppEchoes.ENVIRONMENT));
    }

    private static void assertNothingLeaks(Outcome outcome) throws IOException {
        assertNoneInAnyReport("http-health", outcome, TOKEN, HEADER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theTokenEchoedInTheHealthFieldsIsShownRedacted(String form, String token, String header) throws IOException {
        server.enqueue(json(200, "{\"status\":\"degraded\",\"provider\":\"" + token + "\",\"model\":\"" + header
                + "\",\"error\":\"bad token " + token + "\"}"));

        Outcome outcome = probe();

        assertThat(outcome.summary()).matches("degraded, provider " + redactedEcho(TOKEN) + " \\(200 from \\Q" + url
                + "\\E in [0-9.]+m?s\\); the app reports model " + redactedEcho(HEADER));
        assertThat(outcome.findings()).extracting(Finding::message).satisfiesExactly(
                provider -> assertThat(provider).matches(Pattern.quote(url + " reports provider \"") + redactedEcho(TOKEN)
                        + Pattern.quote("\", not \"mistral\"")),
                degraded -> assertThat(degraded).matches(Pattern.quote(url + " reports status \"degraded\": \"bad token ")
                        + redactedEcho(TOKEN) + "\""));
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theHeaderEchoedInTheErrorOfA503IsShownRedacted(String form, String token, String header) throws IOException {
        server.enqueue(json(503, "{\"error\":\"rejected " + header + "\"}"));

        Outcome outcome = probe();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote(url + " answered 503 Service Unavailable: "
                + "\"rejected ") + redactedEcho(HEADER) + "\"");
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theTokenEchoedInABodyShownAsAnExcerptIsShownRedacted(String form, String token, String header)
            throws IOException {
        server.enqueue(json(500, "{\"error\":\"bad token " + token + "\"}"));

        Outcome outcome = probe();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote(url + " answered 500 Internal Server Error, "
                + "expected 200 OK; body: {\"error\":\"bad token ") + redactedEcho(TOKEN) + "\"}");
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theTokenEchoedInARedirectsLocationIsShownRedacted(String form, String token, String header) throws IOException {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://elsewhere.example/?t=" + token)
                .build());

        Outcome outcome = probe();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote(url + " answered 302 Found with a redirect to "
                + "http://elsewhere.example/?t=") + redactedEcho(TOKEN) + Pattern.quote("; it was not followed, expected "
                + "200 OK"));
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theTokenEchoedInTheNestedHealthFieldsIsShownRedacted(String form, String token, String header)
            throws IOException {
        server.enqueue(json(200, "{\"status\":\"ok\",\"services\":{\"mistral\":{\"status\":\"degraded\","
                + "\"latency_ms\":\"" + token + "\",\"error\":\"bad token " + header + "\"}}}"));

        Outcome outcome = probe();

        assertThat(outcome.summary()).matches("degraded at /services/mistral \\(200 from \\Q" + url
                + "\\E in [0-9.]+m?s\\); the app reports latency_ms " + redactedEcho(TOKEN));
        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote(url + " reports status \"degraded\" at "
                + "/services/mistral: \"bad token ") + redactedEcho(HEADER) + "\"");
        assertNothingLeaks(outcome);
    }
}
