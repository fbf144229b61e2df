package dev.mistralready.checks.app;

import dev.mistralready.check.DurationText;
import java.time.Duration;
import java.util.List;

/** The latencies of a watch's samples, as p50, p95 and max (nearest rank: each is one sample's own latency). */
record Latencies(List<Duration> sorted) {

    Latencies {
        sorted = sorted.stream().sorted().toList();
    }

    Duration percentile(int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    Duration max() {
        return sorted.get(sorted.size() - 1);
    }

    /** {@code latency p50 12ms, p95 40ms, max 41ms}, or that there is none. */
    @Override
    public String toString() {
        if (sorted.isEmpty()) {
            return "no latency measured";
        }
        return "latency p50 " + DurationText.format(percentile(50)) + ", p95 " + DurationText.format(percentile(95))
                + ", max " + DurationText.format(max());
    }
}
