package dev.mistralready.checks.runbook;

import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;

/** The rules the {@code runbook} gate can report, for the rule catalogue. */
final class RunbookRuleCatalogue {

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (RunbookTopic topic : RunbookVocabulary.TOPICS) {
            rules.add(new Rule(topic.ruleId(), "The runbook does not cover: " + topic.name(), Severity.ERROR,
                    "When this incident happens at night the person on call needs the steps written down; a runbook"
                            + " without them turns a known problem into an improvised one.",
                    "Add a section \"## " + topic.heading() + "\" with the steps."));
        }
        rules.add(Rule.warning(RunbookTopic.NO_ROLLBACK_COMMAND, "The rollback section holds no command",
                "Under pressure people mistype; a rollback written as prose must be translated into a command at the"
                        + " worst moment.",
                "Put the exact command in a code block, e.g. `kubectl rollout undo deployment/<app>`."));
        rules.add(Rule.error(RunbookCheck.NO_RUNBOOK, "No runbook found",
                "The checklist requires a runbook and none was found where the gate looked, so nobody on call has"
                        + " one.",
                "Write RUNBOOK.md with a section per incident, or point paths at your runbook."));
        rules.add(Rule.error(RunbookVerdict.NOT_ABOUT_MISTRAL, "The runbook never names Mistral",
                "A runbook that never names Mistral, the model provider or an LLM is probably another system's, and"
                        + " does not cover this integration's incidents.",
                "Say in the runbook which integration it is for, point paths at its runbook, or set about."));
        return List.copyOf(rules);
    }

    private RunbookRuleCatalogue() {
    }
}
