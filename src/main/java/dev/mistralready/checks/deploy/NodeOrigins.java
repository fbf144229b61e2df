package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;
import dev.mistralready.project.config.YamlDocuments;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of the trees of one kustomize build was written: a base resource's file, a
 * patch's file (or the kustomization holding an inline patch), or the kustomization field that set
 * it. Nodes are known by identity, so a built tree can be patched, reordered and copied and still
 * say, for any JSON Pointer, which file and line put that value there.
 */
final class NodeOrigins {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Where each object and array was written. */
    private final Map<JsonNode, Location> containers = new IdentityHashMap<>();
    /** Where each field of an object was written (its key). */
    private final Map<JsonNode, Map<String, Location>> fields = new IdentityHashMap<>();

    /**
     * A copy of a document's tree whose nodes remember their place in {@code file}; an inline patch
     * is shifted by the line and column at which its text starts in the kustomization.
     */
    JsonNode read(String file, YamlDocuments.Document document, int lineShift, int columnShift) {
        return read(document.root(), "", file, document, lineShift, columnShift);
    }

    private JsonNode read(JsonNode node, String pointer, String file, YamlDocuments.Document document, int lineShift,
                          int columnShift) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            containers.put(copy, place(file, document, pointer, lineShift, columnShift));
            Map<String, Location> keys = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = YamlDocuments.child(pointer, field.getKey());
                keys.put(field.getKey(), place(file, document, child, lineShift, columnShift));
                copy.set(field.getKey(), read(field.getValue(), child, file, document, lineShift, columnShift));
            }
            fields.put(copy, keys);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            containers.put(copy, place(file, document, pointer, lineShift, columnShift));
            for (int i = 0; i < node.size(); i++) {
                copy.add(read(node.get(i), pointer + "/" + i, file, document, lineShift, columnShift));
            }
            return copy;
        }
        return node.deepCopy();
    }

    private static Location place(String file, YamlDocuments.Document document, String pointer, int lineShift,
                                  int columnShift) {
        int line = document.line(pointer);
        int column = document.column(pointer);
        return new Location(file, line + lineShift, column + columnShift);
    }

    /** A deep copy that remembers the same places as the original. */
    JsonNode copy(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            place(node).ifPresent(where -> containers.put(copy, where));
            Map<String, Location> keys = new HashMap<>(fields.getOrDefault(node, Map.of()));
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), copy(field.getValue())));
            fields.put(copy, keys);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            place(node).ifPresent(where -> containers.put(copy, where));
            node.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        return node.deepCopy();
    }

    /** Where an object or array was written. */
    Optional<Location> place(JsonNode container) {
        return Optional.ofNullable(containers.get(container));
    }

    /** Where field {@code name} of {@code object} was written. */
    Optional<Location> place(JsonNode object, String name) {
        return Optional.ofNullable(fields.getOrDefault(object, Map.of()).get(name));
    }

    /** Sets {@code object.name} to {@code value}, written at {@code where}. */
    void set(ObjectNode object, String name, JsonNode value, Location where) {
        object.set(name, value);
        fields.computeIfAbsent(object, ignored -> new HashMap<>()).put(name, where);
    }

    /** Records that a container (made by the build, not read) was written at {@code where}. */
    void made(JsonNode container, Location where) {
        containers.put(container, where);
    }

    /** The place of the deepest node on {@code pointer} whose place is known, else {@code fallback}. */
    Location locate(JsonNode root, String pointer, Location fallback) {
        Location best = place(root).orElse(fallback);
        JsonNode current = root;
        for (String token : tokens(pointer)) {
            JsonNode next;
            if (current.isObject()) {
                next = current.get(token);
                Optional<Location> key = place(current, token);
                if (key.isPresent()) {
                    best = key.get();
                } else if (next != null && place(next).isPresent()) {
                    best = place(next).get();
                }
            } else if (current.isArray() && token.matches("\\d+")) {
                next = current.get(Integer.parseInt(token));
                if (next != null && place(next).isPresent()) {
                    best = place(next).get();
                }
            } else {
                next = null;
            }
            if (next == null) {
                break;
            }
            current = next;
        }
        return best;
    }

    private static String[] tokens(String pointer) {
        if (pointer.isEmpty()) {
            return new String[0];
        }
        String[] raw = pointer.substring(1).split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw[i].replace("~1", "/").replace("~0", "~");
        }
        return raw;
    }
}
