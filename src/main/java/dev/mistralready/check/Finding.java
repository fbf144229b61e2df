package dev.mistralready.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found, with a stable rule id ({@code MR-SEC-001}), what is wrong, where, and the
 * fix in one sentence. A finding without a location is anchored by the engine to the gate's own
 * line in checklist.yaml.
 *
 * <p>A check that can say what makes a finding the same finding from one run to the next gives it a
 * {@link Fingerprint}: a baseline file lists fingerprints, so they must not depend on line numbers.
 * Findings without one (a failed command, say) can never be baselined.
 */
public record Finding(String ruleId, Severity severity, String message, Optional<Location> location, String fix,
                      Optional<String> fingerprint) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public static Finding of(String ruleId, Severity severity, String message, String fix) {
        return new Finding(ruleId, severity, message, Optional.empty(), fix, Optional.empty());
    }

    public Finding at(Location where) {
        return new Finding(ruleId, severity, message, Optional.of(where), fix, fingerprint);
    }

    public Finding withSeverity(Severity level) {
        return new Finding(ruleId, level, message, location, fix, fingerprint);
    }

    public Finding withFingerprint(String stableIdentity) {
        return new Finding(ruleId, severity, message, location, fix, Optional.of(stableIdentity));
    }
}
