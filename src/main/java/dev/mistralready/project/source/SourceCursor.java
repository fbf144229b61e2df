package dev.mistralready.project.source;

/** A position in source text that knows its line and column, for the lexers. */
final class SourceCursor {

    private final String text;
    private int position;
    private int line = 1;
    private int lineStart;

    SourceCursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return position >= text.length();
    }

    char peek() {
        return peek(0);
    }

    /** The character {@code ahead} places on, or NUL past the end. */
    char peek(int ahead) {
        int at = position + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix, position);
    }

    char next() {
        char c = text.charAt(position++);
        if (c == '\n' || c == '\r' && peek() != '\n' || c == '\u2028' || c == '\u2029') {
            line++;
            lineStart = position;
        }
        return c;
    }

    void skip(int count) {
        for (int i = 0; i < count && !atEnd(); i++) {
            next();
        }
    }

    /** Skips a {@code /* … *\/} comment; the cursor is on its {@code /*}. An unclosed one runs to the end. */
    void skipBlockComment() {
        skip(2);
        while (!atEnd() && !startsWith("*/")) {
            next();
        }
        skip(2);
    }

    /** The longest of {@code operators} at the cursor, else the single character there. */
    Token punctuation(Operators operators) {
        int line = line();
        int column = column();
        for (String candidate : operators.startingWith(peek())) {
            if (startsWith(candidate)) {
                skip(candidate.length());
                return Token.of(TokenKind.PUNCTUATION, candidate, line, column);
            }
        }
        return Token.of(TokenKind.PUNCTUATION, Operators.single(next()), line, column);
    }

    void skipToLineEnd() {
        while (!atEnd() && !isLineBreak(peek())) {
            next();
        }
    }

    /** Skips a number literal in the C family's shape: {@code 42}, {@code 0x1F}, {@code 1_000}, {@code 2.5e-3}, {@code 10n}. */
    void skipNumber() {
        boolean hex = startsWith("0x") || startsWith("0X");
        char previous = '\0';
        while (!atEnd()) {
            char c = peek();
            boolean exponentSign = !hex && (c == '+' || c == '-') && (previous == 'e' || previous == 'E');
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && !exponentSign) {
                break;
            }
            previous = next();
        }
    }

    int position() {
        return position;
    }

    int line() {
        return line;
    }

    int column() {
        return position - lineStart + 1;
    }

    String text(int from) {
        return text.substring(from, position);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
