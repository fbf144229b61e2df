package dev.mistralready.project.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Evaluates the simple expressions configuration is written in, using what the same file assigns:
 * literals, a constant defined anywhere in the file ({@code const MODEL = "..."}, {@code MODEL = "..."}),
 * a template or f-string whose substitutions are such constants, an object literal or dict (spreads
 * of known objects merged), an options object built in a variable (plus {@code opts.key = v} set
 * later), a JavaScript function of the file that returns an object literal, and the default of
 * {@code process.env.X ?? "default"} or {@code os.getenv("X", "default")}.
 *
 * <p>There are no scopes: a name assigned different values in the file is {@link Value.Unknown}
 * rather than a guess.
 */
public final class Bindings {

    private static final int MAX_DEPTH = 12;

    private final SourceTokens source;
    private final Assignments assignments;
    private final DefaultValues defaults;

    private Bindings(SourceTokens source) {
        this.source = source;
        this.assignments = Assignments.of(source);
        this.defaults = new DefaultValues(source, this::resolve);
    }

    public static Bindings of(SourceTokens source) {
        return new Bindings(source);
    }

    public SourceTokens source() {
        return source;
    }

    public Value resolve(TokenSpan span) {
        return resolve(span, 0);
    }

    /** A Python call's keyword arguments as one mapping, {@code **kwargs} of known dicts merged in. */
    public Value.Mapping keywordArguments(List<Argument> arguments) {
        Map<String, TokenSpan> entries = new LinkedHashMap<>();
        boolean complete = true;
        for (Argument argument : arguments) {
            if (argument.keyword().isPresent()) {
                entries.put(argument.keyword().get(), argument.value());
            } else if (argument.spread() == Argument.Spread.KEYWORDS) {
                if (resolve(argument.value(), 1) instanceof Value.Mapping spread) {
                    entries.putAll(spread.entries());
                    complete &= spread.complete();
                } else {
                    complete = false;
                }
            }
        }
        return new Value.Mapping(entries, complete);
    }

    private Value resolve(TokenSpan span, int depth) {
        if (span.isEmpty() || depth > MAX_DEPTH) {
            return unknown(span);
        }
        int from = span.from();
        int to = span.to();
        if (source.isPunctuation(from, "(") && closesAt(from, to - 1)) {
            return resolve(new TokenSpan(from + 1, to - 1), depth + 1);
        }
        OptionalInt cast = find(span, "as", TokenKind.IDENTIFIER);
        if (cast.isPresent() && source.language() == SourceTokens.Language.JAVASCRIPT) {
            return resolve(new TokenSpan(from, cast.getAsInt()), depth + 1);
        }
        Optional<Value> fallback = defaults.fallback(span, depth);
        if (fallback.isPresent()) {
            return fallback.get();
        }
        if (span.size() == 1) {
            return single(source.get(from), span, depth);
        }
        if (span.size() == 2 && source.isKind(from + 1, TokenKind.NUMBER)
                && (source.isPunctuation(from, "-") || source.isPunctuation(from, "+"))) {
            double magnitude = number(source.get(from + 1)).orElse(Double.NaN);
            return Double.isNaN(magnitude) ? unknown(span)
                    : new Value.Number(source.isPunctuation(from, "-") ? -magnitude : magnitude, source.get(from));
        }
        if (source.isPunctuation(from, "{") && closesAt(from, to - 1)) {
            return mapping(from, depth);
        }
        if (span.size() == 3 && source.language() == SourceTokens.Language.JAVA && source.isPunctuation(from + 1, ".")
                && source.isKind(from, TokenKind.IDENTIFIER) && source.isKind(from + 2, TokenKind.IDENTIFIER)
                && assignments.declaresType(source.get(from).text())) {
            return name(source.get(from + 2).text(), depth).orElseGet(() -> unknown(span)); // Config.MODEL
        }
        if (source.isKind(from, TokenKind.IDENTIFIER) && source.isPunctuation(from + 1, "(") && closesAt(from + 1, to - 1)) {
            return call(source.get(from).text(), from + 1, span, depth);
        }
        return defaults.environmentDefault(span, depth).orElseGet(() -> unknown(span));
    }

    private Value single(Token token, TokenSpan span, int depth) {
        return switch (token.kind()) {
            case STRING -> new Value.Text(token.value(), token);
            case TEMPLATE -> template(token, depth).orElseGet(() -> unknown(span));
            case NUMBER -> number(token).<Value>map(n -> new Value.Number(n, token)).orElseGet(() -> unknown(span));
            case IDENTIFIER -> switch (token.text()) {
                case "null", "undefined", "None" -> new Value.Nothing(token);
                default -> name(token.text(), depth).orElseGet(() -> unknown(span));
            };
            default -> unknown(span);
        };
    }

    /** What a name is bound to: its one value, or the value all its assignments agree on. */
    private Optional<Value> name(String name, int depth) {
        List<TokenSpan> values = assignments.values(name);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Value first = resolve(values.get(0), depth + 1);
        for (TokenSpan other : values.subList(1, values.size())) {
            if (!sameConstant(first, resolve(other, depth + 1))) {
                return Optional.empty();
            }
        }
        Map<String, TokenSpan> setLater = assignments.properties(name);
        boolean opaque = assignments.updatedOpaquely(name);
        if (first instanceof Value.Mapping mapping && (!setLater.isEmpty() || opaque)) {
            Map<String, TokenSpan> entries = new LinkedHashMap<>(mapping.entries());
            entries.putAll(setLater);
            return Optional.of(new Value.Mapping(entries, mapping.complete() && !opaque));
        }
        return Optional.of(first);
    }

    private static boolean sameConstant(Value a, Value b) {
        if (a instanceof Value.Text x && b instanceof Value.Text y) {
            return x.text().equals(y.text());
        }
        return a instanceof Value.Number x && b instanceof Value.Number y && x.number() == y.number();
    }

    /** A template or f-string whose substitutions are constants (one name or string each). */
    private Optional<Value> template(Token token, int depth) {
        TemplateLiteral parts = token.template().orElseThrow();
        StringBuilder text = new StringBuilder(parts.texts().get(0));
        for (int i = 0; i < parts.substitutions().size(); i++) {
            List<Token> substitution = parts.substitutions().get(i);
            if (substitution.size() != 1) {
                return Optional.empty();
            }
            Token inner = substitution.get(0);
            Optional<String> value = switch (inner.kind()) {
                case STRING -> Optional.of(inner.value());
                case IDENTIFIER -> name(inner.text(), depth).flatMap(Bindings::textOf);
                default -> Optional.empty();
            };
            if (value.isEmpty()) {
                return Optional.empty();
            }
            text.append(value.get()).append(parts.texts().get(i + 1));
        }
        return Optional.of(new Value.Text(text.toString(), token));
    }

    private static Optional<String> textOf(Value value) {
        if (value instanceof Value.Text text) {
            return Optional.of(text.text());
        }
        if (value instanceof Value.Number number) {
            double n = number.number();
            return Optional.of(n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n));
        }
        return Optional.empty();
    }

    private Value mapping(int open, int depth) {
        Map<String, TokenSpan> entries = new LinkedHashMap<>();
        boolean complete = true;
        for (TokenSpan item : source.items(open)) {
            int first = item.from();
            boolean spread = source.isPunctuation(first, "...") || source.isPunctuation(first, "**");
            if (spread) {
                if (resolve(new TokenSpan(first + 1, item.to()), depth + 1) instanceof Value.Mapping inner) {
                    entries.putAll(inner.entries());
                    complete &= inner.complete();
                } else {
                    complete = false;
                }
            } else if (source.isPunctuation(first + 1, ":") && isKey(source.get(first))) {
                entries.put(source.get(first).value(), new TokenSpan(first + 2, item.to()));
            } else if (source.language() == SourceTokens.Language.JAVASCRIPT && source.isKind(first, TokenKind.IDENTIFIER)) {
                // shorthand `{ temperature }`, or a method `name() {...}`: either way the key is set
                entries.put(source.get(first).text(), item.size() == 1 ? item : new TokenSpan(first, first));
            } else {
                complete = false; // a computed key, or a dict key that is not a string
            }
        }
        return new Value.Mapping(entries, complete);
    }

    private boolean isKey(Token token) {
        return switch (token.kind()) {
            case STRING -> true;
            case IDENTIFIER, NUMBER -> source.language() == SourceTokens.Language.JAVASCRIPT;
            default -> false;
        };
    }

    /** {@code dict(model=...)} in Python; a JavaScript function of this file that returns an object. */
    private Value call(String callee, int open, TokenSpan span, int depth) {
        if (source.language() == SourceTokens.Language.PYTHON && callee.equals("dict")) {
            List<Argument> arguments = source.arguments(open);
            Value.Mapping keywords = keywordArguments(arguments);
            if (arguments.isEmpty() || !arguments.get(0).isPositional()) {
                return keywords;
            }
            // dict(base, key=value): the base's entries, overridden by the keywords
            if (!(resolve(arguments.get(0).value(), depth + 1) instanceof Value.Mapping base)) {
                return new Value.Mapping(keywords.entries(), false);
            }
            Map<String, TokenSpan> entries = new LinkedHashMap<>(base.entries());
            entries.putAll(keywords.entries());
            return new Value.Mapping(entries, base.complete() && keywords.complete());
        }
        List<TokenSpan> returned = assignments.returns(callee);
        if (returned.size() == 1) {
            return resolve(returned.get(0), depth + 1);
        }
        return unknown(span);
    }

    private boolean closesAt(int open, int close) {
        return source.closing(open).orElse(-1) == close;
    }

    private OptionalInt find(TokenSpan span, String text, TokenKind kind) {
        int index = span.from();
        while (index < span.to()) {
            if (source.isKind(index, kind) && source.get(index).text().equals(text) && index > span.from()) {
                return OptionalInt.of(index);
            }
            index = source.after(index);
        }
        return OptionalInt.empty();
    }

    private static Optional<Double> number(Token token) {
        try {
            return Optional.of(Double.parseDouble(token.value().replace("_", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Value unknown(TokenSpan span) {
        return new Value.Unknown(source.text(span));
    }
}
