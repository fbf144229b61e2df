package dev.mistralready.checks.app;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Quoted;
import java.util.Locale;
import java.util.Optional;

/**
 * The smoke test's second request: {@code body} with its prompt replaced by {@code second-prompt}, so
 * that an app answering both with the same text shows a canned fallback rather than the model. The
 * prompt is at {@code prompt-pointer}, or by default the text {@code content} of the last
 * {@code "role": "user"} message in {@code /messages}.
 *
 * @param body        the second request's JSON
 * @param firstPrompt the prompt of {@code body}, for messages
 */
record SecondRequest(String body, String firstPrompt, String secondPrompt) {

    public static final String DEFAULT_PROMPT = "What is 2 + 3?";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * @throws IllegalArgumentException when {@code body} has no text prompt where it is looked for, or
     *                                  the second prompt is the first
     */
    static SecondRequest derive(String body, Optional<String> promptPointer, String secondPrompt) {
        JsonNode root = parsed(body);
        JsonPointer place = promptPointer.map(SecondRequest::compiled).orElseGet(() -> lastUserContent(root));
        JsonNode prompt = root.at(place);
        if (!prompt.isTextual()) {
            throw new IllegalArgumentException("`prompt-pointer` " + place + " is " + (prompt.isMissingNode()
                    ? "not in `body`" : "not text in `body`") + "; point it at the prompt's text (such as "
                    + "/messages/0/content)");
        }
        if (secondPrompt.isBlank() || same(prompt.asText(), secondPrompt)) {
            throw new IllegalArgumentException("`second-prompt` must be a prompt other than the one in `body` (\""
                    + Quoted.excerpt(prompt.asText()) + "\"), so that an app answering both alike shows a canned answer");
        }
        JsonNode parent = root.at(place.head());
        JsonPointer last = place.last();
        if (parent instanceof ObjectNode object) {
            object.put(last.getMatchingProperty(), secondPrompt);
        } else {
            ((ArrayNode) parent).set(last.getMatchingIndex(), secondPrompt);
        }
        return new SecondRequest(root.toString(), parsed(body).at(place).asText(), secondPrompt);
    }

    /** Whether two texts are the same answer or prompt: alike but for case and spacing. */
    static boolean same(String one, String other) {
        return normal(one).equals(normal(other));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static JsonPointer lastUserContent(JsonNode root) {
        JsonNode messages = root.path("messages");
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonNode message = messages.get(i);
            if (message.path("role").asText().equalsIgnoreCase("user") && message.path("content").isTextual()) {
                return JsonPointer.compile("/messages/" + i + "/content");
            }
        }
        throw new IllegalArgumentException("`body` has no user message with text content whose prompt the second "
                + "request can change; set `prompt-pointer` to where the prompt is in `body` (such as /message or "
                + "/input)");
    }

    private static JsonPointer compiled(String text) {
        String pointer = text.trim();
        if (!pointer.startsWith("/") || pointer.equals("/")) {
            throw new IllegalArgumentException("`prompt-pointer` `" + Quoted.excerpt(pointer) + "` is not a JSON pointer "
                    + "to a part of `body`; expected one such as /messages/0/content (each step after a `/`, list "
                    + "indexes from 0)");
        }
        return JsonPointer.compile(pointer);
    }

    private static JsonNode parsed(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the body was checked to be JSON", e);
        }
    }
}
