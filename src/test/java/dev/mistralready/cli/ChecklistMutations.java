package dev.mistralready.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random structural mutations of the bundled default checklist, from a seeded {@link Random}: a node
 * of its tree deleted, duplicated or given another type, or a line of its text deleted, repeated,
 * moved or re-indented. Every {@code run:} is first made {@code 'true'}, so a mutation that drops an
 * {@code if-exists} runs nothing but the shell's builtin.
 */
final class ChecklistMutations {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    private final String harmlessText;
    private final List<JsonNode> hostileNodes;

    ChecklistMutations(long seed, String defaultChecklist, List<HostileValues.HostileValue> hostile) {
        this.random = new Random(seed);
        this.harmlessText = defaultChecklist.replaceAll("(?m)^(\\s*run:).*$", "$1 'true'");
        this.hostileNodes = hostile.stream().map(ChecklistMutations::parsedOrNull)
                .filter(node -> node != null).toList();
    }

    /** One mutant: one to three mutations of the tree or of the text. */
    String next() {
        int mutations = 1 + random.nextInt(3);
        if (random.nextBoolean()) {
            JsonNode tree = read(harmlessText);
            for (int i = 0; i < mutations; i++) {
                tree = mutateTree(tree);
            }
            return write(tree);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(harmlessText.split("\n", -1)));
        for (int i = 0; i < mutations; i++) {
            mutateLines(lines);
        }
        return String.join("\n", lines);
    }

    private JsonNode mutateTree(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return retyped(root);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(3)) {
            case 0 -> slot.delete();
            case 1 -> slot.duplicate();
            default -> slot.replace(retyped(slot.value()));
        }
        return root;
    }

    private JsonNode retyped(JsonNode node) {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.arrayNode().add(node.deepCopy());
            case 2 -> NODES.textNode(node.toString());
            case 3 -> node.isContainerNode() && !node.isEmpty() ? node.elements().next().deepCopy() : NODES.objectNode();
            case 4 -> NODES.numberNode(4294967297L);
            default -> hostileNodes.get(random.nextInt(hostileNodes.size())).deepCopy();
        };
    }

    private void mutateLines(List<String> lines) {
        int at = random.nextInt(lines.size());
        switch (random.nextInt(4)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
            default -> lines.set(at, random.nextBoolean() ? "  " + lines.get(at) : lines.get(at).replaceFirst("^ {1,2}", ""));
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    /** A place in the tree: a key of a mapping, or an index of a list. */
    private record Slot(JsonNode parent, String key, int index) {

        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void delete() {
            if (key != null) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void duplicate() {
            if (key != null) {
                ((ObjectNode) parent).set(key + "2", value().deepCopy());
            } else {
                ((ArrayNode) parent).insert(index, value().deepCopy());
            }
        }

        void replace(JsonNode replacement) {
            if (key != null) {
                ((ObjectNode) parent).set(key, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    private static JsonNode parsedOrNull(HostileValues.HostileValue value) {
        try {
            return YAML.readTree("value: " + value.yaml()).get("value");
        } catch (IOException | RuntimeException e) {
            return null; // YAML the test's own parser refuses still reaches the CLI through the option cases
        }
    }

    private static JsonNode read(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
