package dev.mistralready.report;

import dev.mistralready.check.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one run: every selected gate in checklist order. Writers render this and nothing else.
 *
 * @param checklist the checklist as shown to the user: a path, or {@code <built-in>/checklist.yaml}
 * @param phase     the phase whose gates ran ({@code pre-deploy}, {@code canary}, {@code post-deploy})
 */
public record Report(String toolVersion, String checklist, String phase, Instant startedAt, Duration duration,
                     List<GateResult> gates) {

    public static final String DEFAULT_PHASE = "pre-deploy";

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        gates = List.copyOf(gates);
    }

    /** A report of the default phase's gates. */
    public Report(String toolVersion, String checklist, Instant startedAt, Duration duration, List<GateResult> gates) {
        this(toolVersion, checklist, DEFAULT_PHASE, startedAt, duration, gates);
    }

    public Report inPhase(String name) {
        return new Report(toolVersion, checklist, name, startedAt, duration, gates);
    }

    public long count(Status status) {
        return gates.stream().filter(gate -> gate.status() == status).count();
    }

    /** True when no gate ran to a verdict: every gate was skipped, or none was selected. */
    public boolean nothingChecked() {
        return gates.stream().allMatch(gate -> gate.status() == Status.SKIP);
    }

    /** True when no gate failed or errored, and, if {@code warningsFail}, none warned either. */
    public boolean passed(boolean warningsFail) {
        return gates.stream().noneMatch(gate -> gate.status() == Status.FAIL
                || gate.status() == Status.ERROR
                || (warningsFail && gate.status() == Status.WARN));
    }
}
