package dev.mistralready.project.source;

import java.util.Objects;
import java.util.Optional;

/**
 * One argument of a call: {@code x}, Python's {@code max_tokens=10}, or a spread ({@code ...opts},
 * {@code *args}, {@code **params}).
 *
 * @param keyword the name of a Python keyword argument; empty for positional ones and spreads
 * @param value   the argument's expression, without the keyword, {@code =} or spread operator
 */
public record Argument(Optional<String> keyword, TokenSpan value, Spread spread) {

    public enum Spread {
        NONE,
        /** {@code ...xs} in JavaScript, {@code *xs} in Python. */
        POSITIONAL,
        /** {@code **kwargs} in Python. */
        KEYWORDS
    }

    public Argument {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(spread, "spread");
    }

    public boolean isPositional() {
        return keyword.isEmpty() && spread == Spread.NONE;
    }
}
