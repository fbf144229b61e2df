package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Location;
import dev.mistralready.project.config.YamlDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Kubernetes object: a document of a manifest file with {@code apiVersion} and {@code kind}, an
 * item of a {@code kind: List} (or {@code DeploymentList}, …) document, which {@code kubectl get -o yaml}
 * writes and {@code kubectl apply} accepts, or an object built from a kustomize overlay, which says
 * where each of its nodes was written.
 *
 * @param file     the file the object comes from, relative to the project root: the manifest, the chart
 *                 template it was rendered from, or for a built object its base resource's file
 * @param root     the object
 * @param overlay  the kustomization directory that built it, or empty for an object read as it is
 * @param places   where the node at a JSON Pointer (or its nearest ancestor) was written
 * @param rendered the file of {@code helm template}'s output it was read from, when a chart was rendered
 */
record KubeObject(String file, JsonNode root, String overlay, Places places, Optional<String> rendered) {

    /** Where nodes of an object were written. */
    interface Places {
        Location at(String pointer);
    }

    KubeObject(String file, JsonNode root, String overlay, Places places) {
        this(file, root, overlay, places, Optional.empty());
    }

    KubeObject(String file, YamlDocuments.Document document) {
        this(file, document, "", Optional.empty());
    }

    private KubeObject(String file, YamlDocuments.Document document, String pointer, Optional<String> rendered) {
        this(file, pointer.isEmpty() ? document.root() : document.root().at(pointer), "",
                at -> new Location(file, document.line(pointer + at), document.column(pointer + at)), rendered);
    }

    /** The objects of one document: the document itself, the items of a list, or none. */
    static List<KubeObject> in(String file, YamlDocuments.Document document, Optional<String> rendered) {
        JsonNode root = document.root();
        if (!isObject(root)) {
            return List.of();
        }
        if (!root.path("kind").asText("").endsWith("List") || !root.path("items").isArray()) {
            return List.of(new KubeObject(file, document, "", rendered));
        }
        List<KubeObject> items = new ArrayList<>();
        for (int i = 0; i < root.get("items").size(); i++) {
            if (isObject(root.get("items").get(i))) {
                items.add(new KubeObject(file, document, "/items/" + i, rendered));
            }
        }
        return items;
    }

    private static boolean isObject(JsonNode node) {
        return node.isObject() && node.hasNonNull("apiVersion") && node.hasNonNull("kind");
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

    /** Where the node at {@code pointer} (relative to this object, or its nearest ancestor) is. */
    Location at(String pointer) {
        return places.at(pointer);
    }
}
