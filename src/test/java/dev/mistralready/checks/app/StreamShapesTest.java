package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat streams as public apps and frameworks send them (sources in bench/deploy-gates/health-shapes.md),
 * served on loopback for both prompts. {@code %1$s} and {@code %2$s} are the two halves of each answer;
 * {@code \n} stands for a line feed.
 */
class StreamShapesTest {

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

    private MockResponse stream(String template, String first, String second) {
        String body = String.format(template.replace("\\n", "\n"), first, second);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").chunkedBody(body, 48)
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            S1 Mistral API                  | data: {"id":"f798","object":"chat.completion.chunk","created":1732548656,"model":"mistral-large-latest","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}\\n\\ndata: {"id":"f798","object":"chat.completion.chunk","created":1732548656,"model":"mistral-large-latest","choices":[{"index":0,"delta":{"content":"%1$s"},"finish_reason":null}]}\\n\\ndata: {"id":"f798","object":"chat.completion.chunk","created":1732548656,"model":"mistral-large-latest","choices":[{"index":0,"delta":{"content":"%2$s"},"finish_reason":"stop"}]}\\n\\ndata: [DONE]\\n\\n | PASS | streamed
            S2 FastAPI EventSourceResponse  | event: token\\ndata: %1$s\\n\\nevent: token\\ndata: %2$s\\n\\nevent: done\\ndata: [DONE]\\n\\n | PASS | streamed
            S3 AI SDK UI message stream     | data: {"type":"start","messageId":"msg-1"}\\n\\ndata: {"type":"text-start","id":"msg_6867"}\\n\\ndata: {"type":"text-delta","id":"msg_6867","delta":"%1$s"}\\n\\ndata: {"type":"text-delta","id":"msg_6867","delta":"%2$s"}\\n\\ndata: {"type":"text-end","id":"msg_6867"}\\n\\ndata: {"type":"finish"}\\n\\ndata: [DONE]\\n\\n | PASS | streamed
            S4 Spring WebFlux Flux<String>  | data:%1$s\\n\\ndata:%2$s\\n\\n | PASS | streamed
            S5 token/done events            | event: token\\ndata: {"text": "%1$s"}\\n\\nevent: token\\ndata: {"text": "%2$s"}\\n\\nevent: done\\ndata: {"query_id": "q-1", "model": {"name": "mistral-small-latest", "provider": "mistral", "latency_ms": 812}}\\n\\n | PASS | streamed
            S6 LangServe /stream            | event: metadata\\ndata: {"run_id": "5b1b0c4e"}\\n\\nevent: data\\ndata: {"content": "%1$s", "additional_kwargs": {}, "type": "AIMessageChunk", "id": "run-5b1b"}\\n\\nevent: data\\ndata: {"content": "%2$s", "additional_kwargs": {}, "type": "AIMessageChunk", "id": "run-5b1b"}\\n\\nevent: end\\n\\n | PASS | streamed
            S6 LangServe /stream, error     | event: metadata\\ndata: {"run_id": "5b1b0c4e"}\\n\\nevent: error\\ndata: {"status_code": 500, "message": "Internal Server Error"}\\n\\n%1$s%2$s | FAIL | MR-SMK-012
            """)
    void judgesEachPublicShape(String shape, String template, Status status, String verdict) {
        server.enqueue(stream(template, "Pong", "!"));
        server.enqueue(stream(template, "", "5"));

        Outcome outcome = check.run(HttpSmokeOptions.of(ServiceUrl.parse(url)), AppContexts.empty());

        assertThat(outcome.status()).isEqualTo(status);
        if (status == Status.PASS) {
            assertThat(outcome.summary()).startsWith(verdict + " (200 from ").endsWith(": \"Pong!\"; second prompt: \"5\"");
        } else {
            assertThat(outcome.findings()).extracting(finding -> finding.ruleId()).containsExactly(verdict);
        }
    }
}
