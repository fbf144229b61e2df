package dev.mistralready.checks.runbook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Quoted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code with:} block of a {@code runbook} gate. Topic ids in {@code topics} and {@code skip}
 * are checked when the checklist is loaded.
 */
public record RunbookOptions(
        @OptionDoc(value = "where the runbook may be: files or globs relative to the project, any case (default "
                + "`*runbook*.md` and `*run-book*.md` at the root or under `docs/`, every .md under `runbooks/`, "
                + "`docs/**/runbooks/`, `docs/**/incident*/`, and `docs/**/incident*.md`, each also as .markdown, "
                + ".adoc, .rst or .txt); every file found counts, "
                + "the first is where findings point", type = "list of globs") List<String> paths,
        @OptionDoc("fail when no runbook is found (default false: the gate is skipped and says where it looked)")
        boolean required,
        @OptionDoc(value = "the words that make a heading or a line of a section cover a topic, replacing that topic's "
                + "defaults, e.g. `{rollback: [rollback, rollout undo]}`; `…` stands for up to three words; topics: "
                + "rollback, health, circuit-breaker, error-rate, auth, rate-limit, escalation",
                type = "map of topic to words") Map<String, List<String>> topics,
        @OptionDoc(value = "topics this runbook need not cover, e.g. `[circuit-breaker]`", type = "list of topics")
        List<String> skip,
        @OptionDoc(value = "the words, one of which the runbook must contain to be the Mistral integration's runbook "
                + "(default mistral, llm, model provider, language model), e.g. `[mistral, le chat]`",
                type = "list of words") List<String> about) {

    /** The extensions of the runbooks the gate reads: Markdown, AsciiDoc, reStructuredText, plain text. */
    private static final String TEXT = "{md,markdown,adoc,rst,txt}";

    /**
     * Where teams keep incident runbooks: a runbook file at the root or anywhere under {@code docs/}
     * ({@code RUNBOOK.md}, {@code docs/PRODUCTION_RUNBOOK.md}, {@code docs/ops/run-book.md}), a folder of
     * runbooks ({@code runbooks/}, {@code docs/runbooks/}, {@code docs/ops/runbooks/}), and incident
     * write-ups under {@code docs/} ({@code docs/incidents/}, {@code docs/incident-response.md}).
     */
    public static final List<String> DEFAULT_PATHS = List.of("*run{,-,_}book*." + TEXT, "docs/**/*run{,-,_}book*." + TEXT,
            "runbooks/**/*." + TEXT, "docs/**/runbooks/**/*." + TEXT, "docs/**/incident*." + TEXT,
            "docs/**/incident*/**/*." + TEXT);

    public RunbookOptions {
        paths = paths == null || paths.isEmpty() ? DEFAULT_PATHS : List.copyOf(paths);
        topics = topics == null ? Map.of() : Map.copyOf(topics);
        skip = skip == null ? List.of() : List.copyOf(skip);
        about = about == null || about.isEmpty() ? RunbookVocabulary.ABOUT : RunbookTopic.checkedWords("about", about);
        RunbookPaths.of(paths);
        for (Map.Entry<String, List<String>> entry : topics.entrySet()) {
            checkTopic("topics", entry.getKey());
            RunbookTopic.checkedWords("topics." + entry.getKey(), entry.getValue());
        }
        for (String topic : skip) {
            checkTopic("skip", topic);
        }
    }

    public static RunbookOptions defaults() {
        return new RunbookOptions(List.of(), false, Map.of(), List.of(), List.of());
    }

    public RunbookOptions withPaths(List<String> globs) {
        return new RunbookOptions(globs, required, topics, skip, about);
    }

    public RunbookOptions withRequired(boolean mustExist) {
        return new RunbookOptions(paths, mustExist, topics, skip, about);
    }

    public RunbookOptions withTopics(Map<String, List<String>> words) {
        return new RunbookOptions(paths, required, words, skip, about);
    }

    public RunbookOptions withSkip(List<String> topicIds) {
        return new RunbookOptions(paths, required, topics, topicIds, about);
    }

    public RunbookOptions withAbout(List<String> words) {
        return new RunbookOptions(paths, required, topics, skip, words);
    }

    @JsonCreator
    static RunbookOptions bind(@JsonProperty("paths") List<String> paths,
                               @JsonProperty("required") Boolean required,
                               @JsonProperty("topics") Map<String, List<String>> topics,
                               @JsonProperty("skip") List<String> skip,
                               @JsonProperty("about") List<String> about) {
        return new RunbookOptions(paths, required != null && required, topics, skip, about);
    }

    /** The words that make the runbook the Mistral integration's. */
    WordList aboutWords() {
        return new WordList(about);
    }

    /** The topics to look for, in the default order, with the gate's own words. */
    List<RunbookTopic> effectiveTopics() {
        Map<String, RunbookTopic> byId = new LinkedHashMap<>();
        for (RunbookTopic topic : RunbookVocabulary.TOPICS) {
            if (!skip.contains(topic.id())) {
                List<String> words = topics.get(topic.id());
                byId.put(topic.id(), words == null ? topic
                        : topic.withWords(RunbookTopic.checkedWords("topics." + topic.id(), words)));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static void checkTopic(String option, String topic) {
        if (!RunbookTopic.ids().contains(topic)) {
            throw new IllegalArgumentException("`" + option + "` names `" + Quoted.excerpt(topic) + "`, which is not a runbook topic "
                    + "(topics: " + String.join(", ", RunbookTopic.ids()) + ")");
        }
    }
}
