package dev.mistralready.project.source;

import java.util.List;
import java.util.Optional;

/**
 * Where configuration falls back to a default, which is the value a lint can judge: the constant on
 * the right of {@code a ?? "x"}, {@code a || "x"} or {@code a or "x"}, and the default argument of an
 * environment lookup ({@code os.getenv("X", "d")}, {@code System.getenv().getOrDefault("X", "d")}).
 */
final class DefaultValues {

    /** How {@link Bindings} evaluates a span, so that a default may itself be a constant of the file. */
    @FunctionalInterface
    interface Resolver {
        Value resolve(TokenSpan span, int depth);
    }

    private final SourceTokens source;
    private final Resolver resolver;

    DefaultValues(SourceTokens source, Resolver resolver) {
        this.source = source;
        this.resolver = resolver;
    }

    /** The right-hand side of {@code a ?? "x"}, {@code a || "x"} or {@code a or "x"}, when it is a constant. */
    Optional<Value> fallback(TokenSpan span, int depth) {
        if (source.language() == SourceTokens.Language.JAVA) {
            return Optional.empty(); // `||` is logical or in Java, never a default
        }
        String operator = source.language() == SourceTokens.Language.PYTHON ? "or" : null;
        int index = span.from();
        int last = -1;
        while (index < span.to()) {
            Token token = source.get(index);
            if (operator == null ? token.isPunctuation("??") || token.isPunctuation("||") : token.isIdentifier(operator)) {
                last = index;
            }
            index = source.after(index);
        }
        if (last < 0 || last + 1 >= span.to()) {
            return Optional.empty();
        }
        Value right = resolver.resolve(new TokenSpan(last + 1, span.to()), depth + 1);
        return right instanceof Value.Text || right instanceof Value.Number ? Optional.of(right) : Optional.of(unknown(span));
    }

    /**
     * The default of {@code os.getenv("X", "d")} or {@code os.environ.get("X", "d")} in Python, of
     * {@code System.getenv().getOrDefault("X", "d")}, {@code System.getProperty("x", "d")} or
     * {@code Optional.ofNullable(System.getenv("X")).orElse("d")} in Java.
     */
    Optional<Value> environmentDefault(TokenSpan span, int depth) {
        int close = span.to() - 1;
        if (source.language() == SourceTokens.Language.JAVASCRIPT || !source.isPunctuation(close, ")")) {
            return Optional.empty();
        }
        int open = source.opening(close).orElse(-1);
        if (source.language() == SourceTokens.Language.JAVA) {
            return javaEnvironmentDefault(span, open, depth);
        }
        boolean getenv = source.isIdentifier(open - 1, "getenv");
        boolean environGet = source.isIdentifier(open - 1, "get") && source.isIdentifier(open - 3, "environ");
        if (!getenv && !environGet) {
            return Optional.empty();
        }
        List<Argument> arguments = source.arguments(open);
        if (arguments.size() < 2 || !arguments.get(1).isPositional()) {
            return Optional.of(unknown(span));
        }
        Value fallback = resolver.resolve(arguments.get(1).value(), depth + 1);
        return Optional.of(fallback instanceof Value.Text ? fallback : unknown(span));
    }

    private Optional<Value> javaEnvironmentDefault(TokenSpan span, int open, int depth) {
        List<Argument> arguments = source.arguments(open);
        int fallbackArgument;
        if (source.isIdentifier(open - 1, "getOrDefault") && source.isPunctuation(open - 2, ".")
                && source.isPunctuation(open - 3, ")") && source.isIdentifier(source.opening(open - 3).orElse(0) - 1, "getenv")) {
            fallbackArgument = 1;
        } else if (source.isIdentifier(open - 1, "getProperty") && source.isIdentifier(open - 3, "System")) {
            fallbackArgument = 1;
        } else if (source.isIdentifier(open - 1, "orElse") && source.isPunctuation(open - 2, ".")
                && source.isPunctuation(open - 3, ")") && mentionsGetenv(source.opening(open - 3).orElse(open - 3), open - 3)) {
            fallbackArgument = 0;
        } else {
            return Optional.empty();
        }
        if (arguments.size() != fallbackArgument + 1) {
            return Optional.of(unknown(span));
        }
        Value fallback = resolver.resolve(arguments.get(fallbackArgument).value(), depth + 1);
        return Optional.of(fallback instanceof Value.Text ? fallback : unknown(span));
    }

    private boolean mentionsGetenv(int from, int to) {
        for (int i = from; i < to; i++) {
            if (source.isIdentifier(i, "getenv") || source.isIdentifier(i, "getProperty")) {
                return true;
            }
        }
        return false;
    }

    private Value unknown(TokenSpan span) {
        return new Value.Unknown(source.text(span));
    }
}
