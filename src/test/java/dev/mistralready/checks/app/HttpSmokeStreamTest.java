package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import static dev.mistralready.http.Loopback.answered;
import static dev.mistralready.http.Loopback.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The smoke test against a chat endpoint that streams server-sent events, on a MockWebServer on loopback. */
class HttpSmokeStreamTest {

    /** Mistral's own chunks (one per token), as the API streams them. */
    static String mistralChunks(String... tokens) {
        StringBuilder stream = new StringBuilder("data: {\"id\":\"f798\",\"object\":\"chat.completion.chunk\","
                + "\"model\":\"mistral-small-2603\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                + "\"content\":\"\"},\"finish_reason\":null}]}\n\n");
        for (String token : tokens) {
            stream.append("data: {\"id\":\"f798\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{\"content\":\"").append(token).append("\"},\"finish_reason\":null}]}\n\n");
        }
        return stream.append("data: {\"id\":\"f798\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\"\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":4,"
                + "\"completion_tokens\":3,\"total_tokens\":7}}\n\ndata: [DONE]\n\n").toString();
    }

    static MockResponse events(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream; charset=utf-8")
                .chunkedBody(body, 64).build();
    }

    private final HttpSmokeCheck check = new HttpSmokeCheck();
    private final CountDownLatch released = new CountDownLatch(1);
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
        released.countDown();
        server.close();
    }

    private Outcome smoke() {
        return smoke(HttpSmokeOptions.of(ServiceUrl.parse(url)));
    }

    private Outcome smoke(HttpSmokeOptions options) {
        return check.run(options, AppContexts.empty());
    }

    /** A stream that sends {@code sent}, then holds its connection open until the test ends. */
    private MockResponse heldOpenAfter(String sent) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(new MockResponseBody() {
                    @Override
                    public long getContentLength() {
                        return -1;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) throws IOException {
                        sink.writeUtf8(sent).flush();
                        try {
                            released.await(5, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }).build();
    }

    @Test
    void assemblesMistralsChunksIntoTheAnswer() {
        server.enqueue(events(mistralChunks("Pong", "! How", " can I help?")));
        server.enqueue(events(mistralChunks("5")));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).matches("streamed " + answered(200, url) + ": \"Pong! How can I help\\?\"; "
                + "second prompt: \"5\"");
    }

    @Test
    void stopsAtDoneWhileTheAppKeepsTheConnectionOpen() {
        server.enqueue(heldOpenAfter(mistralChunks("Pong")));
        server.enqueue(heldOpenAfter(mistralChunks("5")));

        Outcome outcome = smoke(HttpSmokeOptions.of(ServiceUrl.parse(url)).withRequestTimeout(Duration.ofSeconds(3)));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).endsWith(": \"Pong\"; second prompt: \"5\"");
    }

    @Test
    void readsMultiLineDataCommentsNamedEventsAndDataWithoutASpace() {
        server.enqueue(events(": keep-alive\r\n\r\nevent: token\r\ndata:Pong,\r\ndata: how\r\n\r\n"
                + "event: metadata\ndata: {\"run_id\": \"r-1\"}\n\nid: 3\ndata: \" can I help?\"\n\n"));
        server.enqueue(events("data: 5\n\n"));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).endsWith(": \"Pong, how can I help?\"; second prompt: \"5\"");
    }

    @Test
    void readsTheAiSdksTextDeltasAndLangServesMessageChunks() {
        server.enqueue(events("data: {\"type\":\"start\",\"messageId\":\"m1\"}\n\ndata: {\"type\":\"text-start\",\"id\":\"t\"}"
                + "\n\ndata: {\"type\":\"text-delta\",\"id\":\"t\",\"delta\":\"Po\"}\n\n"
                + "data: {\"type\":\"text-delta\",\"id\":\"t\",\"delta\":\"ng\"}\n\ndata: {\"type\":\"finish\"}\n\n"
                + "data: [DONE]\n\n"));
        server.enqueue(events("event: metadata\ndata: {\"run_id\": \"r-2\"}\n\nevent: data\ndata: {\"content\": \"5\", "
                + "\"type\": \"AIMessageChunk\"}\n\nevent: end\n\n"));

        Outcome outcome = smoke();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).endsWith(": \"Pong\"; second prompt: \"5\"");
    }

    @Test
    void readsEachEventAtACustomExpectPointer() {
        server.enqueue(events("data: {\"delta\": {\"text\": \"Po\"}}\n\ndata: {\"delta\": {\"text\": \"ng\"}}\n\n"));
        server.enqueue(events("data: {\"delta\": {\"text\": \"5\"}}\n\n"));

        Outcome outcome = smoke(HttpSmokeOptions.of(ServiceUrl.parse(url))
                .withExpectPointer(AnswerPointer.parse("/delta/text")));

        assertThat(outcome.summary()).endsWith(": \"Pong\"; second prompt: \"5\"");
    }

    @Test
    void failsAStreamThatDoesNotEndInTimeWithTheTextSoFar() {
        server.enqueue(heldOpenAfter("data: {\"choices\":[{\"delta\":{\"content\":\"Po\"}}]}\n\n"));

        Outcome outcome = smoke(HttpSmokeOptions.of(ServiceUrl.parse(url)).withRequestTimeout(Duration.ofMillis(500)));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).matches("stream incomplete " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-011");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK as a stream, but the stream did not end "
                + "within `request-timeout` (500ms); the text so far: \"Po\"");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failsAStreamLargerThanItReadsBeforeItEnded() {
        server.enqueue(events("data: " + "x".repeat(HttpSmokeCheck.MAX_BODY_BYTES) + "\n\ndata: [DONE]\n\n"));

        Outcome outcome = smoke();

        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-011");
        assertThat(finding.message()).startsWith("POST " + url + " answered 200 OK as a stream, but the stream had not "
                + "ended after 1024 KiB; the text so far: \"xxxx");
    }

    @Test
    void failsAStreamThatReportsAnError() {
        server.enqueue(events("data: {\"choices\":[{\"delta\":{\"content\":\"Po\"}}]}\n\n"
                + "event: error\ndata: {\"error\": {\"message\": \"Mistral API error: 429 Too Many Requests\"}}\n\n"));

        Outcome outcome = smoke();

        assertThat(outcome.summary()).matches("stream error " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-012");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK as a stream, but the stream reported an "
                + "error: \"Mistral API error: 429 Too Many Requests\"; the text so far: \"Po\"");
    }

    @Test
    void failsAStreamWithoutData() {
        server.enqueue(events(": ping\n\n: ping\n\n"));

        Outcome outcome = smoke();

        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-007");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK as a stream, but the stream carried no "
                + "data; body: : ping : ping");
    }

    @Test
    void failsAStreamWhoseEventsHaveNoTextSayingWhereItLooked() {
        server.enqueue(events("data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n"
                + "data: {\"choices\":[],\"usage\":{\"total_tokens\":3}}\n\ndata: [DONE]\n\n"));

        Outcome outcome = smoke();

        assertThat(outcome.summary()).matches("no answer in the stream " + answered(200, url));
        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-006");
        assertThat(finding.message()).startsWith("POST " + url + " answered 200 OK as a stream, but none of its 2 data "
                + "events has text at /choices/0/delta/content (nor anywhere else a chat stream keeps it); body: data: ");
    }

    @Test
    void failsAStreamOfOnlyWhitespace() {
        server.enqueue(events(mistralChunks(" ", "\\n")));

        Outcome outcome = smoke();

        Finding finding = onlyFinding(outcome);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-007");
        assertThat(finding.message()).isEqualTo("POST " + url + " answered 200 OK as a stream, but its text is only "
                + "whitespace");
    }
}
