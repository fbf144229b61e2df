package dev.mistralready.report;

import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.time.Duration;
import java.util.Objects;

/**
 * How one gate ended: its identity from the checklist, the check's outcome (every finding already
 * has a location), how long it took, and where the gate is declared.
 */
public record GateResult(String id, String type, String title, Severity severity, Outcome outcome,
                         Duration duration, Location declaredAt) {

    public GateResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(declaredAt, "declaredAt");
    }

    public Status status() {
        return outcome.status();
    }
}
