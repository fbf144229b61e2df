package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;
import java.util.Optional;

/**
 * A JSON 6902 patch (a list of {@code op}/{@code path}/{@code value}) applied to one object: the
 * common ops {@code add}, {@code replace} and {@code remove}, plus {@code copy} and {@code move}.
 * A value an op sets keeps the place of that op's {@code value}, so a finding on it points at the patch.
 */
final class JsonPatchOps {

    private final NodeOrigins origins;

    JsonPatchOps(NodeOrigins origins) {
        this.origins = origins;
    }

    /** Whether a patch document is a JSON 6902 patch rather than a strategic merge patch. */
    static boolean isJsonPatch(JsonNode patch) {
        return patch.isArray() && (patch.isEmpty() || patch.get(0).has("op"));
    }

    /** Applies every op in order; the first that cannot be applied stops it and says why. */
    Optional<String> apply(ObjectNode target, JsonNode ops) {
        for (JsonNode op : ops) {
            String name = op.path("op").asText("");
            String path = op.path("path").asText("");
            Optional<String> problem = switch (name) {
                case "add" -> put(target, path, op.get("value"), place(op, "value"), true);
                case "replace" -> put(target, path, op.get("value"), place(op, "value"), false);
                case "remove" -> remove(target, path);
                case "copy", "move" -> {
                    JsonNode from = target.at(op.path("from").asText(""));
                    if (from.isMissingNode()) {
                        yield Optional.of("`" + name + "` from `" + op.path("from").asText("") + "`, which does not exist");
                    }
                    JsonNode value = origins.copy(from);
                    Optional<String> removed = name.equals("move") ? remove(target, op.path("from").asText("")) : Optional.empty();
                    yield removed.isPresent() ? removed : put(target, path, value, place(op, "path"), true);
                }
                case "test" -> target.at(path).equals(op.get("value")) ? Optional.empty()
                        : Optional.of("`test` of `" + path + "` failed");
                default -> Optional.of("op `" + name + "` is not a JSON patch op");
            };
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Location place(JsonNode op, String field) {
        return origins.place(op, field).orElse(null);
    }

    private Optional<String> put(ObjectNode target, String path, JsonNode value, Location where, boolean add) {
        if (value == null) {
            return Optional.of("`" + (add ? "add" : "replace") + "` of `" + path + "` has no `value`");
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return Optional.of("path `" + path + "` is not a JSON pointer");
        }
        JsonNode parent = target.at(path.substring(0, slash));
        String last = unescape(path.substring(slash + 1));
        JsonNode copy = origins.copy(value);
        if (parent instanceof ObjectNode object) {
            if (!add && !object.has(last)) {
                return Optional.of("`replace` of `" + path + "`, which does not exist");
            }
            if (where == null) {
                object.set(last, copy);
            } else {
                origins.set(object, last, copy, where);
            }
            return Optional.empty();
        }
        if (parent instanceof ArrayNode array) {
            if (last.equals("-") && add) {
                array.add(copy);
                markIfUnplaced(copy, where);
                return Optional.empty();
            }
            if (last.matches("\\d+") && Integer.parseInt(last) <= array.size() - (add ? 0 : 1)) {
                int index = Integer.parseInt(last);
                if (add) {
                    array.insert(index, copy);
                } else {
                    array.set(index, copy);
                }
                markIfUnplaced(copy, where);
                return Optional.empty();
            }
        }
        return Optional.of("path `" + path + "` does not exist");
    }

    private void markIfUnplaced(JsonNode node, Location where) {
        if (where != null && node.isContainerNode() && origins.place(node).isEmpty()) {
            origins.made(node, where);
        }
    }

    private static Optional<String> remove(ObjectNode target, String path) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = slash < 0 ? null : target.at(path.substring(0, slash));
        String last = slash < 0 ? "" : unescape(path.substring(slash + 1));
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.remove(last);
            return Optional.empty();
        }
        if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.remove(Integer.parseInt(last));
            return Optional.empty();
        }
        return Optional.of("`remove` of `" + path + "`, which does not exist");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
