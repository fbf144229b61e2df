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

    private static final String WHERE = " The result's message names the gate and says why, and its location is"
            + " the gate in checklist.yaml.";

    public static final List<Rule> RULES = List.of(
            Rule.error(GATE_ERROR, "A gate could not run",
                    "A gate that crashed, timed out or could not start has not checked anything: the readiness"
                            + " question it asks is still open, so the run does not pass." + WHERE,
                    "Fix what the message names (a missing tool, a timeout, a bad option) and run the gate again."),
            Rule.error(GATE_FAILED, "A gate failed",
                    "The gate failed without a finding that says where, so the gate itself is the result." + WHERE,
                    "Fix what the gate's message names."),
            Rule.warning(GATE_WARNED, "A gate warned",
                    "The gate warned without a finding that says where, so the gate itself is the result." + WHERE,
                    "Look at what the gate's message names, and fix it or accept it."));

    private GateRules() {
    }
}
