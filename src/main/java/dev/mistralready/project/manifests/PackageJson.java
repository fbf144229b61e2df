package dev.mistralready.project.manifests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the dependencies of an npm {@code package.json}, and the package it is ({@code name}, {@code version}). */
final class PackageJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SECTIONS = List.of(
            "dependencies", "devDependencies", "peerDependencies", "optionalDependencies");

    private PackageJson() {
    }

    static Manifest read(String path, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Manifest.unreadable(path, "not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
        List<Dependency> declared = new ArrayList<>();
        Optional<Dependency> itself = Optional.empty();
        if (root != null && root.isObject()) {
            if (root.path("name").isTextual() && !root.path("name").asText().isBlank()) {
                itself = Optional.of(Dependency.itself(root.path("name").asText(),
                        VersionSpec.parse(root.path("version").asText("")), path));
            }
            for (String section : SECTIONS) {
                Iterator<Map.Entry<String, JsonNode>> entries = root.path(section).fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    declared.add(new Dependency(entry.getKey(), VersionSpec.parse(entry.getValue().asText("")), path));
                }
            }
        }
        return Manifest.of(path, declared, itself);
    }
}
