package dev.mistralready.checks.runbook;

/**
 * A heading of a Markdown file and its section.
 *
 * @param level      1 to 6
 * @param text       the heading's text, without the {@code #} marks or setext underline
 * @param line       1-based line of the heading (the text line of a setext heading)
 * @param hasContent whether the section, up to the next heading of the same or a higher level, has any
 *                   non-blank line besides its headings
 * @param hasCode    whether the section holds a code span, a fenced block or an indented code block
 */
record MarkdownHeading(int level, String text, int line, boolean hasContent, boolean hasCode) {
}
