package dev.mistralready.checks.command;

import dev.mistralready.check.Rule;
import java.util.List;

/** The rules the {@code command} gate can report, for the rule catalogue. */
final class CommandRuleCatalogue {

    static final List<Rule> RULES = List.of(
            Rule.error(CommandCheck.RULE_FAILED, "The project's own command failed",
                    "The command is the project's own build or test suite; when it exits non-zero, or cannot be"
                            + " started, what would be deployed is not what was tested, and nothing else this"
                            + " checklist passes makes up for that.",
                    "Run the command in its working directory and fix what it reports."));

    private CommandRuleCatalogue() {
    }
}
