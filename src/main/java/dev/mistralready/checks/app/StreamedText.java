package dev.mistralready.checks.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;

/**
 * The model's text assembled from a chat stream's events, in order, up to the end ({@code [DONE]},
 * or an {@code end} or {@code done} event). An event's data is read as JSON where it is JSON:
 * <ul>
 *   <li>a string is text;</li>
 *   <li>an object has its text at {@code expect-pointer} as a chunk has it: by default Mistral's and
 *       OpenAI's {@code /choices/0/delta/content}, or {@code /choices/0/message/content},
 *       {@code /choices/0/text}, the AI SDK's {@code {"type": "text-delta", "delta": …}}, or a top-level
 *       {@code content} or {@code text} (LangServe's message chunks); a list of content chunks gives
 *       their {@code text};</li>
 *   <li>an object with an {@code error}, and an {@code error} event, end the stream with that error.</li>
 * </ul>
 * Data that is not JSON is plain text.
 *
 * @param dataEvents how many events carried data (the end not counted)
 * @param ended      whether the stream reached its end before its connection closed
 * @param error      the error the stream reported, as the app wrote it
 */
record StreamedText(String text, int dataEvents, boolean ended, Optional<String> error) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final List<String> CHUNK_TEXT = List.of("/choices/0/delta/content", "/choices/0/message/content",
            "/choices/0/text", "/content", "/text");

    static StreamedText of(List<EventStream.Event> events, AnswerPointer pointer) {
        StringBuilder text = new StringBuilder();
        int data = 0;
        for (EventStream.Event event : events) {
            String payload = event.data().strip();
            if (payload.equals("[DONE]") || event.type().equals("end") || event.type().equals("done")) {
                return new StreamedText(text.toString(), data, true, Optional.empty());
            }
            if (payload.isEmpty()) {
                continue;
            }
            data++;
            Optional<JsonNode> json = json(payload);
            if (event.type().equals("error") || json.map(node -> node.hasNonNull("error")).orElse(false)) {
                return new StreamedText(text.toString(), data, false, Optional.of(errorOf(payload, json)));
            }
            if (json.isEmpty()) {
                text.append(event.data());
            } else {
                textIn(json.get(), pointer).ifPresent(text::append);
            }
        }
        return new StreamedText(text.toString(), data, false, Optional.empty());
    }

    private static Optional<String> textIn(JsonNode node, AnswerPointer pointer) {
        if (node.isTextual()) {
            return Optional.of(node.asText());
        }
        if (!pointer.equals(AnswerPointer.CHAT_COMPLETION)) {
            return textOf(pointer.in(node));
        }
        if (node.path("type").asText().equals("text-delta")) {
            return textOf(node.has("delta") ? node.get("delta") : node.path("textDelta"));
        }
        for (String place : CHUNK_TEXT) {
            Optional<String> found = textOf(node.at(place));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A string, or the {@code text} of a list of content chunks ({@code [{"type": "text", "text": …}]}). */
    private static Optional<String> textOf(JsonNode node) {
        if (node.isTextual()) {
            return Optional.of(node.asText());
        }
        if (!node.isArray()) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        boolean any = false;
        for (JsonNode part : node) {
            JsonNode text = part.isTextual() ? part : part.path("text");
            if (text.isTextual() && (part.isTextual() || part.path("type").asText("text").equals("text"))) {
                joined.append(text.asText());
                any = true;
            }
        }
        return any ? Optional.of(joined.toString()) : Optional.empty();
    }

    private static String errorOf(String payload, Optional<JsonNode> json) {
        if (json.isEmpty()) {
            return payload;
        }
        JsonNode error = json.get().hasNonNull("error") ? json.get().get("error") : json.get();
        for (JsonNode message : List.of(error.path("message"), error)) {
            if (message.isTextual()) {
                return message.asText();
            }
        }
        return error.toString();
    }

    private static Optional<JsonNode> json(String payload) {
        char first = payload.charAt(0);
        if (first != '{' && first != '[' && first != '"') {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(payload)).filter(node -> !node.isMissingNode());
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }
}
