package dev.mistralready.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found, with a stable rule id ({@code MR-SEC-001}), what is wrong, where, and the
 * fix in one sentence. A finding without a location is anchored by the engine to the gate's own
 * line in checklist.yaml.
 */
public record Finding(String ruleId, Severity severity, String message, Optional<Location> location, String fix) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fix, "fix");
    }

    public static Finding of(String ruleId, Severity severity, String message, String fix) {
        return new Finding(ruleId, severity, message, Optional.empty(), fix);
    }

    public Finding at(Location where) {
        return new Finding(ruleId, severity, message, Optional.of(where), fix);
    }
}
