package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import static dev.mistralready.http.Loopback.LATENCY;
import static dev.mistralready.http.Loopback.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.engine.PlannedGate;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The smoke test's {@code watch} against a MockWebServer on loopback, the schedule on {@link WatchTime}:
 * each sample is the gate's pair of chat requests, judged as without a watch.
 */
class HttpSmokeWatchTest {

    private static final String ANSWER = "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"Pong!\"}}]}";
    private static final String SECOND_ANSWER = "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"5\"}}]}";
    private static final Watch FIVE_MINUTES = Watch.of(Duration.ofMinutes(5), Duration.ofMinutes(1), 0);

    private final WatchTime time = new WatchTime();
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

    private Outcome watch(Watch watch) {
        return new HttpSmokeCheck(time).run(HttpSmokeOptions.of(ServiceUrl.parse(url)).withWatch(watch), time.context());
    }

    private void answered(int samples) {
        for (int sample = 0; sample < samples; sample++) {
            server.enqueue(json(200, ANSWER));
            server.enqueue(json(200, SECOND_ANSWER));
        }
    }

    private static List<String> details(Outcome outcome) {
        return List.of(outcome.details().split("\n"));
    }

    @Test
    void failsAtTheThirdSampleWhenTheAppStartsFailingThereNotAtTheEnd() {
        answered(2);
        server.enqueue(json(500, "{\"error\": \"upstream 401\"}"));
        answered(2);

        Outcome outcome = watch(FIVE_MINUTES);

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
        assertThat(outcome.summary()).startsWith("failed at sample 3 of 5 at +2m: ")
                .contains("; 3 of 5 samples taken, 1 failed, 0 degraded; latency p50 ");
        Finding finding = outcome.findings().get(0);
        assertThat(outcome.findings()).hasSize(1);
        assertThat(finding.ruleId()).isEqualTo("MR-SMK-004");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("sample 3 of 5 at +2m: ");
        assertThat(details(outcome)).containsSubsequence("request: POST " + url,
                "request: POST " + url + " (second prompt)");
        assertThat(details(outcome)).filteredOn(line -> line.startsWith("sample "))
                .extracting(line -> line.substring(0, line.indexOf(" in ")))
                .containsExactly("sample 1 of 5 at +0s: PASS", "sample 2 of 5 at +1m: PASS", "sample 3 of 5 at +2m: FAIL");
    }

    @Test
    void passesAfterTheWindowWhenEverySampleIsAnswered() {
        answered(5);

        Outcome outcome = watch(FIVE_MINUTES);

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(10);
        assertThat(outcome.summary()).matches("every sample passed over 5m: 5 of 5 samples taken, 0 failed, 0 degraded; "
                + "latency p50 " + LATENCY + ", p95 " + LATENCY + ", max " + LATENCY);
        assertThat(details(outcome)).hasSize(2 + 5);
        assertThat(details(outcome).get(6)).matches("sample 5 of 5 at \\+4m: PASS in " + LATENCY + ", answered .*");
    }

    @Test
    void countsATolerableCannedAnswerAndWarns() {
        answered(1);
        server.enqueue(json(200, ANSWER));
        server.enqueue(json(200, ANSWER));
        answered(1);

        Outcome outcome = watch(Watch.of(Duration.ofMinutes(3), Duration.ofMinutes(1), 1));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).startsWith("passed with warnings over 3m: 3 of 3 samples taken, 1 failed, 0 degraded");
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MR-SMK-009");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).startsWith("sample 2 of 3 at +1m (tolerated: `max-failures` 1): ");
        });
    }

    @Test
    void cancellationBetweenSamplesEndsTheWatchAtOnceWithWhatItSaw() {
        answered(5);

        Outcome outcome = new HttpSmokeCheck(time.cancellingAtSleep(2))
                .run(HttpSmokeOptions.of(ServiceUrl.parse(url)).withWatch(FIVE_MINUTES), time.context());

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(outcome.summary()).startsWith("cancelled at +1m: 2 of 5 samples taken, 0 failed, 0 degraded; ");
    }

    private static PlannedGate plan(String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: smoke\n    type: http-smoke\n"
                + "    with:\n      url-env: MISTRAL_READY_SMOKE_URL\n" + with;
        return new GatePlanner(CheckRegistry.of(List.of(new HttpSmokeCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0);
    }

    @Test
    void theDefaultTimeoutBecomesTheWindowPlusAMarginForBothRequests() throws ChecklistException {
        assertThat(plan("").timeout()).isEqualTo(Duration.ofMinutes(2));
        PlannedGate watched = plan("      watch: {for: 10m, every: 1m, max-failures: 1}\n");
        assertThat(((HttpSmokeOptions) watched.options()).watch())
                .contains(Watch.of(Duration.ofMinutes(10), Duration.ofMinutes(1), 1));
        assertThat(watched.timeout()).isEqualTo(Duration.ofMinutes(13));
    }

    @Test
    void refusesEveryLongerThanForAtTheWatch() {
        assertThatThrownBy(() -> plan("      watch: {for: 1m, every: 2m}\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:7:14: option `watch`: `every` (2m) is longer than `for` (1m); the watch "
                        + "takes a sample every `every` for `for`");
    }
}
