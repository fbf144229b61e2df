package dev.mistralready.report;

import dev.mistralready.check.Rule;
import java.util.List;

/**
 * The rules of mistral-ready's own: the gate-level results of a report (a gate that could not run, or
 * failed or warned without a finding that says why), which no check reports but the SARIF writer does.
 * {@code MR-GATE-} is not used by any check.
 */
public final class GateRules {

    /** The gate type the catalogue shows for these rules. */
    public static final String TYPE = "gate";

    public static final String GATE_ERROR = "MR-GATE-ERROR";
    public static final String GATE_FAILED = "MR-GATE-FAIL";
    public static final String GATE_WARNED = "MR-GATE-WARN";

    static final String ERROR_FIX = "Fix what stopped the gate from running, then run mistral-ready again.";
    static final String FAILED_FIX = "Fix what the gate reports, then run mistral-ready again.";
    static final String WARNED_FIX = "Address what the gate warns about, or accept it knowingly.";

    private static final String WHERE = " The result's message names the gate and says why, and its location is"
            + " the gate in checklist.yaml.";

    public static final List<Rule> RULES = List.of(
            Rule.error(GATE_ERROR, "A gate could not run",
                    "A gate that crashed, timed out or could not start has not checked anything: the readiness"
                            + " question it asks is still open, so the run does not pass." + WHERE,
                    ERROR_FIX),
            Rule.error(GATE_FAILED, "A gate failed",
                    "The gate failed without a finding that says where, so the gate itself is the result." + WHERE,
                    FAILED_FIX),
            Rule.warning(GATE_WARNED, "A gate warned",
                    "The gate warned without a finding that says where, so the gate itself is the result." + WHERE,
                    WARNED_FIX));

    private GateRules() {
    }
}
