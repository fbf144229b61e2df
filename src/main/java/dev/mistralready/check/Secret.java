package dev.mistralready.check;

import java.util.Objects;

/**
 * A secret value (an API key, a token). It redacts itself wherever it is printed by accident:
 * {@code toString()} shows at most the first four characters and the length.
 */
public final class Secret {

    private static final int SHOWN_PREFIX = 4;

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The value itself: only for sending it where it belongs, never for output. */
    public String reveal() {
        return value;
    }

    public int length() {
        return value.length();
    }

    /** {@code abcd…(32 chars)}; short values show no prefix at all. */
    public static String redact(String value) {
        int shown = value.length() >= 3 * SHOWN_PREFIX ? SHOWN_PREFIX : 0;
        return value.substring(0, shown) + "…(" + value.length() + " chars)";
    }

    @Override
    public String toString() {
        return redact(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
