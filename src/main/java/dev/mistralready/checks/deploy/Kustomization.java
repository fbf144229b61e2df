package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Location;
import dev.mistralready.project.config.YamlDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One {@code kustomization.yaml} (or {@code .yml}, or {@code Kustomization}) as written: a
 * Kustomization or a Component.
 *
 * @param file     its path in the project, such as {@code deploy/overlays/prod/kustomization.yaml}
 * @param dir      its folder ({@code deploy/overlays/prod}; empty for the project root)
 * @param document its parsed text
 */
record Kustomization(String file, String dir, YamlDocuments.Document document) {

    static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    /** The fields that list other kustomizations or resource files. */
    static final List<String> RESOURCE_FIELDS = List.of("resources", "bases");

    static boolean isKustomizationFile(String path) {
        return FILE_NAMES.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    static String dirOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    JsonNode root() {
        return document.root();
    }

    boolean isComponent() {
        return root().path("kind").asText("").equals("Component");
    }

    /** One string entry of a list field, such as a resource, with its JSON Pointer. */
    record Entry(String value, String pointer) {
    }

    /** The string entries of a list field ({@code resources}, {@code components}, ...). */
    List<Entry> strings(String field) {
        List<Entry> entries = new ArrayList<>();
        JsonNode list = root().path(field);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isTextual()) {
                entries.add(new Entry(list.get(i).asText(), "/" + field + "/" + i));
            }
        }
        return entries;
    }

    /** The resources, including the legacy {@code bases}. */
    List<Entry> resources() {
        List<Entry> entries = new ArrayList<>();
        RESOURCE_FIELDS.forEach(field -> entries.addAll(strings(field)));
        return entries;
    }

    /** Whether an entry names something kustomize fetches: a URL or a git repository. */
    static boolean isRemote(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        return lower.contains("://") || lower.startsWith("git@") || lower.startsWith("github.com/")
                || lower.contains(".git//") || lower.contains("?ref=");
    }

    /** Where the node at {@code pointer} of this file is. */
    Location at(String pointer) {
        return new Location(file, document.line(pointer), document.column(pointer));
    }

    /** {@code deploy/overlays/prod}, or {@code .} for the project root. */
    String shownDir() {
        return dir.isEmpty() ? "." : dir;
    }
}
