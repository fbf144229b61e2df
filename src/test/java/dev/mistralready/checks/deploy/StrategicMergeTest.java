package dev.mistralready.checks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;
import dev.mistralready.project.config.YamlDocuments;
import org.junit.jupiter.api.Test;

/** Strategic merge as kustomize does it, on trees read from YAML text. */
class StrategicMergeTest {

    private final NodeOrigins origins = new NodeOrigins();

    private JsonNode read(String file, String yaml) {
        return origins.read(file, YamlDocuments.read(yaml).documents().get(0), 0, 0);
    }

    private static final String BASE = """
            spec:
              containers:
              - name: a
                image: a:1
                env:
                - {name: X, value: "1"}
                - {name: Y, value: "2"}
              - name: b
                image: b:1
            """;

    @Test
    void putsThePatchsElementsFirstMergesByNameAndDeletes() {
        ObjectNode base = (ObjectNode) read("base.yaml", BASE);
        JsonNode patch = read("patch.yaml", """
                spec:
                  containers:
                  - name: c
                    image: c:1
                  - name: a
                    env:
                    - {name: Z, value: "3"}
                    - {name: X, $patch: delete}
                """);

        new StrategicMerge(origins, true).merge(base, patch);

        assertThat(base.at("/spec/containers").findValuesAsText("name")).containsExactly("c", "a", "Z", "Y", "b");
        assertThat(base.at("/spec/containers/1/image").asText()).isEqualTo("a:1");
        assertThat(origins.locate(base, "/spec/containers/1/env/0/value", Location.of("?", 1)))
                .isEqualTo(new Location("patch.yaml", 7, 17));
        assertThat(origins.locate(base, "/spec/containers/1/image", Location.of("?", 1)))
                .isEqualTo(new Location("base.yaml", 4, 5));
    }

    @Test
    void replacesTheListsOfACustomResourceAsKustomizeDoesWithoutASchema() {
        ObjectNode base = (ObjectNode) read("rollout.yaml", BASE);
        JsonNode patch = read("patch.yaml", """
                spec:
                  containers:
                  - name: a
                    image: a:2
                """);

        new StrategicMerge(origins, StrategicMerge.isBuiltInGroup("argoproj.io")).merge(base, patch);

        assertThat(base.at("/spec/containers").size()).isEqualTo(1);
        assertThat(base.at("/spec/containers/0").has("env")).isFalse();
    }

    @Test
    void removesAFieldSetToNull() {
        ObjectNode base = (ObjectNode) read("base.yaml", "spec: {replicas: 3, paused: true}\n");

        new StrategicMerge(origins, true).merge(base, read("patch.yaml", "spec: {paused: null}\n"));

        assertThat(base.at("/spec").has("paused")).isFalse();
        assertThat(base.at("/spec/replicas").asInt()).isEqualTo(3);
    }
}
