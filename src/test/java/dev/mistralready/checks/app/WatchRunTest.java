package dev.mistralready.checks.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch's schedule and statistics on their own, with samples that take as long as a test says. */
class WatchRunTest {

    private final WatchTime time = new WatchTime();

    private Sample passed(Duration took) {
        time.advance(took);
        return new Sample(Outcome.pass("healthy"), took, List.of("request: GET https://app.example.com/health"));
    }

    @Test
    void skipsTheSlotsASlowSampleRanOverInsteadOfSamplingTwiceToCatchUp() {
        List<Duration> takes = List.of(Duration.ZERO, Duration.ofSeconds(150), Duration.ZERO);
        int[] next = {0};

        Outcome outcome = new WatchRun(Watch.of(Duration.ofMinutes(5), Duration.ofMinutes(1), 0), time.context(), time)
                .outcome(() -> passed(takes.get(next[0]++)));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(next[0]).isEqualTo(3);
        assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1), Duration.ofSeconds(30));
        assertThat(outcome.summary()).startsWith("every sample passed over 5m: 3 of 5 samples taken, 0 failed, 0 degraded; ");
        assertThat(outcome.details().split("\n")).containsExactly(
                "request: GET https://app.example.com/health",
                "sample 1 of 5 at +0s: PASS in 0ms, healthy",
                "sample 2 of 5 at +1m: PASS in 2m30s, healthy",
                "sample 3 of 5 at +2m: not taken, sample 2 was still running",
                "sample 4 of 5 at +3m: not taken, sample 2 was still running",
                "sample 5 of 5 at +4m: PASS in 0ms, healthy");
    }

    @Test
    void reportsTheLatencyPercentilesByNearestRank() {
        List<Duration> latencies = List.of(90, 10, 40, 30, 20, 60, 50, 80, 70, 100).stream()
                .map(Duration::ofMillis).toList();

        assertThat(new Latencies(latencies)).hasToString("latency p50 50ms, p95 100ms, max 100ms");
        assertThat(new Latencies(List.of(Duration.ofMillis(7)))).hasToString("latency p50 7ms, p95 7ms, max 7ms");
        assertThat(new Latencies(List.of())).hasToString("no latency measured");
    }

    @Test
    void namesWhenEachSampleWasDue() {
        assertThat(WatchRun.offset(Duration.ZERO)).isEqualTo("+0s");
        assertThat(WatchRun.offset(Duration.ofSeconds(5))).isEqualTo("+5s");
        assertThat(WatchRun.offset(Duration.ofMillis(1500))).isEqualTo("+1.5s");
        assertThat(WatchRun.offset(Duration.ofMinutes(2))).isEqualTo("+2m");
        assertThat(WatchRun.offset(Duration.ofSeconds(90))).isEqualTo("+1m30s");
    }
}
