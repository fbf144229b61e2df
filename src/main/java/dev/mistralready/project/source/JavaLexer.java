package dev.mistralready.project.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits Java source into tokens: identifiers (keywords included), numbers, strings and text
 * blocks with escapes decoded and a text block's incidental indentation stripped, character
 * literals (as {@link TokenKind#STRING} tokens, so readers need no kind of their own), and
 * punctuation; an annotation is {@code @} followed by its name. Line, block and javadoc comments
 * are dropped, so a model id in a comment is never a token. Like the other lexers it never fails:
 * an unterminated string ends at the end of the line, an unterminated text block or comment at the
 * end of the file.
 *
 * <p>A number's {@link Token#value()} is the number without its underscores and type suffix
 * ({@code 1_024L} is {@code 1024}, {@code 0.3f} is {@code 0.3}), so the readers can evaluate it;
 * its text is as written.
 */
public final class JavaLexer {

    private static final Operators PUNCTUATION = new Operators(
            ">>>=", "<<=", ">>=", "...", "->", "::", "==", "!=", "<=", ">=", "&&", "||", "++", "--",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=");

    private final SourceCursor cursor;

    private JavaLexer(String source) {
        this.cursor = new SourceCursor(source);
    }

    public static List<Token> tokenize(String source) {
        JavaLexer lexer = new JavaLexer(source);
        List<Token> tokens = new ArrayList<>();
        lexer.lex(tokens);
        return List.copyOf(tokens);
    }

    private void lex(List<Token> out) {
        while (!cursor.atEnd()) {
            char c = cursor.peek();
            if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u001A') {
                cursor.next();
            } else if (cursor.startsWith("//")) {
                cursor.skipToLineEnd();
            } else if (cursor.startsWith("/*")) {
                cursor.skipBlockComment();
            } else if (cursor.startsWith("\"\"\"")) {
                out.add(textBlock());
            } else if (c == '"' || c == '\'') {
                out.add(string(c));
            } else if (Character.isJavaIdentifierStart(c)) {
                out.add(identifier());
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(cursor.peek(1))) {
                out.add(number());
            } else {
                out.add(cursor.punctuation(PUNCTUATION));
            }
        }
    }


    /** A string or character literal; the cursor is on the opening quote. */
    private Token string(char quote) {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.next();
        StringBuilder raw = new StringBuilder();
        while (!cursor.atEnd() && cursor.peek() != quote && !SourceCursor.isLineBreak(cursor.peek())) {
            char c = cursor.next();
            raw.append(c);
            if (c == '\\' && !cursor.atEnd() && !SourceCursor.isLineBreak(cursor.peek())) {
                raw.append(cursor.next());
            }
        }
        if (cursor.peek() == quote) {
            cursor.next();
        }
        return new Token(TokenKind.STRING, cursor.text(start), decode(raw.toString()), line, column, Optional.empty());
    }

    /**
     * A text block: {@code """}, the rest of that line (blank), then the content up to the closing
     * {@code """}, with incidental indentation stripped and escapes translated as javac does.
     */
    private Token textBlock() {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.skip(3);
        cursor.skipToLineEnd();
        if (!cursor.atEnd()) {
            cursor.skip(cursor.startsWith("\r\n") ? 2 : 1);
        }
        StringBuilder raw = new StringBuilder();
        while (!cursor.atEnd() && !cursor.startsWith("\"\"\"")) {
            char c = cursor.next();
            raw.append(c);
            if (c == '\\' && !cursor.atEnd()) {
                raw.append(cursor.next());
            }
        }
        cursor.skip(3);
        String content = raw.toString().replace("\r\n", "\n").replace('\r', '\n');
        return new Token(TokenKind.STRING, cursor.text(start), decode(content.stripIndent()), line, column,
                Optional.empty());
    }

    /** Java's escapes, {@code \s} and octal ones included; malformed escapes are kept as written. */
    private static String decode(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        try {
            return unicodeEscapes(raw).translateEscapes();
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /** {@code \u0041}: javac translates these before lexing; translateEscapes() does not know them. */
    private static String unicodeEscapes(String raw) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == '\\') {
                out.append("\\\\");
                i += 2;
                continue;
            }
            int u = i + 1;
            while (c == '\\' && u < raw.length() && raw.charAt(u) == 'u') {
                u++;
            }
            if (u > i + 1 && u + 4 <= raw.length() && raw.substring(u, u + 4).chars().allMatch(d -> Character.digit(d, 16) >= 0)) {
                char decoded = (char) Integer.parseInt(raw.substring(u, u + 4), 16);
                out.append(decoded == '\\' ? "\\\\" : String.valueOf(decoded));
                i = u + 4;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private Token identifier() {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.next();
        while (!cursor.atEnd() && Character.isJavaIdentifierPart(cursor.peek()) && cursor.peek() != '\u001A') {
            cursor.next();
        }
        return Token.of(TokenKind.IDENTIFIER, cursor.text(start), line, column);
    }

    private Token number() {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.skipNumber();
        String text = cursor.text(start);
        return new Token(TokenKind.NUMBER, text, numberValue(text), line, column, Optional.empty());
    }

    /** {@code 1_024L} → {@code 1024}, {@code 0.3f} → {@code 0.3}; hexadecimal and binary are left as written. */
    private static String numberValue(String text) {
        String plain = text.replace("_", "");
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x") || lower.startsWith("0b")) {
            return lower.endsWith("l") ? plain.substring(0, plain.length() - 1) : plain;
        }
        if (lower.endsWith("l") || lower.endsWith("f") || lower.endsWith("d")) {
            return plain.substring(0, plain.length() - 1);
        }
        return plain;
    }

}
