package dev.mistralready.checks.app;

import dev.mistralready.http.ServiceUrl;
import static dev.mistralready.http.Loopback.LATENCY;
import static dev.mistralready.http.Loopback.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Network;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The health gate's {@code watch} against a MockWebServer on loopback, the schedule on {@link WatchTime}:
 * samples are real requests, the minutes between them are not waited.
 */
class HttpHealthWatchTest {

    private static final String HEALTHY = "{\"status\": \"healthy\", \"provider\": \"mistral\"}";
    private static final String DEGRADED = "{\"status\": \"degraded\", \"provider\": \"mistral\", \"error\": \"slow upstream\"}";
    private static final String UNHEALTHY = "{\"status\": \"unhealthy\", \"provider\": \"mistral\", \"error\": \"401 Unauthorized\"}";
    private static final Watch TEN_MINUTES = Watch.of(Duration.ofMinutes(10), Duration.ofMinutes(1), 0);

    private final WatchTime time = new WatchTime();
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

    private Outcome watch(Watch watch) {
        return new HttpHealthCheck(time).run(HttpHealthOptions.of(ServiceUrl.parse(url)).withWatch(watch), time.context());
    }

    private void answer(String... bodies) {
        for (String body : bodies) {
            server.enqueue(json(body.equals(UNHEALTHY) ? 503 : 200, body));
        }
    }

    private static List<String> details(Outcome outcome) {
        return List.of(outcome.details().split("\n"));
    }

    @Test
    void failsAtTheThirdSampleWhenTheAppTurnsUnhealthyThereNotAtTheEnd() {
        answer(HEALTHY, HEALTHY, UNHEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY);

        Outcome outcome = watch(TEN_MINUTES);

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
        assertThat(outcome.summary()).matches("failed at sample 3 of 10 at \\+2m: unhealthy \\(503 from \\Q" + url
                + "\\E in " + LATENCY + "\\); 3 of 10 samples taken, 1 failed, 0 degraded; latency p50 " + LATENCY
                + ", p95 " + LATENCY + ", max " + LATENCY);
        assertThat(outcome.findings()).hasSize(1);
        Finding finding = outcome.findings().get(0);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-005");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("sample 3 of 10 at +2m: " + url
                + " answered 503 Service Unavailable: \"401 Unauthorized\"");
        List<String> details = details(outcome);
        assertThat(details).hasSize(4);
        assertThat(details.get(0)).isEqualTo("request: GET " + url);
        assertThat(details.get(1)).matches("sample 1 of 10 at \\+0s: PASS in " + LATENCY + ", healthy .*");
        assertThat(details.get(2)).matches("sample 2 of 10 at \\+1m: PASS in " + LATENCY + ", healthy .*");
        assertThat(details.get(3)).matches("sample 3 of 10 at \\+2m: FAIL in " + LATENCY + ", unhealthy \\(503 .*");
        assertThat(time.progress).hasSize(3).last().asString().startsWith("sample 3 of 10 at +2m: FAIL");
    }

    @Test
    void passesAfterTheWindowWhenEverySampleIsHealthy() {
        answer(Collections.nCopies(10, HEALTHY).toArray(String[]::new));

        Outcome outcome = watch(TEN_MINUTES);

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(10);
        assertThat(time.sleeps).hasSize(9).containsOnly(Duration.ofMinutes(1));
        assertThat(outcome.summary()).matches("every sample passed over 10m: 10 of 10 samples taken, 0 failed, "
                + "0 degraded; latency p50 " + LATENCY + ", p95 " + LATENCY + ", max " + LATENCY);
        List<String> details = details(outcome);
        assertThat(details).hasSize(11);
        assertThat(details.get(10)).matches("sample 10 of 10 at \\+9m: PASS in " + LATENCY + ", healthy .*");
    }

    @Test
    void countsDegradedSamplesAndWarnsWithTheFirstOfThemNamed() {
        answer(HEALTHY, DEGRADED, HEALTHY, HEALTHY, DEGRADED);

        Outcome outcome = watch(Watch.of(Duration.ofMinutes(5), Duration.ofMinutes(1), 0));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(outcome.summary()).startsWith("passed with warnings over 5m: 5 of 5 samples taken, 0 failed, "
                + "2 degraded; latency p50 ");
        assertThat(outcome.findings()).hasSize(1);
        Finding finding = outcome.findings().get(0);
        assertThat(finding.ruleId()).isEqualTo("MR-HLT-006");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("sample 2 of 5 at +1m: " + url + " reports status \"degraded\": "
                + "\"slow upstream\" (and 1 more sample like it; see the details)");
        assertThat(details(outcome)).filteredOn(line -> line.contains(": WARN in "))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("sample 2 of 5 at +1m", "sample 5 of 5 at +4m");
    }

    @Test
    void toleratesFailedSamplesUpToMaxFailuresAsWarningsThenFailsAtTheNextOne() {
        answer(HEALTHY, UNHEALTHY, HEALTHY, UNHEALTHY, HEALTHY);

        Outcome outcome = watch(Watch.of(Duration.ofMinutes(5), Duration.ofMinutes(1), 1));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(outcome.summary()).startsWith("failed at sample 4 of 5 at +3m: unhealthy (503 from ")
                .contains("; 4 of 5 samples taken, 2 failed, 0 degraded; ");
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MR-HLT-005", Severity.ERROR, "sample 4 of 5 at +3m: " + url
                        + " answered 503 Service Unavailable: \"401 Unauthorized\""),
                org.assertj.core.groups.Tuple.tuple("MR-HLT-005", Severity.WARNING, "sample 2 of 5 at +1m (tolerated: "
                        + "`max-failures` 1): " + url + " answered 503 Service Unavailable: \"401 Unauthorized\""));
    }

    @Test
    void warnsWhenAFailedSampleWasToleratedAndTheRestPassed() {
        answer(HEALTHY, UNHEALTHY, HEALTHY);

        Outcome outcome = watch(Watch.of(Duration.ofMinutes(3), Duration.ofMinutes(1), 1));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).startsWith("passed with warnings over 3m: 3 of 3 samples taken, 1 failed, 0 degraded");
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MR-HLT-005");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void cancellationBetweenSamplesEndsTheWatchAtOnceWithWhatItSaw() {
        answer(HEALTHY, DEGRADED, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY);

        Outcome outcome = new HttpHealthCheck(time.cancellingAtSleep(3))
                .run(HttpHealthOptions.of(ServiceUrl.parse(url)).withWatch(TEN_MINUTES), time.context());

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(outcome.summary()).startsWith("cancelled at +2m: 3 of 10 samples taken, 0 failed, 1 degraded; latency p50 ");
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("MR-HLT-006");
        assertThat(details(outcome)).hasSize(4);
    }

    @Test
    void cancellationWakesTheRealSleepAndNoThreadOutlivesTheGate() throws Exception {
        answer(HEALTHY, HEALTHY);
        Cancellation cancellation = new Cancellation();
        CountDownLatch firstSample = new CountDownLatch(1);
        CheckContext context = new CheckContext(Path.of("."), Map.of(), Clock.systemUTC(), cancellation,
                line -> firstSample.countDown(), Network.using(AppContexts.CLIENT));
        ExecutorService gate = Executors.newSingleThreadExecutor();
        try {
            Future<Outcome> running = gate.submit(() -> new HttpHealthCheck()
                    .run(HttpHealthOptions.of(ServiceUrl.parse(url)).withWatch(TEN_MINUTES), context));
            assertThat(firstSample.await(10, TimeUnit.SECONDS)).isTrue(); // sample 1 is judged; the watch sleeps a minute

            cancellation.cancel();

            Outcome outcome = running.get(30, TimeUnit.SECONDS); // a guard against a hang, not a budget
            assertThat(outcome.status()).isEqualTo(Status.ERROR);
            assertThat(outcome.summary()).startsWith("cancelled at +").contains(": 1 of 10 samples taken, 0 failed, 0 degraded; ");
            assertThat(server.getRequestCount()).isEqualTo(1);
        } finally {
            gate.shutdownNow();
        }
        assertThat(gate.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void cancellationDuringASampleStopsItsRequestAndDoesNotCountItAsFailed() throws Exception {
        answer(HEALTHY);
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Cancellation cancellation = new Cancellation();
        CheckContext context = new CheckContext(Path.of("."), Map.of(), Clock.systemUTC(), cancellation, Progress.NONE,
                Network.using(AppContexts.CLIENT));
        Watch everySecond = Watch.of(Duration.ofHours(1), Duration.ofSeconds(1), 0);
        ExecutorService gate = Executors.newSingleThreadExecutor();
        try {
            Future<Outcome> running = gate.submit(() -> new HttpHealthCheck(Sleeper.REAL)
                    .run(HttpHealthOptions.of(ServiceUrl.parse(url)).withWatch(everySecond), context));
            server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull(); // the second sample is waiting

            cancellation.cancel();

            Outcome outcome = running.get(30, TimeUnit.SECONDS);
            assertThat(outcome.status()).isEqualTo(Status.ERROR);
            assertThat(outcome.summary()).startsWith("cancelled at +")
                    .contains(": 1 of 3600 samples taken, 0 failed, 0 degraded; ");
            assertThat(details(outcome)).hasSize(2);
        } finally {
            gate.shutdownNow();
        }
    }

    @Test
    void aTokenTheAppEchoesIsInNoSampleLineFindingOrProgress() throws IOException {
        server.enqueue(json(200, "{\"status\": \"degraded\", \"provider\": \"mistral\", \"error\": \"bad token "
                + AppEchoes.TOKEN + "\"}"));
        server.enqueue(json(503, "{\"error\": \"bad token " + AppEchoes.HEADER + "\"}"));

        Outcome outcome = new HttpHealthCheck(time).run(HttpHealthOptions.of(ServiceUrl.parse(url))
                .withHeaders(AppEchoes.AUTHORIZATION, AppEchoes.DECLARED)
                .withWatch(TEN_MINUTES), time.context(AppEchoes.ENVIRONMENT));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(details(outcome)).hasSize(3);
        dev.mistralready.http.Leaks.assertNoneInAnyReport("http-health", outcome, AppEchoes.TOKEN, AppEchoes.HEADER);
        assertThat(String.join("\n", time.progress)).doesNotContain(AppEchoes.TOKEN);
    }
}
