package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A strategic merge patch, as kustomize applies it: maps merge; the lists Kubernetes gives a merge
 * key (containers, env, volumes by {@code name}, ports by {@code containerPort}, ...) merge element
 * by element, with the patch's elements first, as kustomize orders them; other lists, and every
 * list of a custom resource (kustomize has no schema for it), are replaced; {@code $patch: delete}
 * removes an element or the object, {@code $patch: replace} replaces a map, {@code null} removes a field.
 * Every value the patch sets keeps the patch's place, so a finding on it points at the patch.
 */
final class StrategicMerge {

    static final String DIRECTIVE = "$patch";

    private final NodeOrigins origins;
    private final boolean mergeLists;

    /**
     * @param builtInKind whether the target is a built-in Kubernetes kind, whose lists have merge keys
     */
    StrategicMerge(NodeOrigins origins, boolean builtInKind) {
        this.origins = origins;
        this.mergeLists = builtInKind;
    }

    /** Whether a patch deletes the object it targets. */
    static boolean deletesObject(JsonNode patch) {
        return patch.path(DIRECTIVE).asText("").equals("delete");
    }

    /** Whether a group's kinds are Kubernetes' own (core, {@code apps}, {@code *.k8s.io}), not custom resources. */
    static boolean isBuiltInGroup(String group) {
        return group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
    }

    void merge(ObjectNode target, JsonNode patch) {
        if (patch.path(DIRECTIVE).asText("").equals("replace")) {
            target.removeAll();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                continue; // $patch, $setElementOrder/..., $retainKeys, $deleteFromPrimitiveList/...
            }
            JsonNode existing = target.get(name);
            Location where = origins.place(patch, name).orElse(null);
            if (value.isNull()) {
                target.remove(name);
            } else if (existing instanceof ObjectNode base && value.isObject() && !deletesObject(value)
                    && !value.path(DIRECTIVE).asText("").equals("replace")) {
                merge(base, value);
                keepPlace(target, name, where);
            } else if (value.isObject() && deletesObject(value)) {
                target.remove(name);
            } else if (existing instanceof ArrayNode base && value.isArray() && mergeKey(name, value) != null) {
                mergeList(base, (ArrayNode) value, mergeKey(name, value));
            } else {
                set(target, name, cleaned(value), where);
            }
        }
    }

    /** A merged map keeps its base's place, unless the base had none. */
    private void keepPlace(ObjectNode target, String name, Location where) {
        if (where != null && origins.place(target, name).isEmpty()) {
            origins.set(target, name, target.get(name), where);
        }
    }

    private void set(ObjectNode target, String name, JsonNode value, Location where) {
        if (where == null) {
            target.set(name, value);
        } else {
            origins.set(target, name, value, where);
        }
    }

    private void mergeList(ArrayNode base, ArrayNode patch, String key) {
        for (JsonNode element : patch) {
            if (element.isObject() && element.size() == 1 && element.path(DIRECTIVE).asText("").equals("replace")) {
                base.removeAll();
            }
        }
        List<JsonNode> merged = new ArrayList<>();
        List<JsonNode> remaining = new ArrayList<>();
        base.forEach(remaining::add);
        for (JsonNode element : patch) {
            if (!element.isObject() || !element.has(key)) {
                continue;
            }
            JsonNode match = null;
            for (JsonNode candidate : remaining) {
                if (candidate.path(key).equals(element.get(key))) {
                    match = candidate;
                    break;
                }
            }
            if (match != null) {
                remaining.remove(match);
            }
            if (deletesObject(element)) {
                continue;
            }
            if (match instanceof ObjectNode object && !element.path(DIRECTIVE).asText("").equals("replace")) {
                merge(object, element);
                merged.add(object);
            } else {
                merged.add(cleaned(element));
            }
        }
        merged.addAll(remaining);
        base.removeAll();
        merged.forEach(base::add);
    }

    /** The key kustomize merges a list field by, or null when the list is replaced. */
    private String mergeKey(String field, JsonNode elements) {
        if (!mergeLists) {
            return null;
        }
        return switch (field) {
            case "containers", "initContainers", "ephemeralContainers", "env", "volumes", "imagePullSecrets" -> "name";
            case "ports" -> elements.size() > 0 && elements.get(0).has("containerPort") ? "containerPort" : "port";
            case "volumeMounts" -> "mountPath";
            case "volumeDevices" -> "devicePath";
            case "hostAliases" -> "ip";
            case "topologySpreadConstraints" -> "topologyKey";
            case "conditions" -> "type";
            default -> null;
        };
    }

    /** A copy of a patch value without its directives, remembering the patch's places. */
    private JsonNode cleaned(JsonNode value) {
        JsonNode copy = origins.copy(value);
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> directives = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("$")) {
                    directives.add(name);
                }
            });
            object.remove(directives);
            object.forEach(StrategicMerge::strip);
        } else if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (deletesObject(array.get(i))) {
                    array.remove(i);
                }
            }
            array.forEach(StrategicMerge::strip);
        }
    }
}
