package dev.mistralready.project.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The tokens of one source file with their brackets matched, and the readers the lints share: a
 * call's arguments and the items between a pair of brackets. Brackets that do not pair up (broken
 * or half-written code) are left unmatched rather than failing.
 */
public final class SourceTokens {

    public enum Language {
        JAVASCRIPT,
        PYTHON,
        JAVA
    }

    private final Language language;
    private final List<Token> tokens;
    private final int[] partner;

    private SourceTokens(Language language, List<Token> tokens) {
        this.language = language;
        this.tokens = tokens;
        this.partner = matchBrackets(tokens);
    }

    /** TypeScript or JavaScript source. */
    public static SourceTokens javaScript(String source) {
        return new SourceTokens(Language.JAVASCRIPT, JavaScriptLexer.tokenize(source));
    }

    public static SourceTokens python(String source) {
        return new SourceTokens(Language.PYTHON, PythonLexer.tokenize(source));
    }

    public static SourceTokens java(String source) {
        return new SourceTokens(Language.JAVA, JavaLexer.tokenize(source));
    }

    public Language language() {
        return language;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int index) {
        return tokens.get(index);
    }

    /** Whether token {@code index} exists and is this punctuation. */
    public boolean isPunctuation(int index, String text) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isPunctuation(text);
    }

    /** Whether token {@code index} exists and is this identifier (or keyword). */
    public boolean isIdentifier(int index, String name) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isIdentifier(name);
    }

    public boolean isKind(int index, TokenKind kind) {
        return index >= 0 && index < tokens.size() && tokens.get(index).kind() == kind;
    }

    /** The index of the bracket that closes the one at {@code open}, if they pair up. */
    public OptionalInt closing(int open) {
        if (open < 0 || open >= partner.length || partner[open] <= open) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(partner[open]);
    }

    /** The index of the bracket that opens the one at {@code close}, if they pair up. */
    public OptionalInt opening(int close) {
        if (close < 0 || close >= partner.length || partner[close] < 0 || partner[close] >= close) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(partner[close]);
    }

    /**
     * A call's callee as written, from token {@code from} up to the opening parenthesis at
     * {@code open}, with nested arguments shortened: {@code new MistralClient(…).chat}.
     */
    public String calleeText(int from, int open) {
        StringBuilder text = new StringBuilder();
        int index = from;
        while (index < open) {
            Token token = tokens.get(index);
            if (token.isPunctuation("(") || token.isPunctuation("[")) {
                text.append(token.isPunctuation("(") ? "(…)" : "[…]");
            } else {
                text.append(token.text()).append(token.isIdentifier("new") ? " " : "");
            }
            index = after(index);
        }
        return text.toString();
    }

    /** The index just past the expression atom at {@code index}: past its closing bracket for an opener. */
    int after(int index) {
        OptionalInt close = closing(index);
        return close.isPresent() ? close.getAsInt() + 1 : index + 1;
    }

    /**
     * The comma-separated items between the bracket at {@code open} and its partner, each without
     * the comma; a trailing comma adds no item. Empty if the bracket is unmatched.
     */
    public List<TokenSpan> items(int open) {
        OptionalInt close = closing(open);
        if (close.isEmpty()) {
            return List.of();
        }
        List<TokenSpan> items = new ArrayList<>();
        int start = open + 1;
        int index = start;
        while (index < close.getAsInt()) {
            Token token = tokens.get(index);
            if (token.isPunctuation(",")) {
                items.add(new TokenSpan(start, index));
                start = index + 1;
                index++;
            } else {
                index = after(index);
            }
        }
        if (start < close.getAsInt()) {
            items.add(new TokenSpan(start, close.getAsInt()));
        }
        items.removeIf(item -> item.isEmpty() || onlyNewlines(item));
        return items;
    }

    /** The arguments of the call whose opening parenthesis is at {@code open}. */
    public List<Argument> arguments(int open) {
        List<Argument> arguments = new ArrayList<>();
        for (TokenSpan item : items(open)) {
            arguments.add(argument(item));
        }
        return arguments;
    }

    private Argument argument(TokenSpan item) {
        int first = item.from();
        if (language == Language.JAVASCRIPT && isPunctuation(first, "...")
                || language == Language.PYTHON && isPunctuation(first, "*")) {
            return new Argument(Optional.empty(), new TokenSpan(first + 1, item.to()), Argument.Spread.POSITIONAL);
        }
        if (language == Language.PYTHON && isPunctuation(first, "**")) {
            return new Argument(Optional.empty(), new TokenSpan(first + 1, item.to()), Argument.Spread.KEYWORDS);
        }
        if (language == Language.PYTHON && isKind(first, TokenKind.IDENTIFIER) && isPunctuation(first + 1, "=")
                && item.size() > 2) {
            return new Argument(Optional.of(tokens.get(first).text()), new TokenSpan(first + 2, item.to()),
                    Argument.Spread.NONE);
        }
        return new Argument(Optional.empty(), item, Argument.Spread.NONE);
    }

    /**
     * The tokens of a span as written, for messages: {@code os.environ["MODEL"]}, with one space
     * where the source has any blank or line break between two tokens.
     */
    public String text(TokenSpan span) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (Token token : tokens.subList(span.from(), span.to())) {
            if (token.kind() == TokenKind.NEWLINE) {
                continue;
            }
            boolean adjacent = previous != null && previous.line() == token.line()
                    && previous.column() + previous.text().length() == token.column();
            if (previous != null && !adjacent) {
                text.append(' ');
            }
            text.append(token.text());
            previous = token;
        }
        return text.toString();
    }

    private boolean onlyNewlines(TokenSpan span) {
        for (int i = span.from(); i < span.to(); i++) {
            if (tokens.get(i).kind() != TokenKind.NEWLINE) {
                return false;
            }
        }
        return true;
    }

    private static int[] matchBrackets(List<Token> tokens) {
        int[] partner = new int[tokens.size()];
        Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != TokenKind.PUNCTUATION || token.text().length() != 1) {
                continue;
            }
            char c = token.text().charAt(0);
            if (c == '(' || c == '[' || c == '{') {
                open.push(i);
            } else if (c == ')' || c == ']' || c == '}') {
                char opener = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (open.stream().noneMatch(index -> tokens.get(index).text().charAt(0) == opener)) {
                    continue; // a stray closer: ignore it
                }
                while (tokens.get(open.peek()).text().charAt(0) != opener) {
                    open.pop(); // an opener never closed
                }
                int at = open.pop();
                partner[at] = i;
                partner[i] = at;
            }
        }
        return partner;
    }
}
