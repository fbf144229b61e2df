package dev.mistralready.checks.secrets;

/**
 * What a rule marked {@code assigned} needs before its regex is worth trying: its keyword is part of
 * a name that is assigned a string. Most names with a keyword in them are not ({@code token_count = 3},
 * {@code tokenCount(x)}), and this test is many times cheaper than the regex that would say so.
 */
final class StringAssignment {

    private StringAssignment() {
    }

    /**
     * Whether a string is assigned right after {@code from}: the rest of a name ({@code [A-Za-z0-9_.-]}),
     * an optional closing quote, blanks, {@code =}, {@code :}, {@code :=} or {@code =>}, blanks, then an
     * opening quote.
     */
    static boolean follows(byte[] text, int from) {
        int i = from;
        while (i < text.length && isNameCharacter(text[i])) {
            i++;
        }
        if (i < text.length && isQuote(text[i])) {
            i++;
        }
        i = skipBlanks(text, i);
        if (i >= text.length || text[i] != '=' && text[i] != ':') {
            return false;
        }
        i++;
        if (i < text.length && (text[i - 1] == ':' && text[i] == '=' || text[i - 1] == '=' && text[i] == '>')) {
            i++;
        }
        i = skipBlanks(text, i);
        return i < text.length && isQuote(text[i]);
    }

    private static int skipBlanks(byte[] text, int from) {
        int i = from;
        while (i < text.length && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isQuote(byte b) {
        return b == '"' || b == '\'';
    }

    private static boolean isNameCharacter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '.' || b == '-';
    }
}
