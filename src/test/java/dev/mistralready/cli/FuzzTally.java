package dev.mistralready.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the fuzzed runs came to: how many of each outcome, and every run that broke the standard (a
 * crash, a trace, an unlocated error, a hang), named by its case.
 */
final class FuzzTally {

    /** A checklist error: {@code file:line:col: what; what would be valid}. */
    private static final Pattern LOCATED = Pattern.compile("^[^:]+:\\d+:\\d+: .+");
    /** The form of the CLI's usage errors that are not about the checklist's content. */
    private static final Pattern USAGE = Pattern.compile("^mistral-ready: .+");
    private static final List<String> TRACE_MARKS = List.of("Exception", "at dev.mistralready", "at java.",
            "NullPointerException", "\tat ");
    /** Longer than any message mistral-ready writes itself: a quoted value was not cut to an excerpt. */
    static final int MAX_LINE = 1000;

    private int cases;
    private int passed;
    private int gateFailed;
    private int located;
    private int usage;
    private final List<String> failures = new ArrayList<>();

    void record(String name, CliRun run) {
        cases++;
        String output = run.out() + run.err();
        TRACE_MARKS.stream().filter(output::contains).findFirst()
                .ifPresent(mark -> fail(name, "output contains `" + mark.strip() + "`", run));
        switch (run.exitCode()) {
            case ExitCodes.PASSED -> passed++;
            case ExitCodes.GATE_FAILED -> gateFailed++;
            case ExitCodes.USAGE_OR_CHECKLIST_ERROR -> recordError(name, run);
            default -> fail(name, "exit code " + run.exitCode(), run);
        }
    }

    void recordHang(String name, Throwable timeout) {
        cases++;
        failures.add(name + ": no answer in time (" + timeout.getMessage() + ")");
    }

    private void recordError(String name, CliRun run) {
        List<String> lines = run.err().lines().toList();
        if (lines.isEmpty()) {
            fail(name, "exit code 2 with nothing on stderr", run);
            return;
        }
        boolean allLocated = lines.stream().allMatch(line -> LOCATED.matcher(line).matches());
        boolean usageError = lines.size() == 1 && USAGE.matcher(lines.get(0)).matches();
        if (allLocated) {
            located++;
        } else if (usageError) {
            usage++;
        } else {
            fail(name, "exit code 2 with a line that is neither `file:line:col: …` nor `mistral-ready: …`", run);
        }
        lines.stream().filter(line -> line.length() > MAX_LINE).findFirst()
                .ifPresent(line -> fail(name, "an error line of " + line.length() + " characters", run));
    }

    private void fail(String name, String what, CliRun run) {
        String err = run.err().length() > 300 ? run.err().substring(0, 300) + "…" : run.err();
        String out = run.out().length() > 300 ? run.out().substring(0, 300) + "…" : run.out();
        failures.add(name + ": " + what + "\n    stderr: " + err.strip().replace("\n", "\n            ")
                + (out.isBlank() ? "" : "\n    stdout: " + out.strip().replace("\n", "\n            ")));
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    int located() {
        return located;
    }

    int normalRuns() {
        return passed + gateFailed;
    }

    @Override
    public String toString() {
        return cases + " cases: " + located + " located checklist errors, " + usage + " usage errors, "
                + passed + " passed runs, " + gateFailed + " failed runs, " + failures.size() + " broke the standard";
    }
}
