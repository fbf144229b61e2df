package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.project.config.YamlDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The patches one kustomization lists, read into trees that remember their places: files named by
 * {@code path:} (or by the legacy {@code patchesStrategicMerge} list), and inline {@code patch:}
 * text, whose lines are those of the kustomization itself.
 */
final class PatchSources {

    /** One patch entry: its documents, its {@code target} if it has one, and where it is written. */
    record Patch(List<JsonNode> documents, Optional<PatchTarget> target, Location at, String shownAs) {
    }

    private final KustomizeFiles files;
    private final NodeOrigins origins;
    private final Kustomization kustomization;
    private final Set<String> used;
    private final List<Finding> problems;

    PatchSources(KustomizeFiles files, NodeOrigins origins, Kustomization kustomization, Set<String> used,
                 List<Finding> problems) {
        this.files = files;
        this.origins = origins;
        this.kustomization = kustomization;
        this.used = used;
        this.problems = problems;
    }

    /** The file paths a kustomization names as patches, resolved in the project. */
    static List<String> patchFiles(KustomizeFiles files, Kustomization kustomization) {
        List<String> paths = new ArrayList<>();
        for (String field : List.of("patches", "patchesJson6902")) {
            JsonNode list = kustomization.root().path(field);
            for (JsonNode entry : list) {
                if (entry.path("path").isTextual()) {
                    files.resolve(kustomization.dir(), entry.path("path").asText()).ifPresent(paths::add);
                }
            }
        }
        for (Kustomization.Entry entry : kustomization.strings("patchesStrategicMerge")) {
            if (!entry.value().contains("\n")) {
                files.resolve(kustomization.dir(), entry.value()).ifPresent(paths::add);
            }
        }
        return paths;
    }

    List<Patch> strategicMerge() throws IOException {
        List<Patch> patches = new ArrayList<>();
        for (Kustomization.Entry entry : kustomization.strings("patchesStrategicMerge")) {
            if (entry.value().contains("\n")) {
                inline(entry.value(), entry.pointer(), Optional.empty()).ifPresent(patches::add);
            } else {
                file(entry.value(), entry.pointer(), Optional.empty()).ifPresent(patches::add);
            }
        }
        return patches;
    }

    List<Patch> patches() throws IOException {
        return entries("patches");
    }

    List<Patch> json6902() throws IOException {
        return entries("patchesJson6902");
    }

    private List<Patch> entries(String field) throws IOException {
        List<Patch> patches = new ArrayList<>();
        JsonNode list = kustomization.root().path(field);
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String pointer = "/" + field + "/" + i;
            Optional<PatchTarget> target = entry.path("target").isObject()
                    ? Optional.of(PatchTarget.of(entry.path("target"))) : Optional.empty();
            if (entry.path("path").isTextual()) {
                file(entry.path("path").asText(), pointer + "/path", target).ifPresent(patches::add);
            } else if (entry.path("patch").isTextual()) {
                inline(entry.path("patch").asText(), pointer + "/patch", target).ifPresent(patches::add);
            }
        }
        return patches;
    }

    private Optional<Patch> file(String entry, String pointer, Optional<PatchTarget> target) throws IOException {
        Optional<String> path = files.resolve(kustomization.dir(), entry);
        if (path.isEmpty() || !files.isFile(path.get())) {
            problem(kustomization.at(pointer), "patch `" + entry + "` does not exist");
            return Optional.empty();
        }
        used.add(path.get());
        KustomizeFiles.Read read = files.read(path.get());
        if (read.error().isPresent()) {
            problem(read.errorAt(), "patch `" + path.get() + "` is not valid YAML (" + read.error().get() + ")");
            return Optional.empty();
        }
        List<JsonNode> documents = new ArrayList<>();
        for (YamlDocuments.Document document : read.documents()) {
            documents.add(origins.read(path.get(), document, 0, 0));
        }
        return Optional.of(new Patch(documents, target, new Location(path.get(), 1, 0), path.get()));
    }

    /**
     * Inline patch text. A block scalar ({@code patch: |-}) starts on the line after its key, indented;
     * its nodes are placed on the kustomization's lines by that shift.
     */
    private Optional<Patch> inline(String text, String pointer, Optional<PatchTarget> target) throws IOException {
        List<String> lines = files.read(kustomization.file()).lines();
        int keyLine = kustomization.document().line(pointer);
        int lineShift = keyLine;
        int columnShift = 0;
        if (keyLine < lines.size()) {
            String next = lines.get(keyLine);
            columnShift = next.length() - next.stripLeading().length();
        }
        String keyText = keyLine - 1 < lines.size() ? lines.get(keyLine - 1) : "";
        if (!keyText.contains("|") && !keyText.contains(">")) {
            lineShift = keyLine - 1;
            columnShift = 0;
        }
        KustomizeFiles.Read read = KustomizeFiles.parse(kustomization.file(), text, lineShift, columnShift);
        Location at = kustomization.at(pointer);
        String shownAs = "at " + kustomization.file() + ":" + at.line();
        if (read.error().isPresent()) {
            problem(read.errorAt(), "inline patch " + shownAs + " is not valid YAML (" + read.error().get() + ")");
            return Optional.empty();
        }
        List<JsonNode> documents = new ArrayList<>();
        for (YamlDocuments.Document document : read.documents()) {
            documents.add(origins.read(kustomization.file(), document, lineShift, columnShift));
        }
        return Optional.of(new Patch(documents, target, at, shownAs));
    }

    private void problem(Location where, String message) {
        problems.add(Finding.of(KustomizeBuild.CANNOT_BUILD, Severity.ERROR, kustomization.file() + ": " + message
                        + ", so `kubectl kustomize` fails",
                "Fix the kustomization so that `kubectl kustomize " + kustomization.shownDir() + "` builds.")
                .at(where)
                .withFingerprint(KustomizeBuild.CANNOT_BUILD + ":" + where.file() + ":" + message));
    }
}
