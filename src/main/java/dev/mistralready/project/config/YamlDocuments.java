package dev.mistralready.project.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every document of a YAML file (Kubernetes manifests, say) into Jackson trees while recording
 * where each key and value is, per JSON Pointer, from the parser's own token positions, as the
 * checklist reader does: lines are never found by searching the text. A file that stops parsing
 * keeps the documents completed before the error, and says what and where the error was, in words
 * that never quote the file ({@link YamlProblem}).
 */
public final class YamlDocuments {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlDocuments() {
    }

    /** One document and the positions of its nodes. */
    public static final class Document {

        private final JsonNode root;
        private final int index;
        private final Map<String, int[]> keys;
        private final Map<String, int[]> values;

        private Document(JsonNode root, int index, Map<String, int[]> keys, Map<String, int[]> values) {
            this.root = root;
            this.index = index;
            this.keys = Map.copyOf(keys);
            this.values = Map.copyOf(values);
        }

        public JsonNode root() {
            return root;
        }

        /** 0-based position of the document in its file. */
        public int index() {
            return index;
        }

        /**
         * The 1-based line of the node at {@code pointer}: its key where it has one, else its value,
         * else that of its nearest recorded ancestor.
         */
        public int line(String pointer) {
            return position(pointer)[0];
        }

        /** The 1-based column that goes with {@link #line(String)}. */
        public int column(String pointer) {
            return position(pointer)[1];
        }

        private int[] position(String pointer) {
            String current = pointer;
            while (true) {
                int[] found = keys.get(current);
                if (found == null) {
                    found = values.get(current);
                }
                if (found != null) {
                    return found;
                }
                if (current.isEmpty()) {
                    return new int[] {1, 1};
                }
                current = current.substring(0, current.lastIndexOf('/'));
            }
        }
    }

    /** The documents read, and the syntax error that stopped the reading, if one did. */
    public record Result(List<Document> documents, Optional<YamlProblem> problem) {
        public Result {
            documents = List.copyOf(documents);
        }

        /** {@code 12:3: mapping values are not allowed here}: the problem, never quoting the file. */
        public Optional<String> error() {
            return problem.map(YamlProblem::describe);
        }
    }

    public static Result read(String text) {
        List<Document> documents = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            while (parser.nextToken() != null) {
                Map<String, int[]> keys = new HashMap<>();
                Map<String, int[]> values = new HashMap<>();
                JsonNode root = readValue(parser, "", keys, values);
                documents.add(new Document(root, documents.size(), keys, values));
            }
            return new Result(documents, Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Result(documents, Optional.of(YamlProblem.of(e)));
        }
    }

    /** Appends one escaped reference token to a JSON Pointer. */
    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode readValue(JsonParser parser, String pointer, Map<String, int[]> keys,
                                      Map<String, int[]> values) throws IOException {
        values.put(pointer, positionOf(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPointer = child(pointer, name);
                    keys.put(childPointer, positionOf(parser.currentTokenLocation()));
                    parser.nextToken();
                    object.set(name, readValue(parser, childPointer, keys, values));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, pointer + "/" + array.size(), keys, values));
                }
                yield array;
            }
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(parser.getText());
        };
    }

    private static int[] positionOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new int[] {1, 1};
        }
        return new int[] {location.getLineNr(), Math.max(1, location.getColumnNr())};
    }
}
