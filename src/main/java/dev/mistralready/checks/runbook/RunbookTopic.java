package dev.mistralready.checks.runbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A situation the incident runbook must cover: its id in {@code topics:} and {@code skip:}, its
 * stable rule id, the heading suggested when it is missing, the words that say a heading or a line is
 * about it, those that say so only in a heading, and those that say so only in a section that names the
 * model provider. The defaults are {@link RunbookVocabulary#TOPICS}; a gate's own words for a topic
 * replace all three and count anywhere.
 */
record RunbookTopic(String id, String ruleId, String name, String heading, WordList words, WordList headingWords,
                    WordList providerWords) {

    /** The rule of a rollback section that names no command (no code span or code block). */
    static final String NO_ROLLBACK_COMMAND = "MR-RUN-008";

    static List<String> ids() {
        return RunbookVocabulary.TOPICS.stream().map(RunbookTopic::id).toList();
    }

    RunbookTopic withWords(List<String> replaced) {
        return new RunbookTopic(id, ruleId, name, heading, new WordList(replaced), new WordList(List.of()), new WordList(List.of()));
    }

    /** Whether a heading (or a file name), normalised as {@link WordList#normalise} does, names this topic. */
    boolean isNamedByHeading(String normalised) {
        return words.isInNormalised(normalised) || headingWords.isInNormalised(normalised);
    }

    /** Whether a file name, normalised, names this topic in any of its words: where a missing section would go. */
    boolean isNamedByFileName(String normalised) {
        return isNamedByHeading(normalised) || providerWords.isInNormalised(normalised);
    }

    /** Whether a line of prose, normalised, names this topic wherever it stands. */
    boolean isNamedBy(String normalised) {
        return words.isInNormalised(normalised);
    }

    /** Whether a heading or a line, normalised, names this topic in the words that count only near the provider. */
    boolean isNamedNearProvider(String normalised) {
        return providerWords.isInNormalised(normalised);
    }

    /**
     * The topic's words for a message: those that count anywhere, the heading-only ones, then those
     * that count only in a section naming the provider ("429, …, or, in a section that names the
     * provider, rate limit, ratelimit").
     */
    String wordsDescribed() {
        List<String> anywhere = new ArrayList<>(words.words());
        anywhere.addAll(headingWords.words());
        String described = String.join(", ", anywhere);
        if (providerWords.words().isEmpty()) {
            return described;
        }
        return described + (described.isEmpty() ? "" : ", or, ") + "in a section that names the provider, "
                + String.join(", ", providerWords.words());
    }

    /** The words given for a topic in {@code topics:} (or for {@code about:}): not empty, none blank. */
    static List<String> checkedWords(String option, List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException("`" + option + "` needs at least one word, e.g. [" + example(option) + "]");
        }
        List<String> checked = new ArrayList<>();
        for (String word : words) {
            if (!WordList.isUsable(word)) {
                throw new IllegalArgumentException("`" + option + "` has an empty word; give words a runbook "
                        + "would contain, e.g. [" + example(option) + "]");
            }
            checked.add(word.strip());
        }
        return List.copyOf(checked);
    }

    private static String example(String option) {
        return option.startsWith("topics.") ? option.substring("topics.".length()) : "mistral";
    }
}
