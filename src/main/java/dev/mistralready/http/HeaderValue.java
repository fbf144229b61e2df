package dev.mistralready.http;

import dev.mistralready.check.Secret;
import java.util.Objects;
import java.util.Optional;

/** A header as sent. Every value is treated as a secret: reports never show it. */
public record HeaderValue(String name, Secret value) {

    public HeaderValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public HeaderValue(String name, String value) {
        this(name, Secret.of(value));
    }

    /** The 1-based position of the first character an HTTP header cannot carry (a tab is allowed). */
    static Optional<Integer> firstUnsendable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
