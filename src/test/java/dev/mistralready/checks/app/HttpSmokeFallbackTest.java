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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The smoke test tells the model's answers from an app's canned fallback: two prompts, and `reject`. */
class HttpSmokeFallbackTest {

    private static final String FALLBACK = "{\"choices\":[{\"message\":{\"content\":\"Our assistant is temporarily "
            + "unavailable. Please try again later.\"}}]}";
    private static final String FIX = "The app answers with a fallback instead of the model: read its logs for the "
            + "Mistral error behind it (the key, a rate limit, an outage), and see what its health endpoint says.";

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

    private static String answer(String text) {
        return "{\"choices\":[{\"message\":{\"content\":\"" + text + "\"}}]}";
    }

    @Test
    void failsWhenBothPromptsGetTheSameText() {
        server.enqueue(json(200, FALLBACK));
        server.enqueue(json(200, FALLBACK.replace("later.", "later.  ")));

        Outcome outcome = smoke(options());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("the same answer to two prompts " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-009");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered two different prompts (\"ping\" and \"What is "
                + "2 + 3?\") with the same text, a canned fallback rather than the model: "
                + "\"Our assistant is temporarily unavailable. Please try again later.\"");
        assertThat(finding.fix()).isEqualTo(FIX);
        assertThat(outcome.details()).isEqualTo("request: POST " + url + "\nrequest: POST " + url + " (second prompt)");
    }

    @Test
    void failsAnAnswerThatMatchesRejectWithoutSendingTheSecondPrompt() {
        server.enqueue(json(200, FALLBACK));

        Outcome outcome = smoke(options().withReject(RejectPatterns.of("temporarily\\s+unavailable", "try again later")));

        assertThat(outcome.summary()).matches("fallback answer " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-010");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK, but the answer matches `reject` "
                + "pattern `temporarily\\s+unavailable`: \"Our assistant is temporarily unavailable. Please try again "
                + "later.\"");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failsASecondAnswerThatMatchesRejectNamingTheSecondPrompt() {
        server.enqueue(json(200, answer("Pong!")));
        server.enqueue(json(200, answer("Service busy, TRY AGAIN LATER")));

        Outcome outcome = smoke(options().withReject(RejectPatterns.of("try again later")));

        assertThat(outcome.summary()).matches("second prompt: fallback answer " + answered(200, url));
        assertThat(onlyFinding(outcome).message()).isEqualTo("POST " + url + " answered the second prompt with 200 OK, "
                + "but the answer matches `reject` pattern `try again later`: \"Service busy, TRY AGAIN LATER\"");
    }

    @Test
    void passesWhenNoPatternMatches() {
        server.enqueue(json(200, answer("Pong!")));
        server.enqueue(json(200, answer("5")));

        Outcome outcome = smoke(options().withReject(RejectPatterns.of("temporarily unavailable")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
    }

    @Test
    void reportsAPatternThatBacktracksWithoutEndInsteadOfHanging() {
        server.enqueue(json(200, answer("a".repeat(25) + "!")));

        Outcome outcome = smoke(options().withReject(RejectPatterns.of("(.*a){12}$")));

        assertThat(outcome).isEqualTo(Outcome.error("`reject` pattern `(.*a){12}$` took more than 10000000 steps on the "
                + "answer, so nothing was decided; simplify the pattern").withDetails("request: POST " + url));
    }

    @Test
    void failsNamingTheSecondPromptWhenOnlyItFails() {
        server.enqueue(json(200, answer("Pong!")));
        server.enqueue(json(502, "{\"error\":\"upstream\"}"));

        Outcome outcome = smoke(options());

        assertThat(outcome.summary()).matches("second prompt: failed " + answered(502, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-004");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered the second prompt with 502 Bad Gateway; body: "
                + "{\"error\":\"upstream\"}");
    }

    @Test
    void sendsOneRequestWhenTheFirstFails() {
        server.enqueue(json(500, "{\"error\":\"no key\"}"));

        Outcome outcome = smoke(options());

        assertThat(onlyFinding(outcome).ruleId()).isEqualTo("MR-SMK-004");
        assertThat(outcome.details()).isEqualTo("request: POST " + url);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void putsAConfiguredSecondPromptAtPromptPointer() throws Exception {
        server.enqueue(json(200, "{\"reply\":\"Pong!\"}"));
        server.enqueue(json(200, "{\"reply\":\"Bonjour\"}"));

        Outcome outcome = smoke(options()
                .withBody("{\"session\":\"smoke\",\"message\":\"ping\"}", "Say hello in French.", Optional.of("/message"))
                .withExpectPointer(AnswerPointer.parse("/reply")));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8()).isEqualTo("{\"session\":\"smoke\","
                + "\"message\":\"ping\"}");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8()).isEqualTo("{\"session\":\"smoke\","
                + "\"message\":\"Say hello in French.\"}");
    }

    @Test
    void changesOnlyTheLastUserMessageOfAConversation() throws Exception {
        server.enqueue(json(200, answer("Pong!")));
        server.enqueue(json(200, answer("5")));

        smoke(options().withBody("{\"model\":\"mistral-small-2603\",\"messages\":[{\"role\":\"system\",\"content\":\"Be "
                + "brief.\"},{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"Hello!\"},"
                + "{\"role\":\"user\",\"content\":\"ping\"}]}"));

        server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8()).isEqualTo("{\"model\":\"mistral-small-2603\","
                + "\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"hi\"},"
                + "{\"role\":\"assistant\",\"content\":\"Hello!\"},{\"role\":\"user\",\"content\":\"What is 2 + 3?\"}]}");
    }
}
