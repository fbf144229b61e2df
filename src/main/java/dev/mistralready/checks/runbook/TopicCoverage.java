package dev.mistralready.checks.runbook;

import dev.mistralready.check.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the files of a runbook cover one topic, or why they do not. A heading that names the topic
 * and has something under it covers it; so does a line of prose that names it, in any section of any
 * file. Words in code blocks do not count: a {@code # rollback} there is a shell comment.
 */
final class TopicCoverage {

    private TopicCoverage() {
    }

    /** What the files say about a topic. */
    sealed interface Result permits Covered, EmptySection, Missing {
    }

    /**
     * @param at         the heading that names the topic, else the first line that does
     * @param section    the section that holds it, as {@link RunbookFile#sectionName} gives it
     * @param hasCommand whether any section that names the topic holds code (a code span or block)
     */
    record Covered(Location at, String section, boolean hasCommand) implements Result {
    }

    /** The only headings that name the topic have nothing under them; {@code at} is the first. */
    record EmptySection(Location at, String heading) implements Result {
    }

    /** Nothing names the topic; {@code closest} is a file named for it, else the main file's last heading. */
    record Missing(Location closest) implements Result {
    }

    private record Place(RunbookFile file, int section, int line) {

        Location location() {
            return Location.of(file.path(), line);
        }

        boolean hasCode() {
            return file.document().hasCode(section);
        }
    }

    static Result of(RunbookTopic topic, List<RunbookFile> files, Location mainAnchor, TopicContext context) {
        List<Place> named = new ArrayList<>();
        List<Place> empty = new ArrayList<>();
        List<Place> lines = new ArrayList<>();
        for (RunbookFile file : files) {
            List<MarkdownHeading> headings = file.document().headings();
            for (int i = 0; i < headings.size(); i++) {
                if (context.headingCovers(topic, file, i)) {
                    (headings.get(i).hasContent() ? named : empty).add(new Place(file, i, headings.get(i).line()));
                }
            }
            List<MarkdownDocument.Prose> prose = file.document().prose();
            for (int i = 0; i < prose.size(); i++) {
                if (context.lineCovers(topic, file, i)) {
                    lines.add(new Place(file, prose.get(i).section(), prose.get(i).line()));
                }
            }
        }
        Optional<Place> first = named.stream().findFirst().or(() -> lines.stream().findFirst());
        if (first.isPresent()) {
            boolean hasCommand = named.stream().anyMatch(Place::hasCode) || lines.stream().anyMatch(Place::hasCode);
            Place place = first.get();
            return new Covered(place.location(), place.file().sectionName(place.section()), hasCommand);
        }
        if (!empty.isEmpty()) {
            Place place = empty.get(0);
            return new EmptySection(place.location(), place.file().document().headings().get(place.section()).text());
        }
        return new Missing(files.stream().filter(file -> topic.isNamedByFileName(WordList.normalise(file.name()))).findFirst()
                .map(file -> Location.of(file.path(), 1)).orElse(mainAnchor));
    }
}
