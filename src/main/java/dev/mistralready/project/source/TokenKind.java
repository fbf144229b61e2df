package dev.mistralready.project.source;

/** What a {@link Token} is. Keywords are identifiers: the readers ask for them by name. */
public enum TokenKind {
    IDENTIFIER,
    NUMBER,
    /** A quoted string; {@link Token#value()} is its content with escapes decoded. */
    STRING,
    /** A JavaScript template literal or a Python f-string; its parts are in {@link Token#template()}. */
    TEMPLATE,
    /** A JavaScript regular expression literal such as {@code /a\/b/g}. */
    REGEX,
    /** An operator or a bracket: {@code (}, {@code ...}, {@code =>}, {@code **}. */
    PUNCTUATION,
    /** The end of a Python logical line (newlines inside brackets or after a backslash are not). */
    NEWLINE
}
