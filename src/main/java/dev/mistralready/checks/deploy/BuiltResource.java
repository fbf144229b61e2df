package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One object being built by kustomize: its tree (changed in place by patches and transformers), the
 * file it was read from, and the names and namespaces it had before prefixes and namespaces were
 * applied, since patches and replica counts may name it by any of them.
 */
final class BuiltResource {

    private final ObjectNode root;
    private final String file;
    private final Location fallback;
    private final List<String> earlierNames = new ArrayList<>();
    private final List<String> earlierNamespaces = new ArrayList<>();

    BuiltResource(ObjectNode root, String file, Location fallback) {
        this.root = root;
        this.file = file;
        this.fallback = fallback;
    }

    ObjectNode root() {
        return root;
    }

    String file() {
        return file;
    }

    /** Where the object starts in its file: the place of any node whose own place is unknown. */
    Location fallback() {
        return fallback;
    }

    String kind() {
        return root.path("kind").asText("");
    }

    String name() {
        return root.path("metadata").path("name").asText("");
    }

    String namespace() {
        return root.path("metadata").path("namespace").asText("");
    }

    /** The API group, empty for the core group: {@code apps} for {@code apps/v1}. */
    String group() {
        String apiVersion = root.path("apiVersion").asText("");
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    String version() {
        String apiVersion = root.path("apiVersion").asText("");
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    /** Whether the object is or was called {@code candidate}. */
    boolean isOrWasNamed(String candidate) {
        return name().equals(candidate) || earlierNames.contains(candidate);
    }

    boolean isOrWasIn(String candidate) {
        return namespace().equals(candidate) || earlierNamespaces.contains(candidate);
    }

    void renamed(String oldName) {
        earlierNames.add(oldName);
    }

    void movedFrom(String oldNamespace) {
        earlierNamespaces.add(oldNamespace);
    }

    /** {@code Deployment frontend}. */
    String shownAs() {
        return kind() + " " + name();
    }
}
