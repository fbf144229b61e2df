package dev.mistralready.checks.runbook;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate's verdict on the runbook files it read: first whether they are the Mistral integration's
 * runbook at all, then which topics they cover. The first file is the main one: a finding with no
 * closer place points at its last heading, where a section would be added.
 */
final class RunbookVerdict {

    /** The runbook never names Mistral, the model provider or an LLM. */
    static final String NOT_ABOUT_MISTRAL = "MR-RUN-010";

    private RunbookVerdict() {
    }

    static Outcome of(List<RunbookFile> runbooks, List<RunbookTopic> topics, WordList about, List<String> details) {
        RunbookFile main = runbooks.get(0);
        String where = main.path() + (runbooks.size() == 1 ? "" : " and " + (runbooks.size() - 1)
                + (runbooks.size() == 2 ? " more file" : " more files"));
        if (runbooks.stream().noneMatch(file -> about.isIn(file.path()) || about.isIn(file.text()))) {
            return notAboutMistral(where, main, about, details);
        }
        List<MarkdownHeading> headings = main.document().headings();
        Location anchor = Location.of(main.path(), headings.isEmpty() ? 1 : headings.get(headings.size() - 1).line());
        List<Finding> findings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        TopicContext context = new TopicContext(about);
        for (RunbookTopic topic : topics) {
            TopicCoverage.Result result = TopicCoverage.of(topic, runbooks, anchor, context);
            if (result instanceof TopicCoverage.Covered at) {
                covered.add(topic.id() + " at " + at.at());
                if (topic.id().equals("rollback") && !at.hasCommand()) {
                    findings.add(Finding.of(RunbookTopic.NO_ROLLBACK_COMMAND, Severity.WARNING, rollbackWithoutCommand(at),
                            "put the exact rollback command in a code block, e.g. `kubectl rollout undo deployment/<app>`")
                            .at(at.at()));
                }
            } else if (result instanceof TopicCoverage.EmptySection empty) {
                missing.add(topic.name());
                findings.add(Finding.of(topic.ruleId(), Severity.ERROR, "the runbook's section for " + topic.name()
                                + ", `" + empty.heading() + "`, is empty",
                        "write the steps under `" + empty.heading() + "`: how to confirm it, what to do, who to tell")
                        .at(empty.at()));
            } else if (result instanceof TopicCoverage.Missing absent) {
                missing.add(topic.name());
                findings.add(Finding.of(topic.ruleId(), Severity.ERROR, "the runbook does not cover " + topic.name()
                                + ": no heading or line names " + topic.wordsDescribed(),
                        "add a section `## " + topic.heading() + "` with how to confirm it, what to do and who to tell")
                        .at(absent.closest()));
            }
        }
        if (!covered.isEmpty()) {
            details.add("covered: " + String.join(", ", covered));
        }
        String detailText = String.join("\n", details);
        if (!missing.isEmpty()) {
            return Outcome.fail(missing.size() + " of " + topics.size() + " topics missing from " + where + ": "
                    + String.join(", ", missing), findings).withDetails(detailText);
        }
        String complete = where + " covers " + (topics.size() == 1 ? "its topic" : "all " + topics.size() + " topics");
        return (findings.isEmpty() ? Outcome.pass(complete) : Outcome.warn(complete + ", rollback without a command", findings))
                .withDetails(detailText);
    }

    private static String rollbackWithoutCommand(TopicCoverage.Covered at) {
        return at.section().startsWith("`") ? "the rollback section " + at.section() + " gives no command"
                : "the rollback steps in " + at.section() + " give no command";
    }

    private static Outcome notAboutMistral(String where, RunbookFile main, WordList about, List<String> details) {
        String summary = where + " never names Mistral, the model provider or an LLM: not the Mistral integration's runbook";
        details.add("topics not judged: no file names " + String.join(", ", about.words()));
        return Outcome.fail(summary, List.of(Finding.of(NOT_ABOUT_MISTRAL, Severity.ERROR,
                        "the runbook never names " + String.join(", ", about.words())
                                + ", so it is not the Mistral integration's runbook and its sections were not counted",
                        "say which integration the runbook is for (e.g. `# Incident runbook: chat service and the Mistral "
                                + "API`), point `paths` at that integration's runbook, or list the words it uses in `about`")
                        .at(Location.of(main.path(), 1))))
                .withDetails(String.join("\n", details));
    }
}
