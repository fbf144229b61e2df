package dev.mistralready.checks.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.Redaction;
import java.util.Locale;
import java.util.Optional;

/**
 * The body of the app's health endpoint as the production checklist describes it:
 * {@code {"status": "healthy"|"degraded"|"unhealthy", "provider": "mistral", "latencyMs": 120, "model": …, "error": …}}.
 * {@code status} and {@code provider} must be there; the rest is shown when present.
 *
 * @param latencyMs the app's own latency to Mistral, as it reports it
 */
record HealthBody(State status, String provider, Optional<String> latencyMs, Optional<String> model,
                  Optional<String> error) {

    static final String EXPECTED = "{\"status\": \"healthy\"|\"degraded\"|\"unhealthy\", \"provider\": \"mistral\", "
            + "\"latencyMs\": …}";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The app's verdict on itself. */
    enum State {
        HEALTHY, DEGRADED, UNHEALTHY;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Reads {@code body}. Every text it keeps is scrubbed with {@code redaction} once decoded (the parser
     * turns {@code \u0041} escapes into the secret itself) and before it is cut.
     *
     * @throws UnexpectedShape saying what is wrong, for a message that goes on with what was expected
     */
    static HealthBody parse(String body, Redaction redaction) throws UnexpectedShape {
        Shown shown = new Shown(redaction);
        JsonNode root = object(body);
        JsonNode status = root.get("status");
        if (status == null || status.isNull()) {
            throw new UnexpectedShape("the JSON has no `status`");
        }
        State state = stateOf(status).orElseThrow(() -> new UnexpectedShape("`status` is " + shown.node(status)
                + ", not \"healthy\", \"degraded\" or \"unhealthy\""));
        JsonNode provider = root.get("provider");
        if (provider == null || !provider.isTextual()) {
            throw new UnexpectedShape(provider == null || provider.isNull() ? "the JSON has no `provider`"
                    : "`provider` is " + shown.node(provider) + ", not text");
        }
        return new HealthBody(state, shown.line(provider.asText()), shown.scalar(root, "latencyMs"),
                shown.text(root, "model"), shown.text(root, "error"));
    }

    /** The {@code error} of a body that may not be the health JSON at all (a 503 from a load balancer), scrubbed. */
    static Optional<String> errorIn(String body, Redaction redaction) {
        try {
            return new Shown(redaction).text(object(body), "error");
        } catch (UnexpectedShape notHealthJson) {
            return Optional.empty();
        }
    }

    private static JsonNode object(String body) throws UnexpectedShape {
        if (body.isBlank()) {
            throw new UnexpectedShape("the body is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnexpectedShape("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new UnexpectedShape("the JSON is not an object");
        }
        return root;
    }

    private static Optional<State> stateOf(JsonNode status) {
        if (!status.isTextual()) {
            return Optional.empty();
        }
        for (State state : State.values()) {
            if (state.word().equals(status.asText().trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** The body's decoded texts as a message shows them: scrubbed, then on one line and cut. */
    private record Shown(Redaction redaction) {

        String line(String decoded) {
            return Excerpt.of(redaction.scrub(decoded));
        }

        String node(JsonNode node) {
            return line(node.toString());
        }

        Optional<String> text(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            return Optional.of(line(node.isContainerNode() ? node.toString() : node.asText())).filter(line -> !line.isEmpty());
        }

        Optional<String> scalar(JsonNode root, String field) {
            JsonNode node = root.get(field);
            return node != null && node.isValueNode() && !node.isNull() ? Optional.of(line(node.asText())) : Optional.empty();
        }
    }

    /** The body is not the health JSON. */
    static final class UnexpectedShape extends Exception {
        private static final long serialVersionUID = 1L;

        UnexpectedShape(String problem) {
            super(problem);
        }
    }
}
