package dev.mistralready.engine;

import dev.mistralready.check.Network;
import dev.mistralready.report.GateResult;
import dev.mistralready.report.Report;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs planned gates concurrently, at most {@code jobs} at a time, each under its own timeout, and
 * collects a {@link Report} in checklist order. The run always finishes.
 */
public final class Engine {

    /** How long a timed-out check gets to clean up (kill its processes) before the run moves on. */
    static final Duration DEFAULT_CANCEL_GRACE = Duration.ofSeconds(5);

    private final Clock clock;
    private final String toolVersion;
    private final Duration cancelGrace;

    public Engine(Clock clock, String toolVersion) {
        this(clock, toolVersion, DEFAULT_CANCEL_GRACE);
    }

    Engine(Clock clock, String toolVersion, Duration cancelGrace) {
        this.clock = clock;
        this.toolVersion = toolVersion;
        this.cancelGrace = cancelGrace;
    }

    public Report run(List<PlannedGate> gates, RunSettings settings, RunListener listener) {
        Instant started = clock.instant();
        ExecutorService supervisors = Executors.newFixedThreadPool(settings.jobs(), daemonThreads("mistral-ready-gate"));
        // Checks run on their own threads so that a supervisor can abandon one that ignores cancellation.
        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("mistral-ready-check"));
        try (RunningGates running = new RunningGates(cancelGrace)) {
            Network network = settings.offline() ? Network.offline() : Network.online("mistral-ready/" + toolVersion, settings.environment());
            GateSupervisor supervisor = new GateSupervisor(workers, settings, listener, clock, cancelGrace, running, network);
            List<Future<GateResult>> pending = new ArrayList<>();
            for (PlannedGate gate : gates) {
                pending.add(supervisors.submit(() -> supervisor.run(gate)));
            }
            List<GateResult> results = new ArrayList<>();
            for (Future<GateResult> result : pending) {
                results.add(await(result));
            }
            return new Report(toolVersion, settings.checklistShownAs(), started,
                    Duration.between(started, clock.instant()), results);
        } finally {
            supervisors.shutdownNow();
            workers.shutdownNow();
        }
    }

    private static GateResult await(Future<GateResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the run was interrupted", e);
        } catch (ExecutionException e) {
            // GateSupervisor turns every failure of a check into an outcome; reaching here is our bug.
            throw new IllegalStateException("gate supervision failed", e.getCause());
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
