package dev.mistralready.checks.runbook;

import java.util.List;

/**
 * One file of the runbook, read, with its headings and prose normalised once for matching.
 *
 * @param path     relative to the project, forward slashes
 * @param text     the whole file, code included
 * @param headings each heading's text as {@link WordList#normalise} leaves it, in the document's order
 * @param prose    each prose line's text likewise
 */
record RunbookFile(String path, String text, MarkdownDocument document, List<String> headings, List<String> prose) {

    RunbookFile {
        headings = List.copyOf(headings);
        prose = List.copyOf(prose);
    }

    static RunbookFile read(String path, String text) {
        MarkdownDocument document = outline(path, text);
        return new RunbookFile(path, text, document,
                document.headings().stream().map(heading -> WordList.normalise(heading.text())).toList(),
                document.prose().stream().map(line -> WordList.normalise(line.text())).toList());
    }

    /** Markdown unless the extension says AsciiDoc, reStructuredText or plain text. */
    private static MarkdownDocument outline(String path, String text) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc")) {
            return TextOutline.read(text, true);
        }
        if (lower.endsWith(".rst") || lower.endsWith(".txt")) {
            return TextOutline.read(text, false);
        }
        return MarkdownOutline.read(text);
    }

    /** The file's name without its folders or extension: {@code rate-limits} for {@code runbooks/rate-limits.md}. */
    String name() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The heading whose section this line is in ({@code -1}: before the first heading), as {@code `## Rollback`}. */
    String sectionName(int section) {
        return section < 0 ? "the text before the first heading" : "`" + document.headings().get(section).text() + "`";
    }
}
