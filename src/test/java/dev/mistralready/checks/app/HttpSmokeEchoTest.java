package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import static dev.mistralready.checks.app.AppEchoes.HEADER;
import static dev.mistralready.checks.app.AppEchoes.TOKEN;
import static dev.mistralready.http.Leaks.assertNoneInAnyReport;
import static dev.mistralready.http.Leaks.redactedEcho;
import static dev.mistralready.http.Loopback.json;
import static dev.mistralready.http.Loopback.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Outcome;
import java.io.IOException;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A chat endpoint that echoes the token it was sent, escaped or encoded, gets no form of it into any report. */
class HttpSmokeEchoTest {

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

    private Outcome smoke() {
        return check.run(HttpSmokeOptions.of(ServiceUrl.parse(url)).withHeaders(AppEchoes.AUTHORIZATION, AppEchoes.DECLARED),
                AppContexts.with(AppEchoes.ENVIRONMENT));
    }

    private static void assertNothingLeaks(Outcome outcome) throws IOException {
        assertNoneInAnyReport("http-smoke", outcome, TOKEN, HEADER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theTokenEchoedInTheModelsAnswerIsShownRedacted(String form, String token, String header) throws IOException {
        server.enqueue(json(200, "{\"choices\":[{\"message\":{\"content\":\"Token " + token + "\"}}]}"));
        server.enqueue(json(200, "{\"choices\":[{\"message\":{\"content\":\"Again " + token + "\"}}]}"));

        Outcome outcome = smoke();

        assertThat(outcome.summary()).matches("answered \\(200 from \\Q" + url + "\\E in [0-9.]+m?s\\): \"Token "
                + redactedEcho(TOKEN) + "\"; second prompt: \"Again " + redactedEcho(TOKEN) + "\"");
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theHeaderEchoedInAnErrorBodyIsShownRedacted(String form, String token, String header) throws IOException {
        server.enqueue(json(401, "{\"error\":\"invalid token\",\"got\":\"" + header + "\"}"));

        Outcome outcome = smoke();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote("POST " + url + " answered 401 Unauthorized; "
                + "body: {\"error\":\"invalid token\",\"got\":\"") + redactedEcho(HEADER) + "\"}");
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theTokenEchoedInAnAnswerWithoutTextIsShownRedacted(String form, String token, String header)
            throws IOException {
        server.enqueue(json(200, "{\"reply\":\"" + token + "\"}"));

        Outcome outcome = smoke();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote("POST " + url + " answered 200 OK, but the JSON "
                + "has nothing at /choices/0/message/content; body: {\"reply\":\"") + redactedEcho(TOKEN) + "\"}");
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theTokenEchoedInARedirectsLocationIsShownRedacted(String form, String token, String header) throws IOException {
        server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "http://elsewhere.example/chat?t=" + token)
                .build());

        Outcome outcome = smoke();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote("POST " + url + " answered 307 Temporary "
                + "Redirect with a redirect to http://elsewhere.example/chat?t=") + redactedEcho(TOKEN)
                + Pattern.quote("; it was not followed"));
        assertNothingLeaks(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mistralready.checks.app.AppEchoes#echoes")
    void theTokenEchoedInAStreamAndItsErrorIsShownRedacted(String form, String token, String header) throws IOException {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Token " + token + "\"}}]}\n\n"
                        + "event: error\ndata: {\"error\":\"rejected " + header + "\"}\n\n").build());

        Outcome outcome = smoke();

        assertThat(onlyFinding(outcome).message()).matches(Pattern.quote("POST " + url + " answered 200 OK as a stream, "
                + "but the stream reported an error: \"rejected ") + redactedEcho(HEADER) + Pattern.quote("\"; the text "
                + "so far: \"Token ") + redactedEcho(TOKEN) + "\"");
        assertNothingLeaks(outcome);
    }
}
