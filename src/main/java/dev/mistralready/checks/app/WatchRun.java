package dev.mistralready.checks.app;

import dev.mistralready.check.CheckContext;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * A gate's {@code watch}: samples on the schedule, each judged as the gate's single request is, on the
 * gate's own thread (no thread or request outlives the gate). It fails at the first failed sample past
 * {@code max-failures}, so a pipeline rolls back sooner; it passes after the last sample, and warns
 * when a sample was degraded or a failure tolerated; cancelled, it stops at once and reports what it saw.
 * Every sample is a details line (status, latency, summary), so every report format carries them all.
 */
final class WatchRun {

    private final Watch watch;
    private final CheckContext context;
    private final Sleeper sleeper;
    private final Clock clock;
    private final List<String> lines = new ArrayList<>();
    private final Set<String> requests = new LinkedHashSet<>();
    private final List<Duration> latencies = new ArrayList<>();
    /** The findings of samples that did not fail the gate: the first of each rule, and how many more. */
    private final Map<String, Finding> earlier = new LinkedHashMap<>();
    private final Map<String, Integer> repeats = new LinkedHashMap<>();
    private int taken;
    private int failed;
    private int degraded;

    WatchRun(Watch watch, CheckContext context, Sleeper sleeper) {
        this.watch = watch;
        this.context = context;
        this.sleeper = sleeper;
        this.clock = context.clock();
    }

    Outcome outcome(Supplier<Sample> sampler) {
        CountDownLatch cancelled = new CountDownLatch(1);
        context.cancellation().onCancel(cancelled::countDown);
        Instant start = clock.instant();
        int total = watch.samples();
        int slot = 0;
        while (slot < total) {
            Duration wait = watch.due(slot).minus(elapsed(start));
            if (context.cancellation().isCancelled()
                    || (!wait.isNegative() && !wait.isZero() && !sleeper.sleep(wait, cancelled))) {
                return cancelled(start);
            }
            Sample sample = sampler.get();
            if (context.cancellation().isCancelled() && sample.outcome().status() == Status.ERROR) {
                return cancelled(start);
            }
            String name = "sample " + (slot + 1) + " of " + total + " at " + offset(watch.due(slot));
            record(name, sample);
            Status status = sample.outcome().status();
            if (status == Status.FAIL || status == Status.ERROR) {
                failed++;
                if (failed > watch.maxFailures()) {
                    return failedAt(name, sample);
                }
                keep(name + " (tolerated: `max-failures` " + watch.maxFailures() + ")", sample, Severity.WARNING);
            } else if (status == Status.WARN) {
                degraded++;
                keep(name, sample, Severity.WARNING);
            }
            if (context.cancellation().isCancelled()) {
                return cancelled(start);
            }
            int next = Math.max(slot + 1, watch.slotAtOrAfter(elapsed(start)));
            for (int missed = slot + 1; missed < Math.min(next, total); missed++) {
                lines.add("sample " + (missed + 1) + " of " + total + " at " + offset(watch.due(missed))
                        + ": not taken, sample " + (slot + 1) + " was still running");
            }
            slot = next;
        }
        Status status = failed > 0 || degraded > 0 ? Status.WARN : Status.PASS;
        String lead = status == Status.PASS ? "every sample passed" : "passed with warnings";
        return outcome(status, lead + " over " + DurationText.format(watch.window()) + ": " + counts(), findings(List.of()));
    }

    private void record(String name, Sample sample) {
        taken++;
        latencies.add(sample.latency());
        requests.addAll(sample.requests());
        String line = name + ": " + sample.outcome().status() + " in " + DurationText.format(sample.latency()) + ", "
                + sample.outcome().summary();
        lines.add(line);
        context.progress().report(line);
    }

    /** Keeps the first finding of each rule of a sample that did not fail the gate; counts the others. */
    private void keep(String name, Sample sample, Severity severity) {
        for (Finding finding : sample.outcome().findings()) {
            String key = finding.ruleId();
            if (earlier.containsKey(key)) {
                repeats.merge(key, 1, Integer::sum);
            } else {
                earlier.put(key, named(name, finding).withSeverity(severity));
            }
        }
    }

    private Outcome failedAt(String name, Sample sample) {
        List<Finding> own = sample.outcome().findings().stream().map(finding -> named(name, finding)).toList();
        String summary = "failed at " + name + ": " + sample.outcome().summary() + "; " + counts();
        return outcome(Status.FAIL, summary, findings(own));
    }

    private Outcome cancelled(Instant start) {
        return outcome(Status.ERROR, "cancelled at " + offset(elapsed(start)) + ": " + counts(), findings(List.of()));
    }

    private Outcome outcome(Status status, String summary, List<Finding> findings) {
        List<String> details = new ArrayList<>(requests);
        details.addAll(lines);
        return Outcome.of(status, summary, findings).withDetails(String.join("\n", details));
    }

    /** The failing sample's own findings first, then one per rule of the samples before it. */
    private List<Finding> findings(List<Finding> own) {
        List<Finding> all = new ArrayList<>(own);
        earlier.forEach((rule, finding) -> {
            int more = repeats.getOrDefault(rule, 0);
            all.add(more == 0 ? finding : withMessage(finding, finding.message() + " (and " + more + " more "
                    + (more == 1 ? "sample" : "samples") + " like it; see the details)"));
        });
        return all;
    }

    /** {@code 3 samples taken, 1 failed, 0 degraded; latency p50 12ms, p95 15ms, max 15ms}. */
    private String counts() {
        return taken + " of " + watch.samples() + " samples taken, " + failed + " failed, " + degraded + " degraded; "
                + new Latencies(latencies);
    }

    private static Finding named(String name, Finding finding) {
        return withMessage(finding, name + ": " + finding.message());
    }

    private static Finding withMessage(Finding finding, String message) {
        return new Finding(finding.ruleId(), finding.severity(), message, finding.location(), finding.fix(),
                finding.fingerprint());
    }

    private Duration elapsed(Instant start) {
        Duration elapsed = Duration.between(start, clock.instant());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /** {@code +0s}, {@code +5s}, {@code +2m}, {@code +1m30s}: when a sample was due, from the first. */
    static String offset(Duration elapsed) {
        boolean wholeSeconds = elapsed.toMillis() % 1000 == 0 && elapsed.compareTo(Duration.ofMinutes(1)) < 0;
        return "+" + (wholeSeconds ? elapsed.toSeconds() + "s" : DurationText.format(elapsed));
    }
}
