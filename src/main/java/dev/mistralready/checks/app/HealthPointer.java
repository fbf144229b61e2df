package dev.mistralready.checks.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Quoted;
import java.util.Locale;
import java.util.Objects;

/**
 * Where in the health endpoint's body the Mistral integration's health is: a JSON pointer such as
 * {@code /services/mistral} or {@code /components/mistral} (Spring Boot's actuator).
 */
public record HealthPointer(String text) {

    /** Where a body that reports on several services usually keeps Mistral's: tried after the root. */
    public static final HealthPointer SERVICES_MISTRAL = new HealthPointer("/services/mistral");

    public HealthPointer {
        Objects.requireNonNull(text, "text");
        compiled(text);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HealthPointer parse(String text) {
        return new HealthPointer(text.trim());
    }

    /** The node at this pointer in {@code root}; a missing node when there is none. */
    JsonNode in(JsonNode root) {
        return root.at(compiled(text));
    }

    /** Whether the last step names Mistral ({@code /services/mistral}), so the place itself says the provider. */
    boolean namesMistral() {
        String last = text.substring(text.lastIndexOf('/') + 1);
        return last.toLowerCase(Locale.ROOT).contains("mistral");
    }

    private static JsonPointer compiled(String text) {
        if (!text.startsWith("/") || text.equals("/")) {
            throw new IllegalArgumentException("`" + Quoted.excerpt(text) + "` is not a JSON pointer to a part of the "
                    + "body; expected one such as /services/mistral (each step after a `/`, list indexes from 0)");
        }
        return JsonPointer.compile(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
