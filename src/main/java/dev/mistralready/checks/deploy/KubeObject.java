package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Location;
import dev.mistralready.project.config.YamlDocuments;

/** One Kubernetes object: a document of a manifest file with {@code apiVersion} and {@code kind}. */
record KubeObject(String file, YamlDocuments.Document document) {

    JsonNode root() {
        return document.root();
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
        return new Location(file, document.line(pointer), document.column(pointer));
    }
}
