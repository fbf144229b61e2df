package dev.mistralready.engine;

import dev.mistralready.check.Check;
import dev.mistralready.checklist.Gate;
import java.time.Duration;
import java.util.Objects;

/** A gate ready to run: its check found, its options bound, its timeout decided. */
public record PlannedGate(Gate gate, Check<?> check, Object options, Duration timeout) {

    public PlannedGate {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(timeout, "timeout");
    }

    public String id() {
        return gate.id();
    }
}
