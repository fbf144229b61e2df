package dev.mistralready.project.source;

import java.util.Objects;
import java.util.Optional;

/**
 * One token of a source file.
 *
 * @param text     the token as written in the source
 * @param value    what it means: a string's content with escapes decoded (for a template, its texts
 *                 joined), otherwise the same as {@code text}
 * @param line     1-based
 * @param column   1-based, in characters
 * @param template the parts of a {@link TokenKind#TEMPLATE}; empty for every other kind
 */
public record Token(TokenKind kind, String text, String value, int line, int column, Optional<TemplateLiteral> template) {

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(template, "template");
    }

    static Token of(TokenKind kind, String text, int line, int column) {
        return new Token(kind, text, text, line, column, Optional.empty());
    }

    public boolean is(TokenKind expected, String expectedText) {
        return kind == expected && text.equals(expectedText);
    }

    public boolean isPunctuation(String expected) {
        return is(TokenKind.PUNCTUATION, expected);
    }

    public boolean isIdentifier(String expected) {
        return is(TokenKind.IDENTIFIER, expected);
    }

    /** A string, or a template without substitutions: text known without evaluating anything. */
    public boolean isConstantText() {
        return kind == TokenKind.STRING
                || kind == TokenKind.TEMPLATE && template.map(parts -> parts.substitutions().isEmpty()).orElse(false);
    }

    @Override
    public String toString() {
        return kind + " " + text + " @" + line + ":" + column;
    }
}
