package dev.mistralready.report;

/**
 * Text made safe for one cell of a GitHub-flavoured Markdown table: on one line ({@code <br>} for a line
 * break), {@code |} escaped so it does not end the cell, Markdown punctuation escaped so a file name such
 * as {@code __init__.py} is not set in bold, {@code < > &} as entities so text like {@code <slow>} is
 * shown and not taken for HTML, colour codes and other control characters dropped, and at most
 * {@value #LIMIT} characters.
 */
final class MarkdownCell {

    static final int LIMIT = 300;

    private MarkdownCell() {
    }

    static String of(String text) {
        String plain = AnsiEscapes.strip(text).strip().replace("\r\n", "\n").replace('\r', '\n');
        if (plain.codePointCount(0, plain.length()) > LIMIT) {
            plain = plain.substring(0, plain.offsetByCodePoints(0, LIMIT - 1)).stripTrailing() + "…";
        }
        StringBuilder cell = new StringBuilder(plain.length() + 16);
        plain.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> cell.append("<br>");
                case '<' -> cell.append("&lt;");
                case '>' -> cell.append("&gt;");
                case '&' -> cell.append("&amp;");
                case '\\', '|', '`', '*', '_', '[', ']', '~', '#', '!' -> cell.append('\\').appendCodePoint(c);
                default -> {
                    if (Character.isISOControl(c)) {
                        cell.append(' ');
                    } else {
                        cell.appendCodePoint(c);
                    }
                }
            }
        });
        return cell.toString();
    }
}
