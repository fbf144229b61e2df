package dev.mistralready.checks.command;

import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.List;

/** The rules the {@code command} gate can report, for the rule catalogue. */
final class CommandRuleCatalogue {

    static final List<Rule> RULES = List.of(
            new Rule(CommandCheck.RULE_FAILED, "The project's own command failed", Severity.ERROR,
                    "The command is the project's own build or tests; when it fails, what would be deployed has not"
                            + " passed them, and no other gate of the checklist makes up for that.",
                    "Run the command in its working directory (`cwd`, by default the project root) and fix what it"
                            + " reports.",
                    "The gate's `run` command exited with a non-zero code. The finding, at the gate in the"
                            + " checklist, gives the command, with secret-looking values redacted, and its exit code; the gate's details hold the last 40"
                            + " lines of its output (stdout and stderr together). A command that is not found (a"
                            + " shell's exit code 127, or 9009 on Windows), cannot be started, or is stopped by its"
                            + " timeout or a cancellation is not this rule but a gate `ERROR` that says so.",
                    """
                    ```text
                    FAIL   test
                           error MR-CMD-001 checklist.yaml:3:5  `npm test` exited with code 1
                             fix: Run `npm test` in the project root and fix what it reports.
                           │ output (1 line):
                           │ 1 failing test
                    ```"""));

    private CommandRuleCatalogue() {
    }
}
