package dev.mistralready.checks.runbook;

import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rules the {@code runbook} gate can report, for the rule catalogue. */
final class RunbookRuleCatalogue {

    /** Per topic id, what goes wrong in production when its section is missing. */
    private static final Map<String, String> WHY = Map.of(
            "rollback", "A failed deploy is the most common incident; when the rollback steps are not written down,"
                    + " the person on call has to work out how to return to the last good version while users see"
                    + " errors.",
            "health", "When the health check answers 503 the app is taken out of rotation; without written steps,"
                    + " the person on call has to find out under pressure whether the app or the Mistral API is"
                    + " failing, and may restart healthy pods or wait on a real outage.",
            "circuit-breaker", "While the circuit breaker is open, calls to Mistral fail fast or get the fallback;"
                    + " the person on call needs to know what users see, how to tell whether the API has recovered"
                    + " and when the breaker closes again.",
            "error-rate", "A rise in errors, such as 5xx answers from Mistral, needs a quick choice between waiting"
                    + " out a provider incident, falling back and rolling back; without written steps that choice is"
                    + " improvised.",
            "auth", "A 401 from Mistral means the key was revoked, rotated or has expired, and every request fails"
                    + " until a working key is deployed; the rotation steps have to be written down before that"
                    + " happens.",
            "rate-limit", "A 429 from Mistral means the workspace's rate limit or quota is used up and requests are"
                    + " refused until it recovers; the person on call needs to know how to confirm it, reduce traffic"
                    + " and ask for a higher limit.",
            "escalation", "When the runbook's steps do not fix the incident, the person on call needs to know whom to"
                    + " page and how to reach the provider; without an escalation path the incident waits.");

    /** Examples where a topic's words are not obvious: rate limits count only near the provider. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "rate-limit", """
                    ```markdown
                    ## Rate limits
                    Our API allows 100 requests a minute per user.
                    <!-- fixed: the provider's 429, and what to do -->
                    ## Rate limits
                    Mistral answers 429: lower the request rate, then ask for a higher limit.
                    ```""");

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (RunbookTopic topic : RunbookVocabulary.TOPICS) {
            rules.add(new Rule(topic.ruleId(), "The runbook does not cover " + topic.name(), Severity.ERROR,
                    WHY.getOrDefault(topic.id(), "When this incident happens the person on call needs the steps"
                            + " written down; without them a known problem is handled by improvising."),
                    "Add a section `## " + topic.heading() + "` (or write under the heading that names the topic)"
                            + " saying how to confirm the incident, what to do and who to tell.",
                    findsOf(topic), EXAMPLES.getOrDefault(topic.id(), "")));
        }
        rules.add(new Rule(RunbookTopic.NO_ROLLBACK_COMMAND, "The rollback steps give no command", Severity.WARNING,
                "Under pressure people mistype; a rollback written as prose has to be turned into a command at the"
                        + " worst moment, by someone who may not know the deployment's name.",
                "Put the exact rollback command in a code block, e.g. `kubectl rollout undo deployment/<app>`.",
                "The runbook covers deploy failure and rollback (MR-RUN-001 passes), but no section that names"
                        + " it, by its heading or a line in it, holds a command: no code span, fenced or indented"
                        + " code block. Reported where rollback is covered; not checked when `rollback` is in"
                        + " `skip`.",
                """
                ```markdown
                ## Deploy failed: roll back
                Roll the deployment back to the previous revision.
                <!-- fixed: give the command -->
                Run `kubectl rollout undo deployment/chat` and watch the error rate.
                ```"""));
        rules.add(new Rule(RunbookCheck.NO_RUNBOOK, "No incident runbook found", Severity.ERROR,
                "The checklist requires a runbook and none was found where the gate looked, so the person on call"
                        + " has no written steps for any incident.",
                "Write `RUNBOOK.md` with a section for each incident the checklist names (rollback, 503, circuit"
                        + " breaker, error rate, 401, 429, escalation), or point `paths` at your runbook.",
                "`required: true` and no runbook file was found where the gate looked (the default places, or"
                        + " `paths`); the finding names where it looked. With `required: false`, the default, the"
                        + " gate is skipped instead. Runbook files found but not readable (a link, binary, over"
                        + " 1 MiB) are not this rule: the gate names them and warns.",
                ""));
        rules.add(new Rule(RunbookVerdict.NOT_ABOUT_MISTRAL, "The runbook never names Mistral", Severity.ERROR,
                "A runbook that never names Mistral, the model provider or an LLM is most likely another system's,"
                        + " and its sections say nothing about this integration's incidents, so none are counted.",
                "Say which integration the runbook is for (e.g. `# Incident runbook: chat service and the Mistral"
                        + " API`), point `paths` at that integration's runbook, or list the words it uses in `about`.",
                "None of the runbook files found names an `about` word (default `mistral`, `llm`, `model"
                        + " provider`, `language model`; any case, at the start of a word) in its path or its text,"
                        + " code included. The gate then judges no topic and reports only this, at line 1 of the"
                        + " main file.",
                """
                ```markdown
                # Incident runbook: payments API
                <!-- fixed: name the integration -->
                # Incident runbook: chat service and the Mistral API
                ```"""));
        return List.copyOf(rules);
    }

    /** A topic rule's finds text, from the topic's own words, so that it says what the code looks for. */
    private static String findsOf(RunbookTopic topic) {
        StringBuilder words = new StringBuilder(quoted(topic.words().words()));
        if (!topic.headingWords().words().isEmpty()) {
            words.append("; in a heading only: ").append(quoted(topic.headingWords().words()));
        }
        if (!topic.providerWords().words().isEmpty()) {
            words.append("; in a section that names the provider: ").append(quoted(topic.providerWords().words()));
        }
        return "Nothing in the runbook's files covers " + topic.name() + " (topic `" + topic.id() + "`): no line,"
                + " and no heading with something written under it, names it (words: " + words + "); a heading that"
                + " names it with nothing under it is reported as an empty section. Code blocks,"
                + " link targets, sections of plans, objectives or causes (Future work, Prevention, Possible"
                + " causes …) and lines that only suggest building the thing do not count; the gate's `topics`"
                + " option replaces the words, and `skip` drops the topic. Reported at the empty heading, else at"
                + " a file named for the topic, else at the main file's last heading.";
    }

    private static String quoted(List<String> words) {
        return words.stream().map(word -> "`" + word + "`").collect(Collectors.joining(", "));
    }

    private RunbookRuleCatalogue() {
    }
}
