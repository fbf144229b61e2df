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

    private static final String WHERE = " The result sits on the gate's line in checklist.yaml; when the checklist"
            + " is no file in the repository (the built-in one), on line 1 of the project's manifest.";

    public static final List<Rule> RULES = List.of(
            Rule.error(GATE_ERROR, "A gate could not run",
                    "A gate that could not run has checked nothing: the readiness question it asks is still open,"
                            + " so the run does not pass." + WHERE,
                    ERROR_FIX)
                    .withFinds("A gate ended in `ERROR`, with no finding of severity error to say why: it timed out"
                            + " after its `timeout`, its check crashed, was interrupted or could not start (such as a"
                            + " command that is not found), or could not decide (such as a `reject` pattern that ran"
                            + " too long). The result's message is `Gate <id> could not run:` and the gate's summary.")
                    .withExample("""
                            ```text
                            ERROR  npm-test       Unit and integration tests pass (npm test)      10m
                                   timed out after 10m
                            SARIF: MR-GATE-ERROR  Gate npm-test could not run: timed out after 10m
                            ```"""),
            Rule.error(GATE_FAILED, "A gate failed",
                    "The gate failed, so the run fails, but no finding of severity error says where or why; the"
                            + " gate itself stands for the failure, so it shows in code scanning." + WHERE,
                    FAILED_FIX)
                    .withFinds("A gate ended in `FAIL` without a finding of severity error: with no findings at all, or"
                            + " with findings of severity warning only. The result's message"
                            + " is `Gate <id> failed:` and the gate's summary."),
            Rule.warning(GATE_WARNED, "A gate warned",
                    "The gate warned without any finding that says where, so the gate itself stands for the warning;"
                            + " a warning fails the run only with `--fail-on warning`." + WHERE,
                    WARNED_FIX)
                    .withFinds("A gate ended in `WARN` with no finding at all. The result's message is"
                            + " `Gate <id> warned:` and the gate's summary."));

    private GateRules() {
    }
}
