package dev.mistralready.report;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One SARIF result before it is written: a finding, or a gate-level problem (a gate that could not run,
 * failed or warned without a finding that says so), with the gate it came from.
 *
 * @param location    where it is, or empty when that is outside SRCROOT (the built-in checklist)
 * @param fingerprint the finding's own fingerprint, else one built from rule, gate and file (never a line)
 */
record SarifResult(String ruleId, Severity level, String message, String fix, Optional<Location> location,
                   String fingerprint, GateResult gate, boolean gateLevel) {

    /** Rule ids of gate-level results, as {@link GateRules} declares them. */
    static final String GATE_ERROR = GateRules.GATE_ERROR;
    static final String GATE_FAILED = GateRules.GATE_FAILED;
    static final String GATE_WARNED = GateRules.GATE_WARNED;

    /**
     * The results of one gate, like the GitHub annotations: one per finding, plus one for the gate itself
     * when it failed or could not run without an error finding, or warned without any finding. A gate that
     * could not run is a result rather than a {@code toolExecutionNotification} because code scanning
     * shows results as alerts and notifications nowhere a reviewer looks: a gate that did not run is a
     * readiness question left open, and must not vanish.
     *
     * @param locate where a location from the report is relative to SRCROOT, or empty if it is not inside
     */
    static List<SarifResult> of(GateResult gate, Function<Location, Optional<Location>> locate) {
        List<SarifResult> results = new ArrayList<>();
        for (Finding finding : gate.outcome().findings()) {
            Location at = finding.location().orElse(gate.declaredAt());
            String fingerprint = finding.fingerprint()
                    .orElse(finding.ruleId() + ":" + gate.id() + ":" + at.file());
            results.add(new SarifResult(finding.ruleId(), finding.severity(), AnsiEscapes.strip(finding.message()),
                    AnsiEscapes.strip(finding.fix()), locate.apply(at), fingerprint, gate, false));
        }
        boolean failed = gate.status() == Status.FAIL || gate.status() == Status.ERROR;
        boolean saidSo = results.stream().anyMatch(result -> result.level() == Severity.ERROR);
        String summary = AnsiEscapes.strip(gate.outcome().summary());
        if (failed && !saidSo) {
            boolean error = gate.status() == Status.ERROR;
            String rule = error ? GATE_ERROR : GATE_FAILED;
            results.add(new SarifResult(rule, Severity.ERROR,
                    "Gate " + gate.id() + (error ? " could not run: " : " failed: ") + summary,
                    error ? GateRules.ERROR_FIX : GateRules.FAILED_FIX,
                    locate.apply(gate.declaredAt()), rule + ":" + gate.id(), gate, true));
        } else if (gate.status() == Status.WARN && results.isEmpty()) {
            results.add(new SarifResult(GATE_WARNED, Severity.WARNING, "Gate " + gate.id() + " warned: " + summary,
                    GateRules.WARNED_FIX,
                    locate.apply(gate.declaredAt()), GATE_WARNED + ":" + gate.id(), gate, true));
        }
        return results;
    }

    /** The finding and its fix, as code scanning shows it: the first sentence is what fits. */
    String text() {
        return fix.isBlank() ? message : message + " — Fix: " + fix;
    }
}
