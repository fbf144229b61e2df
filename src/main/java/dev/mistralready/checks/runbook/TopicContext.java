package dev.mistralready.checks.runbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether a heading or line that names a topic says what to do in that incident, judged by where it
 * stands: not under a heading of plans, objectives or causes ({@link RunbookVocabulary#NOT_INCIDENT_SECTIONS}),
 * not a suggestion to build the thing ({@link RunbookVocabulary#SUGGESTION}), and, for the words that
 * count only near the provider, in a section (its heading and the lines directly under it) that names
 * the provider.
 */
final class TopicContext {

    private static final WordList NOT_INCIDENT = new WordList(RunbookVocabulary.NOT_INCIDENT_SECTIONS);
    private static final WordList INCIDENT = new WordList(RunbookVocabulary.INCIDENT_SECTIONS);
    private static final Set<String> SUGGESTION = Set.copyOf(RunbookVocabulary.SUGGESTION);
    private static final int SUGGESTION_REACH = 4;

    private final WordList provider;

    /** @param about the gate's {@code about} words, which name the provider too */
    TopicContext(WordList about) {
        List<String> words = new ArrayList<>(RunbookVocabulary.PROVIDER);
        words.addAll(about.words());
        this.provider = new WordList(words);
    }

    /** Whether heading {@code section} of the file names the topic where it counts. */
    boolean headingCovers(RunbookTopic topic, RunbookFile file, int section) {
        String heading = file.headings().get(section);
        return !isSetAside(file, section) && !isSuggestion(topic, heading) && names(topic, heading, file, section);
    }

    /** Whether prose line {@code index} of the file names the topic where it counts. */
    boolean lineCovers(RunbookTopic topic, RunbookFile file, int index) {
        String line = file.prose().get(index);
        int section = file.document().prose().get(index).section();
        if (isSetAside(file, section) || isSuggestion(topic, line)) {
            return false;
        }
        return topic.isNamedBy(line) || (topic.isNamedNearProvider(line) && namesProvider(file, section));
    }

    private boolean names(RunbookTopic topic, String heading, RunbookFile file, int section) {
        return topic.isNamedByHeading(heading) || (topic.isNamedNearProvider(heading) && namesProvider(file, section));
    }

    /** Whether the heading of the section or one it is under names a purpose other than an incident's. */
    static boolean isSetAside(RunbookFile file, int section) {
        List<MarkdownHeading> headings = file.document().headings();
        int level = Integer.MAX_VALUE;
        for (int i = section; i >= 0; i--) {
            if (headings.get(i).level() < level) {
                level = headings.get(i).level();
                String heading = file.headings().get(i);
                if (NOT_INCIDENT.isInNormalised(heading) && !INCIDENT.isInNormalised(heading)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the section's heading or a line directly under it names the provider. */
    boolean namesProvider(RunbookFile file, int section) {
        if (section >= 0 && provider.isInNormalised(file.headings().get(section))) {
            return true;
        }
        List<MarkdownDocument.Prose> prose = file.document().prose();
        for (int i = 0; i < prose.size(); i++) {
            if (prose.get(i).section() == section && provider.isInNormalised(file.prose().get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a suggestion verb stands up to a few words before any of the topic's words in the text. */
    static boolean isSuggestion(RunbookTopic topic, String normalised) {
        for (WordList list : List.of(topic.words(), topic.headingWords(), topic.providerWords())) {
            for (int start : list.startsInNormalised(normalised)) {
                List<String> before = Arrays.asList(normalised.substring(0, start).strip().split(" "));
                List<String> near = before.subList(Math.max(0, before.size() - SUGGESTION_REACH), before.size());
                if (near.stream().map(word -> word.replaceAll("[^\\p{L}]", "")).anyMatch(SUGGESTION::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
