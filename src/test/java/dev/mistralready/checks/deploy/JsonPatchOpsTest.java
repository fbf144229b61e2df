package dev.mistralready.checks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.project.config.YamlDocuments;
import org.junit.jupiter.api.Test;

/** JSON 6902 ops on trees read from YAML text. */
class JsonPatchOpsTest {

    private final NodeOrigins origins = new NodeOrigins();

    private JsonNode read(String yaml) {
        return origins.read("f.yaml", YamlDocuments.read(yaml).documents().get(0), 0, 0);
    }

    @Test
    void addsReplacesAndRemoves() {
        ObjectNode target = (ObjectNode) read("spec: {args: [a, b], replicas: 1, paused: true}\n");
        JsonNode ops = read("""
                - {op: add, path: /spec/args/-, value: c}
                - {op: add, path: /spec/args/0, value: first}
                - {op: replace, path: /spec/replicas, value: 3}
                - {op: remove, path: /spec/paused}
                """);

        assertThat(new JsonPatchOps(origins).apply(target, ops)).isEmpty();

        assertThat(target.at("/spec/args").toString()).isEqualTo("[\"first\",\"a\",\"b\",\"c\"]");
        assertThat(target.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(target.at("/spec").has("paused")).isFalse();
    }

    @Test
    void saysWhyAnOpCannotBeApplied() {
        ObjectNode target = (ObjectNode) read("spec: {replicas: 1}\n");

        assertThat(new JsonPatchOps(origins).apply(target, read("- {op: replace, path: /spec/paused, value: true}\n")))
                .contains("`replace` of `/spec/paused`, which does not exist");
    }
}
