package dev.mistralready.project.source;

/** Decodes the escape after a backslash in a string literal; the lexers share the common ones. */
final class StringEscapes {

    private StringEscapes() {
    }

    /**
     * Consumes the escape that follows a backslash (already consumed) and appends what it means.
     *
     * @param keepUnknown Python keeps an unknown escape as written ({@code "\d"} is backslash, d);
     *                    JavaScript drops the backslash
     */
    static void decode(SourceCursor cursor, StringBuilder out, boolean keepUnknown) {
        if (cursor.atEnd()) {
            return;
        }
        char c = cursor.next();
        switch (c) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000B');
            case '0' -> out.append('\0');
            case '\r' -> {
                if (cursor.peek() == '\n') {
                    cursor.next(); // a line continuation: nothing
                }
            }
            case '\n', '\u2028', '\u2029' -> {
                // a line continuation: nothing
            }
            case 'x' -> hex(cursor, out, 2, "\\x");
            case 'u' -> {
                if (cursor.peek() == '{') {
                    cursor.next();
                    StringBuilder digits = new StringBuilder();
                    while (!cursor.atEnd() && cursor.peek() != '}' && digits.length() < 8) {
                        digits.append(cursor.next());
                    }
                    if (cursor.peek() == '}') {
                        cursor.next();
                    }
                    appendCodePoint(out, digits.toString(), "\\u{" + digits + "}");
                } else {
                    hex(cursor, out, 4, "\\u");
                }
            }
            default -> {
                if (keepUnknown && c != '\\' && c != '\'' && c != '"') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
    }

    private static void hex(SourceCursor cursor, StringBuilder out, int length, String prefix) {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < length && Character.digit(cursor.peek(), 16) >= 0) {
            digits.append(cursor.next());
        }
        if (digits.length() < length) {
            out.append(prefix).append(digits); // malformed: keep what was written
            return;
        }
        appendCodePoint(out, digits.toString(), prefix + digits);
    }

    private static void appendCodePoint(StringBuilder out, String hexDigits, String asWritten) {
        try {
            out.appendCodePoint(Integer.parseInt(hexDigits, 16));
        } catch (IllegalArgumentException e) {
            out.append(asWritten);
        }
    }
}
