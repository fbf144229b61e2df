package dev.mistralready.cli;

/** What the process exit status means; printed in {@code --help}. */
final class ExitCodes {

    static final int PASSED = 0;
    static final int GATE_FAILED = 1;
    static final int USAGE_OR_CHECKLIST_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    /** Heading of the list in --help; the list itself is repeated in each command's annotation. */
    static final String HEADING = "%nExit codes:%n";

    private ExitCodes() {
    }
}
