package dev.mistralready.engine;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Network;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.check.UnusableProxy;
import dev.mistralready.project.files.ProjectFiles;
import dev.mistralready.report.GateResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one gate on a worker thread under its timeout. Whatever the check does (returns, throws,
 * hangs), this returns a {@link GateResult}: a hung check is cancelled and reported as {@code ERROR}.
 */
final class GateSupervisor {

    static final String NOT_STARTED = "not started: mistral-ready was asked to stop before this gate's turn came";

    private final ExecutorService workers;
    private final RunSettings settings;
    private final RunListener listener;
    private final Clock clock;
    private final Duration cancelGrace;
    private final RunningGates running;
    private final Network network;

    GateSupervisor(ExecutorService workers, RunSettings settings, RunListener listener, Clock clock, Duration cancelGrace,
                   RunningGates running, Network network) {
        this.workers = workers;
        this.settings = settings;
        this.listener = listener;
        this.clock = clock;
        this.cancelGrace = cancelGrace;
        this.running = running;
        this.network = network;
    }

    GateResult run(PlannedGate gate) {
        listener.gateStarted(gate);
        Instant start = clock.instant();
        Outcome outcome = finalise(outcomeOf(gate), gate);
        Duration took = Duration.between(start, clock.instant());
        GateResult result = new GateResult(gate.id(), gate.gate().type(), gate.gate().displayTitle(),
                gate.gate().severity(), outcome, took.isNegative() ? Duration.ZERO : took, declaredAt(gate));
        listener.gateFinished(gate, result);
        return result;
    }

    private Outcome outcomeOf(PlannedGate gate) {
        try {
            Optional<String> noWorkTree = needsWorkTree(gate) ? ProjectFiles.noWorkTree(settings.projectRoot()) : Optional.empty();
            if (noWorkTree.isPresent()) {
                return Outcome.skip("skipped: " + noWorkTree.get());
            }
        } catch (IOException | RuntimeException e) {
            return crashed(e);
        }
        if (settings.offline()) {
            try {
                if (needsNetwork(gate)) {
                    return Outcome.skip(Network.OFFLINE_REASON);
                }
            } catch (RuntimeException e) {
                return crashed(e);
            }
        }
        Cancellation cancellation = new Cancellation();
        if (!running.admit(cancellation)) {
            return Outcome.error(NOT_STARTED);
        }
        try {
            return outcomeOf(gate, cancellation);
        } finally {
            running.remove(cancellation);
        }
    }

    private Outcome outcomeOf(PlannedGate gate, Cancellation cancellation) {
        CheckContext context = new CheckContext(settings.projectRoot(), settings.environment(), clock, cancellation,
                message -> listener.gateProgress(gate, message), network, settings.fileScope());
        CountDownLatch finished = new CountDownLatch(1);
        Future<Outcome> future = workers.submit(() -> {
            try {
                return runCheck(gate, context);
            } finally {
                finished.countDown();
            }
        });
        try {
            return future.get(gate.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(cancellation, future, finished);
            return Outcome.error("timed out after " + DurationText.format(gate.timeout()));
        } catch (ExecutionException e) {
            return crashed(e.getCause());
        } catch (InterruptedException e) {
            stop(cancellation, future, finished);
            Thread.currentThread().interrupt();
            return Outcome.error("interrupted before it finished");
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean needsNetwork(PlannedGate gate) {
        return ((Check<Object>) gate.check()).needsNetwork(gate.options());
    }

    @SuppressWarnings("unchecked")
    private static boolean needsWorkTree(PlannedGate gate) {
        return ((Check<Object>) gate.check()).needsWorkTree(gate.options());
    }

    @SuppressWarnings("unchecked")
    private static Outcome runCheck(PlannedGate gate, CheckContext context) throws Exception {
        return ((Check<Object>) gate.check()).run(gate.options(), context);
    }

    /** Signals the check, interrupts its thread, and gives it a moment to clean up. */
    private void stop(Cancellation cancellation, Future<Outcome> future, CountDownLatch finished) {
        cancellation.cancel();
        future.cancel(true);
        try {
            finished.await(cancelGrace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Outcome crashed(Throwable cause) {
        if (cause instanceof UnusableProxy unusable) {
            return Outcome.error(unusable.getMessage()); // the user's setting, not a bug: no trace
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        Outcome outcome = Outcome.error("the check crashed: " + cause.getClass().getSimpleName() + message);
        if (!settings.verbose()) {
            return outcome;
        }
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        return outcome.withDetails(trace.toString());
    }

    /**
     * Drops the findings of the gate's disabled rules, anchors findings without a file to the gate's line,
     * and downgrades failures of warning gates, their error findings included: a finding that cannot fail
     * the run is not shown as an error.
     */
    private Outcome finalise(Outcome checked, PlannedGate gate) {
        if (checked == null) {
            return Outcome.error("the gate type `" + gate.gate().type() + "` returned no outcome (a bug in that check)");
        }
        Outcome outcome = new DisabledRules(gate.gate().disabled()).apply(checked);
        Location gateLine = declaredAt(gate);
        boolean advisory = gate.gate().severity() == Severity.WARNING;
        List<Finding> anchored = outcome.findings().stream()
                .map(finding -> finding.location().isPresent() ? finding : finding.at(gateLine))
                .map(finding -> advisory && finding.severity() == Severity.ERROR
                        ? finding.withSeverity(Severity.WARNING) : finding)
                .toList();
        Outcome result = outcome.withFindings(anchored);
        if (result.status() == Status.FAIL && advisory) {
            result = result.withStatus(Status.WARN);
        }
        return result;
    }

    private Location declaredAt(PlannedGate gate) {
        return new Location(settings.checklistShownAs(), gate.gate().position().line(), gate.gate().position().column());
    }
}
