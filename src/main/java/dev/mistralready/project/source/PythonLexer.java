package dev.mistralready.project.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits Python source into tokens: identifiers, numbers, strings (single, double and triple quoted,
 * with the {@code r}, {@code b}, {@code u} and {@code f} prefixes; escapes decoded unless raw),
 * f-strings as templates with their substitutions lexed, punctuation, and a {@link TokenKind#NEWLINE}
 * at the end of each logical line. Comments are dropped; a docstring is an ordinary string token
 * standing alone in a statement, so readers that look at call arguments never take it for one.
 * Newlines inside brackets and after a backslash continue the logical line, as in Python.
 * Indentation is not tokenised.
 */
public final class PythonLexer {

    private static final Operators PUNCTUATION = new Operators(
            "**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=", "<=", ">=", "->", ":=", "+=", "-=", "*=",
            "/=", "%=", "&=", "|=", "^=", "@=", "<<", ">>");

    private static final Set<String> STRING_PREFIXES = Set.of(
            "r", "u", "b", "f", "br", "rb", "fr", "rf");

    private final SourceCursor cursor;

    private PythonLexer(String source) {
        this.cursor = new SourceCursor(source);
    }

    public static List<Token> tokenize(String source) {
        PythonLexer lexer = new PythonLexer(source);
        List<Token> tokens = new ArrayList<>();
        lexer.lex(tokens, false);
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
            tokens.add(Token.of(TokenKind.NEWLINE, "", lexer.cursor.line(), lexer.cursor.column()));
        }
        return List.copyOf(tokens);
    }

    /** Lexes into {@code out}; inside an f-string substitution, stops before its closing brace. */
    private void lex(List<Token> out, boolean inSubstitution) {
        int depth = 0;
        while (!cursor.atEnd()) {
            char c = cursor.peek();
            if (c == '#') {
                cursor.skipToLineEnd();
            } else if (c == '\\' && SourceCursor.isLineBreak(cursor.peek(1))) {
                cursor.skip(cursor.startsWith("\\\r\n") ? 3 : 2);
            } else if (SourceCursor.isLineBreak(c)) {
                newline(out, depth > 0 || inSubstitution);
            } else if (Character.isWhitespace(c) || c == '\f' || c == '\uFEFF') {
                cursor.next();
            } else if (c == '"' || c == '\'') {
                out.add(string(cursor.line(), cursor.column(), cursor.position(), ""));
            } else if (Character.isLetter(c) || c == '_') {
                out.add(identifierOrPrefixedString());
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(cursor.peek(1))) {
                int line = cursor.line();
                int column = cursor.column();
                int start = cursor.position();
                cursor.skipNumber();
                out.add(Token.of(TokenKind.NUMBER, cursor.text(start), line, column));
            } else {
                if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0) {
                    if (inSubstitution && c == '}' && depth == 0) {
                        return;
                    }
                    depth = Math.max(0, depth - 1);
                }
                out.add(cursor.punctuation(PUNCTUATION));
            }
        }
    }

    private void newline(List<Token> out, boolean joined) {
        int line = cursor.line();
        int column = cursor.column();
        cursor.next();
        if (!joined && !out.isEmpty() && out.get(out.size() - 1).kind() != TokenKind.NEWLINE) {
            out.add(Token.of(TokenKind.NEWLINE, "", line, column));
        }
    }

    private Token identifierOrPrefixedString() {
        int line = cursor.line();
        int column = cursor.column();
        int start = cursor.position();
        while (!cursor.atEnd() && (Character.isLetterOrDigit(cursor.peek()) || cursor.peek() == '_')) {
            cursor.next();
        }
        String name = cursor.text(start);
        char after = cursor.peek();
        if ((after == '"' || after == '\'') && STRING_PREFIXES.contains(name.toLowerCase(Locale.ROOT))) {
            return string(line, column, start, name.toLowerCase(Locale.ROOT));
        }
        return Token.of(TokenKind.IDENTIFIER, name, line, column);
    }

    /** A string whose prefix (already consumed) is {@code prefix}; the cursor is on the opening quote. */
    private Token string(int line, int column, int start, String prefix) {
        boolean raw = prefix.contains("r");
        boolean formatted = prefix.contains("f");
        char quote = cursor.peek();
        boolean triple = cursor.peek(1) == quote && cursor.peek(2) == quote;
        cursor.skip(triple ? 3 : 1);
        String closing = String.valueOf(quote).repeat(triple ? 3 : 1);
        List<String> texts = new ArrayList<>();
        List<List<Token>> substitutions = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (!cursor.atEnd() && !cursor.startsWith(closing)) {
            char c = cursor.peek();
            if (!triple && SourceCursor.isLineBreak(c)) {
                break; // unterminated
            }
            cursor.next();
            if (c == '\\') {
                if (raw) {
                    text.append(c);
                    if (!cursor.atEnd()) {
                        text.append(cursor.next());
                    }
                } else {
                    StringEscapes.decode(cursor, text, true);
                }
            } else if (formatted && (c == '{' || c == '}') && cursor.peek() == c) {
                text.append(cursor.next());
            } else if (formatted && c == '{') {
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
        if (cursor.startsWith(closing)) {
            cursor.skip(closing.length());
        }
        texts.add(text.toString());
        if (!formatted) {
            return new Token(TokenKind.STRING, cursor.text(start), text.toString(), line, column, Optional.empty());
        }
        TemplateLiteral parts = new TemplateLiteral(texts, substitutions);
        return new Token(TokenKind.TEMPLATE, cursor.text(start), String.join("", texts), line, column, Optional.of(parts));
    }

}
