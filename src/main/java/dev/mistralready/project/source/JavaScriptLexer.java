package dev.mistralready.project.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits TypeScript or JavaScript source into tokens: identifiers, numbers, strings with escapes
 * decoded, template literals (substitutions nested to any depth), regular expression literals, and
 * punctuation. Comments and whitespace are dropped, so text in a comment is never a token. It is a
 * lexer, not a parser: it never fails, and malformed input (an unterminated string) ends at the end
 * of the line or file.
 *
 * <p>Whether {@code /} starts a regular expression is decided from the token before it, as
 * JavaScript engines do without a full parse: after a value ({@code x}, {@code 1}, {@code )},
 * {@code ]}, <code>}</code>) it divides; elsewhere, and after keywords such as {@code return}, it
 * starts a regex. JSX text is not understood.
 */
public final class JavaScriptLexer {

    private static final Operators PUNCTUATION = new Operators(
            ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
            "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
            "&=", "|=", "^=", "**", "<<", ">>");

    private static final Set<String> KEYWORDS_BEFORE_EXPRESSION = Set.of(
            "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
            "yield", "await");

    private final SourceCursor cursor;

    private JavaScriptLexer(String source) {
        this.cursor = new SourceCursor(source);
    }

    public static List<Token> tokenize(String source) {
        JavaScriptLexer lexer = new JavaScriptLexer(source);
        if (source.startsWith("#!")) {
            lexer.cursor.skipToLineEnd();
        }
        List<Token> tokens = new ArrayList<>();
        lexer.lex(tokens, false);
        return List.copyOf(tokens);
    }

    /** Lexes into {@code out}; inside a template substitution, stops before its closing brace. */
    private void lex(List<Token> out, boolean inSubstitution) {
        int braces = 0;
        while (!cursor.atEnd()) {
            char c = cursor.peek();
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
                cursor.next();
            } else if (cursor.startsWith("//")) {
                cursor.skipToLineEnd();
            } else if (cursor.startsWith("/*")) {
                cursor.skipBlockComment();
            } else if (c == '"' || c == '\'') {
                out.add(string(c));
            } else if (c == '`') {
                out.add(template());
            } else if (isIdentifierStart(c)) {
                out.add(identifier());
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(cursor.peek(1))) {
                out.add(number());
            } else if (c == '/' && regexMayStart(out)) {
                out.add(regexOrSlash());
            } else {
                if (inSubstitution && c == '}') {
                    if (braces == 0) {
                        return;
                    }
                    braces--;
                } else if (inSubstitution && c == '{') {
                    braces++;
                }
                out.add(cursor.punctuation(PUNCTUATION));
            }
        }
    }


    private Token string(char quote) {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.next();
        StringBuilder value = new StringBuilder();
        while (!cursor.atEnd() && cursor.peek() != quote && !SourceCursor.isLineBreak(cursor.peek())) {
            char c = cursor.next();
            if (c == '\\') {
                StringEscapes.decode(cursor, value, false);
            } else {
                value.append(c);
            }
        }
        if (cursor.peek() == quote) {
            cursor.next();
        }
        return new Token(TokenKind.STRING, cursor.text(start), value.toString(), line, column, Optional.empty());
    }

    private Token template() {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.next();
        List<String> texts = new ArrayList<>();
        List<List<Token>> substitutions = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (!cursor.atEnd() && cursor.peek() != '`') {
            char c = cursor.next();
            if (c == '\\') {
                StringEscapes.decode(cursor, text, false);
            } else if (c == '$' && cursor.peek() == '{') {
                cursor.next();
                texts.add(text.toString());
                text.setLength(0);
                List<Token> inner = new ArrayList<>();
                lex(inner, true);
                substitutions.add(inner);
                if (cursor.peek() == '}') {
                    cursor.next();
                }
            } else {
                text.append(c);
            }
        }
        if (cursor.peek() == '`') {
            cursor.next();
        }
        texts.add(text.toString());
        TemplateLiteral parts = new TemplateLiteral(texts, substitutions);
        return new Token(TokenKind.TEMPLATE, cursor.text(start), String.join("", texts), line, column, Optional.of(parts));
    }

    private Token identifier() {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.next();
        while (!cursor.atEnd() && isIdentifierPart(cursor.peek())) {
            cursor.next();
        }
        return Token.of(TokenKind.IDENTIFIER, cursor.text(start), line, column);
    }

    private Token number() {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.skipNumber();
        return Token.of(TokenKind.NUMBER, cursor.text(start), line, column);
    }

    private static boolean regexMayStart(List<Token> before) {
        if (before.isEmpty()) {
            return true;
        }
        Token previous = before.get(before.size() - 1);
        return switch (previous.kind()) {
            case IDENTIFIER -> KEYWORDS_BEFORE_EXPRESSION.contains(previous.text());
            case NUMBER, STRING, TEMPLATE, REGEX -> false;
            case PUNCTUATION -> !previous.text().equals(")") && !previous.text().equals("]")
                    && !previous.text().equals("}") && !previous.text().equals("++") && !previous.text().equals("--");
            case NEWLINE -> true;
        };
    }

    /** A regex literal, or a lone {@code /} when no regex ends on this line. */
    private Token regexOrSlash() {
        int end = regexEnd();
        if (end < 0) {
            return cursor.punctuation(PUNCTUATION);
        }
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        cursor.skip(end);
        while (!cursor.atEnd() && isIdentifierPart(cursor.peek())) {
            cursor.next(); // flags
        }
        return Token.of(TokenKind.REGEX, cursor.text(start), line, column);
    }

    /** How many characters the regex body takes, both slashes included, or -1 if the line ends first. */
    private int regexEnd() {
        boolean inClass = false;
        for (int ahead = 1; ; ahead++) {
            char c = cursor.peek(ahead);
            if (c == '\0' || SourceCursor.isLineBreak(c)) {
                return -1;
            }
            if (c == '\\') {
                ahead++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                return ahead + 1;
            }
        }
    }


    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '$' || c == '_' || c == '#';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '_' || c == '\u200C' || c == '\u200D';
    }
}
