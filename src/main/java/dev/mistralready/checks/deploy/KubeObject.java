package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Location;
import dev.mistralready.project.config.YamlDocuments;

/**
 * One Kubernetes object: a document of a manifest file with {@code apiVersion} and {@code kind}, or
 * an object built from a kustomize overlay, which says where each of its nodes was written.
 *
 * @param file    the file the object comes from (for a built object, its base resource's file)
 * @param root    the object
 * @param overlay the kustomization directory that built it, or empty for an object read as it is
 * @param places  where the node at a JSON Pointer (or its nearest ancestor) was written
 */
record KubeObject(String file, JsonNode root, String overlay, Places places) {

    /** Where nodes of an object were written. */
    interface Places {
        Location at(String pointer);
    }

    KubeObject(String file, YamlDocuments.Document document) {
        this(file, document.root(), "", pointer -> new Location(file, document.line(pointer), document.column(pointer)));
    }

    String kind() {
        return root().path("kind").asText("");
    }

    String name() {
        return root().path("metadata").path("name").asText("(unnamed)");
    }

    String namespace() {
        return root().path("metadata").path("namespace").asText("");
    }

    /** {@code Deployment chat-api}. */
    String shownAs() {
        return kind() + " " + name();
    }

    /** Where the node at {@code pointer} (or its nearest ancestor) is. */
    Location at(String pointer) {
        return places.at(pointer);
    }
}
