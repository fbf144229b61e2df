package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A Deployment, StatefulSet or Argo Rollout, with its pod template. */
record Workload(KubeObject object) {

    static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "Rollout");
    static final String POD_SPEC = "/spec/template/spec";

    static boolean is(KubeObject object) {
        return KINDS.contains(object.kind()) && object.root().path("spec").path("template").path("spec").isObject();
    }

    JsonNode spec() {
        return object.root().path("spec");
    }

    /** The app containers (not init containers), each with the JSON Pointer of its node. */
    List<Container> containers() {
        List<Container> containers = new ArrayList<>();
        JsonNode list = object.root().at(POD_SPEC + "/containers");
        for (int i = 0; i < list.size(); i++) {
            containers.add(new Container(list.get(i), POD_SPEC + "/containers/" + i));
        }
        return containers;
    }

    /** Whether any container is given one of the key names, by {@code env} or a Mistral {@code envFrom}. */
    boolean usesKey(List<String> keyNames) {
        return containers().stream().anyMatch(container -> !container.keyVariables(keyNames).isEmpty()
                || container.mistralEnvFrom().isPresent());
    }

    /** One container of the pod template. */
    record Container(JsonNode node, String pointer) {

        String name() {
            return node.path("name").asText("(unnamed)");
        }

        /** Indexes into {@code env} of the variables named as the key. */
        List<Integer> keyVariables(List<String> keyNames) {
            List<Integer> found = new ArrayList<>();
            JsonNode env = node.path("env");
            for (int i = 0; i < env.size(); i++) {
                if (keyNames.contains(env.get(i).path("name").asText())) {
                    found.add(i);
                }
            }
            return found;
        }

        /** The index of an {@code envFrom} entry whose secret or config map is named for Mistral. */
        java.util.Optional<Integer> mistralEnvFrom() {
            JsonNode envFrom = node.path("envFrom");
            for (int i = 0; i < envFrom.size(); i++) {
                JsonNode entry = envFrom.get(i);
                String name = entry.path("secretRef").path("name").asText(entry.path("configMapRef").path("name").asText(""));
                if (name.toLowerCase(java.util.Locale.ROOT).contains("mistral")) {
                    return java.util.Optional.of(i);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
