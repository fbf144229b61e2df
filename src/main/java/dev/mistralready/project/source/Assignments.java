package dev.mistralready.project.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one file assigns, found by looking at the tokens (there is no parse tree, and no scopes):
 * every {@code name = value} (declarations, reassignments, parameter defaults), every
 * {@code name.key = value} or {@code name["key"] = value}, the keys of
 * {@code name.update({...})} / {@code name.update(key=value)} in Python and of
 * {@code Object.assign(name, {...})} in JavaScript, and, in JavaScript, the expressions the
 * functions declared in the file return. A name updated with something the file does not spell out
 * ({@code name.update(other)}) is {@link #updatedOpaquely opaque}: it may hold any key.
 */
final class Assignments {

    private static final Set<String> DECLARATIONS = Set.of("const", "let", "var");
    private static final Set<String> STATEMENT_KEYWORDS = Set.of(
            "const", "let", "var", "function", "return", "if", "for", "while", "export", "import", "class", "async",
            "await", "throw", "new", "def", "from", "with", "try", "else", "elif", "del", "pass", "raise", "yield");

    private final SourceTokens source;
    private final Map<String, List<TokenSpan>> values = new HashMap<>();
    private final Map<String, Map<String, TokenSpan>> properties = new HashMap<>();
    private final Map<String, List<TokenSpan>> returns = new HashMap<>();
    private final Set<String> declaredTypes = new HashSet<>();
    private final Set<String> opaque = new HashSet<>();

    private Assignments(SourceTokens source) {
        this.source = source;
    }

    static Assignments of(SourceTokens source) {
        Assignments assignments = new Assignments(source);
        switch (source.language()) {
            case JAVASCRIPT -> assignments.scanJavaScript();
            case PYTHON -> assignments.scanPython();
            case JAVA -> assignments.scanJava();
        }
        return assignments;
    }

    List<TokenSpan> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    Map<String, TokenSpan> properties(String name) {
        return properties.getOrDefault(name, Map.of());
    }

    List<TokenSpan> returns(String function) {
        return returns.getOrDefault(function, List.of());
    }

    /** Whether the file updates {@code name} with entries it does not spell out, so any key may be set. */
    boolean updatedOpaquely(String name) {
        return opaque.contains(name);
    }

    /** Whether the file declares a class, interface, enum or record of this name (Java). */
    boolean declaresType(String name) {
        return declaredTypes.contains(name);
    }

    private void scanJavaScript() {
        for (int i = 0; i < source.size(); i++) {
            Token token = source.get(i);
            if (token.kind() != TokenKind.IDENTIFIER) {
                continue;
            }
            boolean member = source.isPunctuation(i - 1, ".") || source.isPunctuation(i - 1, "?.");
            if (token.text().equals("function") && source.isKind(i + 1, TokenKind.IDENTIFIER)) {
                functionDeclaration(source.get(i + 1).text(), i + 2);
            } else if (!member && token.text().equals("Object") && source.isPunctuation(i + 1, ".")
                    && source.isIdentifier(i + 2, "assign") && source.isPunctuation(i + 3, "(")) {
                objectAssign(i + 3);
            } else if (!member && DECLARATIONS.contains(source.get(Math.max(i - 1, 0)).text()) && i > 0
                    && source.isPunctuation(i + 1, ":")) {
                int equals = typeAnnotationEnd(i + 2);
                if (source.isPunctuation(equals, "=")) {
                    assign(token.text(), equals + 1);
                }
            } else if (!member && source.isPunctuation(i + 1, "=")) {
                assign(token.text(), i + 2);
            } else if (!member && source.isPunctuation(i + 1, ".") && source.isKind(i + 2, TokenKind.IDENTIFIER)
                    && source.isPunctuation(i + 3, "=")) {
                property(token.text(), source.get(i + 2).text(), i + 4);
            } else if (!member && source.isPunctuation(i + 1, "[") && source.isKind(i + 2, TokenKind.STRING)
                    && source.isPunctuation(i + 3, "]") && source.isPunctuation(i + 4, "=")) {
                property(token.text(), source.get(i + 2).value(), i + 5);
            }
        }
    }

    /**
     * Java: every {@code NAME = value} not reached through a dot: fields and constants
     * ({@code static final String MODEL = "..."}), locals, reassignments; and the types the file
     * declares, so {@code Config.MODEL} can be read as this file's {@code MODEL}.
     */
    private void scanJava() {
        for (int i = 0; i < source.size(); i++) {
            Token token = source.get(i);
            if (token.kind() != TokenKind.IDENTIFIER || source.isPunctuation(i - 1, ".")) {
                continue;
            }
            if (Set.of("class", "interface", "enum", "record").contains(token.text())
                    && source.isKind(i + 1, TokenKind.IDENTIFIER) && !source.isPunctuation(i - 1, "@")) {
                declaredTypes.add(source.get(i + 1).text());
            } else if (source.isPunctuation(i + 1, "=")) {
                assign(token.text(), i + 2);
            }
        }
    }

    /** From just past a {@code :} in {@code const NAME: Type = value}, the index of the {@code =}. */
    private int typeAnnotationEnd(int from) {
        int index = from;
        while (index < source.size() && !source.isPunctuation(index, "=") && !source.isPunctuation(index, ";")) {
            index = source.after(index);
        }
        return index;
    }

    private void scanPython() {
        for (int i = 0; i < source.size(); i++) {
            boolean statementStart = i == 0 || source.isKind(i - 1, TokenKind.NEWLINE) || source.isPunctuation(i - 1, ";");
            if (!statementStart || !source.isKind(i, TokenKind.IDENTIFIER)) {
                continue;
            }
            String name = source.get(i).text();
            if (source.isPunctuation(i + 1, "=")) {
                assign(name, i + 2);
            } else if (source.isPunctuation(i + 1, ":")) {
                int index = i + 2;
                while (index < source.size() && !source.isKind(index, TokenKind.NEWLINE) && !source.isPunctuation(index, "=")) {
                    index = source.after(index);
                }
                if (source.isPunctuation(index, "=")) {
                    assign(name, index + 1);
                }
            } else if (source.isPunctuation(i + 1, "[") && source.isKind(i + 2, TokenKind.STRING)
                    && source.isPunctuation(i + 3, "]") && source.isPunctuation(i + 4, "=")) {
                property(name, source.get(i + 2).value(), i + 5);
            } else if (source.isPunctuation(i + 1, ".") && source.isIdentifier(i + 2, "update")
                    && source.isPunctuation(i + 3, "(")) {
                update(name, source.arguments(i + 3));
            }
        }
    }

    /** {@code name.update({"key": value})}, {@code name.update(key=value)}; anything else makes it opaque. */
    private void update(String name, List<Argument> arguments) {
        for (Argument argument : arguments) {
            if (argument.keyword().isPresent()) {
                property(name, argument.keyword().get(), argument.value().from());
            } else if (!argument.isPositional() || !literalEntries(name, argument.value())) {
                opaque.add(name);
            }
        }
    }

    /** {@code Object.assign(name, {...}, ...)}: the literal sources' keys; any other source makes it opaque. */
    private void objectAssign(int open) {
        List<Argument> arguments = source.arguments(open);
        if (arguments.isEmpty() || arguments.get(0).value().size() != 1
                || !source.isKind(arguments.get(0).value().from(), TokenKind.IDENTIFIER)) {
            return;
        }
        String name = source.get(arguments.get(0).value().from()).text();
        for (Argument argument : arguments.subList(1, arguments.size())) {
            if (!argument.isPositional() || !literalEntries(name, argument.value())) {
                opaque.add(name);
            }
        }
    }

    /** Records a dict or object literal's keyed entries as set on {@code name}; false if it is not one, or has a spread. */
    private boolean literalEntries(String name, TokenSpan span) {
        if (span.isEmpty() || !source.isPunctuation(span.from(), "{") || source.closing(span.from()).orElse(-1) != span.to() - 1) {
            return false;
        }
        boolean all = true;
        for (TokenSpan item : source.items(span.from())) {
            Token key = source.get(item.from());
            boolean keyed = source.isPunctuation(item.from() + 1, ":") && (key.kind() == TokenKind.STRING
                    || source.language() == SourceTokens.Language.JAVASCRIPT && key.kind() == TokenKind.IDENTIFIER);
            if (keyed) {
                property(name, key.kind() == TokenKind.STRING ? key.value() : key.text(), item.from() + 2);
            } else {
                all = false;
            }
        }
        return all;
    }

    private void assign(String name, int valueStart) {
        if (valueStart >= source.size()) {
            return;
        }
        TokenSpan value = new TokenSpan(valueStart, expressionEnd(valueStart));
        values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        if (source.language() == SourceTokens.Language.JAVASCRIPT) {
            arrowFunction(name, value);
        }
    }

    private void property(String name, String key, int valueStart) {
        if (valueStart < source.size()) {
            properties.computeIfAbsent(name, ignored -> new LinkedHashMap<>())
                    .put(key, new TokenSpan(valueStart, expressionEnd(valueStart)));
        }
    }

    /** {@code function NAME(params) { body }}: from the index of the opening parenthesis. */
    private void functionDeclaration(String name, int open) {
        if (!source.isPunctuation(open, "(") || source.closing(open).isEmpty()) {
            return;
        }
        int index = source.closing(open).getAsInt() + 1;
        while (index < source.size() && !(source.isPunctuation(index, "{") && !isTypePosition(index - 1))) {
            index = source.after(index);
        }
        blockReturns(name, index);
    }

    /** Whether a brace after this token opens a type ({@code : {...}}) rather than a function body. */
    private boolean isTypePosition(int index) {
        Token token = source.get(index);
        return token.kind() == TokenKind.PUNCTUATION && Set.of(":", "|", "&", "<", ",").contains(token.text());
    }

    /** {@code NAME = (params) => expression} or {@code => { body }}, also {@code async}. */
    private void arrowFunction(String name, TokenSpan value) {
        int index = value.from();
        while (index < value.to() && !source.isPunctuation(index, "=>")) {
            index = source.after(index);
        }
        if (index + 1 >= value.to()) {
            return;
        }
        if (source.isPunctuation(index + 1, "{")) {
            blockReturns(name, index + 1);
        } else {
            returns.computeIfAbsent(name, key -> new ArrayList<>()).add(new TokenSpan(index + 1, value.to()));
        }
    }

    private void blockReturns(String name, int open) {
        if (source.closing(open).isEmpty()) {
            return;
        }
        int close = source.closing(open).getAsInt();
        for (int i = open + 1; i < close; i++) {
            if (source.isIdentifier(i, "return") && i + 1 < close) {
                returns.computeIfAbsent(name, key -> new ArrayList<>()).add(new TokenSpan(i + 1, expressionEnd(i + 1)));
            }
        }
    }

    /**
     * Where the expression starting at {@code start} ends: at a {@code ;}, {@code ,} or closing
     * bracket outside brackets, at the end of a Python logical line, or, in JavaScript, where a new
     * line starts a new statement after a complete value (automatic semicolon insertion).
     */
    int expressionEnd(int start) {
        int index = start;
        while (index < source.size()) {
            Token token = source.get(index);
            if (token.kind() == TokenKind.NEWLINE) {
                break;
            }
            if (token.kind() == TokenKind.PUNCTUATION && Set.of(";", ",", ")", "]", "}").contains(token.text())) {
                break;
            }
            if (index > start && source.language() != SourceTokens.Language.JAVA
                    && token.line() > source.get(index - 1).line() && endsValue(source.get(index - 1))
                    && startsStatement(token)) {
                break;
            }
            index = source.after(index);
        }
        return index;
    }

    private static boolean endsValue(Token token) {
        return switch (token.kind()) {
            case IDENTIFIER -> !STATEMENT_KEYWORDS.contains(token.text());
            case NUMBER, STRING, TEMPLATE, REGEX -> true;
            case PUNCTUATION -> Set.of(")", "]", "}").contains(token.text());
            case NEWLINE -> false;
        };
    }

    private static boolean startsStatement(Token token) {
        return switch (token.kind()) {
            case IDENTIFIER, NUMBER, STRING, TEMPLATE -> true;
            default -> false;
        };
    }
}
