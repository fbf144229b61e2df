package dev.mistralready.checks.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Quoted;
import java.util.Objects;

/**
 * Where the model's text is in the smoke test's answer: a JSON pointer such as {@code /choices/0/message/content}.
 * In a stream of server-sent events it is looked for in each event's data; the default, {@link #CHAT_COMPLETION},
 * then stands for where chat streams keep it ({@code /choices/0/delta/content} and the others of
 * {@link StreamedText}), since no chunk has a {@code message}.
 */
public record AnswerPointer(String text) {

    public static final AnswerPointer CHAT_COMPLETION = new AnswerPointer("/choices/0/message/content");

    public AnswerPointer {
        Objects.requireNonNull(text, "text");
        compiled(text);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AnswerPointer parse(String text) {
        return new AnswerPointer(text.trim());
    }

    /** The node at this pointer in {@code root}; a missing node when there is none. */
    JsonNode in(JsonNode root) {
        return root.at(compiled(text));
    }

    private static JsonPointer compiled(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("`" + Quoted.excerpt(text) + "` is not a JSON pointer; expected one such as "
                    + "/choices/0/message/content (each step after a `/`, list indexes from 0)");
        }
        return JsonPointer.compile(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
