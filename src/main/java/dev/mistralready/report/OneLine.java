package dev.mistralready.report;

/**
 * Fits text on one line of bounded length, for attribute values such as a failure's {@code message}
 * (Azure shows it as "Error message"; line breaks in attributes are folded to spaces by parsers anyway).
 */
final class OneLine {

    static final int MESSAGE_LIMIT = 200;

    private static final String ELLIPSIS = "…";

    private OneLine() {
    }

    /** Joins the lines of {@code text} with single spaces. */
    static String of(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ").replace('\t', ' ');
    }

    /** As {@link #of(String)}, cut to at most {@code limit} code points, ending in … when cut. */
    static String of(String text, int limit) {
        String line = of(text);
        if (line.codePointCount(0, line.length()) <= limit) {
            return line;
        }
        int end = line.offsetByCodePoints(0, limit - 1);
        return line.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
