package dev.mistralready.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the process exit status means; printed in {@code --help}. */
final class ExitCodes {

    static final int PASSED = 0;
    static final int GATE_FAILED = 1;
    static final int USAGE_OR_CHECKLIST_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    static final String HEADING = "%nExit codes:%n";

    /** What --help prints under {@link #HEADING}, for every command. */
    static Map<String, String> described() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(PASSED), "every gate passed (warnings allowed unless --fail-on warning)");
        codes.put(Integer.toString(GATE_FAILED), "a gate failed or errored (under --fail-on warning also: a gate warned, "
                + "or every gate was skipped)");
        codes.put(Integer.toString(USAGE_OR_CHECKLIST_ERROR), "usage error (a DIR without files too), a checklist that cannot be read, "
                + "or a report file that cannot be written");
        codes.put(Integer.toString(INTERNAL_ERROR), "internal error in mistral-ready (please report it)");
        return codes;
    }

    private ExitCodes() {
    }
}
