package dev.mistralready.mistral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The human message in an error response. The API has answered in several shapes over time,
 * so this is tolerant and never decides anything from the shape:
 * <ul>
 *   <li>{@code {"object":"error","message":"…","type":"…","code":"…"}} (documented)</li>
 *   <li>{@code {"message":"Unauthorized","request_id":"…"}}</li>
 *   <li>{@code {"detail":"Unauthorized"}}, and {@code {"detail":[{"msg":"…","loc":[…]}]}} for 422</li>
 *   <li>{@code {"message":{"detail":[…]}}} and OpenAI-style {@code {"error":{"message":"…"}}}</li>
 *   <li>a plain-text body, or none</li>
 * </ul>
 */
final class ErrorBody {

    static final int MAX_LENGTH = Excerpt.MAX_LENGTH;

    private ErrorBody() {
    }

    /**
     * The message in {@code body}, on one line and at most {@value #MAX_LENGTH} characters; empty when there is none.
     * The message is scrubbed after it is decoded, since the parser turns {@code \u0041} escapes into the secret
     * itself, and before it is cut, so no part of a secret survives the cut.
     */
    static Optional<String> message(String body, ObjectMapper json, Redaction redaction) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode root = json.readTree(body);
            Optional<String> found = root == null ? Optional.empty() : messageIn(root);
            return found.or(() -> Optional.of(body)).map(redaction::scrub).map(Excerpt::of).filter(text -> !text.isEmpty());
        } catch (JsonProcessingException notJson) {
            return Optional.of(Excerpt.of(redaction.scrub(body))).filter(text -> !text.isEmpty());
        }
    }

    private static Optional<String> messageIn(JsonNode node) {
        if (node.isTextual()) {
            return Optional.of(node.asText());
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : node) {
                messageIn(item).ifPresent(parts::add);
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        for (String field : List.of("message", "detail", "error", "msg")) {
            Optional<String> found = node.has(field) ? messageIn(node.get(field)) : Optional.empty();
            if (found.isPresent()) {
                return found.map(text -> field.equals("msg") ? withLocation(node, text) : text);
            }
        }
        return Optional.empty();
    }

    /** A validation error's {@code loc} ({@code ["body","store"]}) says which field: {@code body.store: Extra inputs…}. */
    private static String withLocation(JsonNode validationError, String message) {
        JsonNode loc = validationError.get("loc");
        if (loc == null || !loc.isArray() || loc.isEmpty()) {
            return message;
        }
        List<String> path = new ArrayList<>();
        loc.forEach(part -> path.add(part.asText()));
        return String.join(".", path) + ": " + message;
    }
}
