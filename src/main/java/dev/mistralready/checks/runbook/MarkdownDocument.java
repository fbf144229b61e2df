package dev.mistralready.checks.runbook;

import java.util.List;

/**
 * A Markdown file read for the runbook gate: its headings with their sections, and its prose, the
 * lines outside code blocks that are not headings.
 *
 * @param preambleHasCode whether the lines before the first heading hold code
 */
record MarkdownDocument(List<MarkdownHeading> headings, List<Prose> prose, boolean preambleHasCode) {

    MarkdownDocument {
        headings = List.copyOf(headings);
        prose = List.copyOf(prose);
    }

    /**
     * A line of prose.
     *
     * @param line    1-based
     * @param section index in {@code headings} of the deepest heading the line is under, -1 before the first
     */
    record Prose(int line, String text, int section) {
    }

    /** Whether the section of heading {@code section} (-1: the lines before the first heading) holds code. */
    boolean hasCode(int section) {
        return section < 0 ? preambleHasCode : headings.get(section).hasCode();
    }
}
