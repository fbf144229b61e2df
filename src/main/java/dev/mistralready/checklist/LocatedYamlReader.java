package dev.mistralready.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a Jackson tree while recording the line and column of every key and value, which
 * Jackson's own tree drops. Syntax errors and duplicate keys become {@link ChecklistException}s.
 */
final class LocatedYamlReader {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final SourceMap sourceMap = new SourceMap();

    private LocatedYamlReader(String file) {
        this.file = file;
    }

    /** Parses {@code text}; an empty document gives a null root node. */
    static LocatedTree read(String file, String text) throws ChecklistException {
        return new LocatedYamlReader(file).readDocument(text);
    }

    private LocatedTree readDocument(String text) throws ChecklistException {
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                return new LocatedTree(NODES.nullNode(), sourceMap);
            }
            JsonNode root = readValue(parser, "");
            if (parser.nextToken() != null) {
                throw problem(parser.currentTokenLocation(), "a checklist is one YAML document; found a second one here");
            }
            return new LocatedTree(root, sourceMap);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new ChecklistException(new ChecklistProblem(file, SourcePosition.START, "cannot parse: " + e.getMessage()));
        }
    }

    private JsonNode readValue(JsonParser parser, String pointer) throws IOException, ChecklistException {
        sourceMap.recordValue(pointer, positionOf(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, pointer);
            case START_ARRAY -> readArray(parser, pointer);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(parser.getText());
        };
    }

    private ObjectNode readObject(JsonParser parser, String pointer) throws IOException, ChecklistException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String childPointer = SourceMap.child(pointer, name);
            if (object.has(name)) {
                SourcePosition first = sourceMap.keyAt(childPointer);
                throw problem(parser.currentTokenLocation(),
                        "duplicate key `" + name + "`; it is already set at line " + first.line());
            }
            sourceMap.recordKey(childPointer, positionOf(parser.currentTokenLocation()));
            parser.nextToken();
            object.set(name, readValue(parser, childPointer));
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String pointer) throws IOException, ChecklistException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, SourceMap.child(pointer, array.size())));
        }
        return array;
    }

    private ChecklistException syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            SourcePosition at = new SourcePosition(marked.getProblemMark().getLine() + 1,
                    marked.getProblemMark().getColumn() + 1);
            String message = "invalid YAML: " + marked.getProblem();
            if (marked.getContext() != null && marked.getContextMark() != null) {
                message += " (" + marked.getContext() + " that starts at line " + (marked.getContextMark().getLine() + 1) + ")";
            }
            return new ChecklistException(new ChecklistProblem(file, at, message));
        }
        return problem(e.getLocation(), "invalid YAML: " + e.getOriginalMessage());
    }

    private ChecklistException problem(JsonLocation location, String message) {
        return new ChecklistException(new ChecklistProblem(file, positionOf(location), message));
    }

    private static SourcePosition positionOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.START;
        }
        return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
