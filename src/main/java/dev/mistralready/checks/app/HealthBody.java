package dev.mistralready.checks.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.Redaction;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The body of the app's health endpoint as the production checklist describes it:
 * {@code {"status": "healthy"|"degraded"|"unhealthy", "provider": "mistral", "latencyMs": 120, "model": …, "error": …}}.
 * {@code status} and {@code provider} must be there; the rest is shown when present.
 *
 * <p>Many apps report on several services at once and keep Mistral's health one level down
 * ({@code {"status": "ok", "services": {"mistral": {"status": "healthy", "latency_ms": 120}}}}): the
 * health JSON is then looked for at a {@link HealthPointer}, and a place whose name says Mistral
 * ({@code /services/mistral}) needs no {@code provider}. Without a pointer the root is judged, or
 * {@link HealthPointer#SERVICES_MISTRAL} when the root is not the health JSON.
 *
 * @param at        where the health JSON was found; empty for the body's root
 * @param latency   the app's own latency to Mistral as it reports it, with the field's name ({@code latency_ms 120})
 */
record HealthBody(HealthState state, String provider, Optional<HealthPointer> at, Optional<String> latency,
                  Optional<String> model, Optional<String> error) {

    static final String EXPECTED = "{\"status\": \"healthy\"|\"degraded\"|\"unhealthy\", \"provider\": \"mistral\", "
            + "\"latencyMs\": …}";

    private static final String MISTRAL = "mistral";
    private static final List<String> LATENCY_FIELDS = List.of("latencyMs", "latency_ms", "latency");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Whether the provider is Mistral, whatever its case ({@code "Mistral"}, {@code "MISTRAL"}). */
    boolean mistral() {
        return provider.trim().toLowerCase(Locale.ROOT).equals(MISTRAL);
    }

    /**
     * Reads {@code body}, at {@code pointer} when one is given. Every text it keeps is scrubbed with
     * {@code redaction} once decoded (the parser turns {@code \u0041} escapes into the secret itself) and
     * before it is cut.
     *
     * @throws UnexpectedShape saying what is wrong, for a message that goes on with what was expected
     */
    static HealthBody parse(String body, Optional<HealthPointer> pointer, Redaction redaction) throws UnexpectedShape {
        Shown shown = new Shown(redaction);
        JsonNode root = object(body);
        if (pointer.isPresent()) {
            return at(root, pointer.get(), shown);
        }
        try {
            return judged(root, Optional.empty(), shown);
        } catch (UnexpectedShape atRoot) {
            if (HealthPointer.SERVICES_MISTRAL.in(root).isMissingNode()) {
                throw atRoot;
            }
            return at(root, HealthPointer.SERVICES_MISTRAL, shown);
        }
    }

    /**
     * The {@code error} of a body that may not be the health JSON at all (a 503 from a load balancer),
     * scrubbed: the root's, else the one at {@code pointer} (or {@code /services/mistral}).
     */
    static Optional<String> errorIn(String body, Optional<HealthPointer> pointer, Redaction redaction) {
        try {
            JsonNode root = object(body);
            Shown shown = new Shown(redaction);
            JsonNode nested = pointer.orElse(HealthPointer.SERVICES_MISTRAL).in(root);
            return shown.error(root).or(() -> nested.isObject() ? shown.error(nested) : Optional.empty());
        } catch (UnexpectedShape notHealthJson) {
            return Optional.empty();
        }
    }

    private static HealthBody at(JsonNode root, HealthPointer pointer, Shown shown) throws UnexpectedShape {
        JsonNode node = pointer.in(root);
        if (node.isMissingNode()) {
            throw new UnexpectedShape("the JSON has nothing at " + pointer);
        }
        return judged(node, Optional.of(pointer), shown);
    }

    private static HealthBody judged(JsonNode node, Optional<HealthPointer> at, Shown shown) throws UnexpectedShape {
        Place place = new Place(at);
        if (node.isTextual()) {
            HealthState state = stateOf(node, place.whole(), shown);
            return new HealthBody(state, impliedProvider(place, " is only a status"), at, Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        if (!node.isObject()) {
            throw new UnexpectedShape(place.whole() + " is " + shown.node(node) + ", not an object with a `status`");
        }
        JsonNode status = node.get("status");
        if (status == null || status.isNull()) {
            throw new UnexpectedShape(place.json() + " has no `status`");
        }
        HealthState state = stateOf(status, place.field("status"), shown);
        JsonNode provider = node.get("provider");
        String named;
        if (provider == null || provider.isNull()) {
            named = impliedProvider(place, " has no `provider`");
        } else if (!provider.isTextual()) {
            throw new UnexpectedShape(place.field("provider") + " is " + shown.node(provider) + ", not text");
        } else {
            named = shown.line(provider.asText());
        }
        return new HealthBody(state, named, at, shown.latency(node), shown.text(node, "model"), shown.error(node));
    }

    /** {@code mistral} when the place names it; otherwise the JSON lacks a provider. */
    private static String impliedProvider(Place place, String problem) throws UnexpectedShape {
        if (place.at().filter(HealthPointer::namesMistral).isPresent()) {
            return MISTRAL;
        }
        throw new UnexpectedShape(place.json() + problem + (problem.contains("provider") ? "" : ", with no `provider`"));
    }

    private static HealthState stateOf(JsonNode status, String name, Shown shown) throws UnexpectedShape {
        Optional<HealthState> state = status.isTextual() ? HealthState.of(status.asText()) : Optional.empty();
        return state.orElseThrow(() -> new UnexpectedShape(name + " is " + shown.node(status) + ", not "
                + HealthState.DESCRIBED));
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

    /** How messages name the place judged and its fields: {@code the JSON}, or {@code the JSON at /services/mistral}. */
    private record Place(Optional<HealthPointer> at) {

        String json() {
            return at.map(pointer -> "the JSON at " + pointer).orElse("the JSON");
        }

        String whole() {
            return at.map(pointer -> "`" + pointer + "`").orElse("the JSON");
        }

        String field(String name) {
            return at.map(pointer -> "`" + pointer + "/" + name + "`").orElse("`" + name + "`");
        }
    }

    /** The body's decoded texts as a message shows them: scrubbed, then on one line and cut. */
    private record Shown(Redaction redaction) {

        String line(String decoded) {
            return Excerpt.of(redaction.scrub(decoded));
        }

        String node(JsonNode node) {
            return line(node.toString());
        }

        Optional<String> text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.of(line(value.isContainerNode() ? value.toString() : value.asText()))
                    .filter(line -> !line.isEmpty());
        }

        /** {@code error}, or Spring Boot's {@code details.error}. */
        Optional<String> error(JsonNode node) {
            JsonNode details = node.get("details");
            return text(node, "error").or(() -> details != null && details.isObject() ? text(details, "error")
                    : Optional.empty());
        }

        /** The first latency field present, as {@code latencyMs 120}. */
        Optional<String> latency(JsonNode node) {
            for (String field : LATENCY_FIELDS) {
                JsonNode value = node.get(field);
                if (value != null && value.isValueNode() && !value.isNull()) {
                    return Optional.of(field + " " + line(value.asText()));
                }
            }
            return Optional.empty();
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
