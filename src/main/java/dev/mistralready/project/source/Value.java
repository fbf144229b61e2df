package dev.mistralready.project.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What an expression evaluates to, as far as {@link Bindings} can tell without running anything. */
public sealed interface Value permits Value.Text, Value.Number, Value.Nothing, Value.Mapping, Value.Unknown {

    /** A string; {@code where} is the token it is written in (a constant's definition, say). */
    record Text(String text, Token where) implements Value {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(where, "where");
        }
    }

    record Number(double number, Token where) implements Value {
        public Number {
            Objects.requireNonNull(where, "where");
        }
    }

    /** {@code null}, {@code undefined} or {@code None}: set to nothing. */
    record Nothing(Token where) implements Value {
        public Nothing {
            Objects.requireNonNull(where, "where");
        }
    }

    /**
     * An object literal, a dict or a call's keyword arguments: its entries by key, each the value's
     * expression in the same file. {@code complete} is false when a spread or computed key could add
     * entries nobody can see, so a missing key may still be set.
     */
    record Mapping(Map<String, TokenSpan> entries, boolean complete) implements Value {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<TokenSpan> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }
    }

    /** Anything else: a parameter, an environment variable, an expression; {@code source} as written. */
    record Unknown(String source) implements Value {
        public Unknown {
            Objects.requireNonNull(source, "source");
        }
    }
}
