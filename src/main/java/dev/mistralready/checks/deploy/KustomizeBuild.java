package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.project.config.YamlDocuments;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one kustomize overlay in Java, in kustomize's order: resources (files, and folders with
 * their own kustomization, built first), components, then the overlay's own patches
 * ({@code patchesStrategicMerge}, {@code patches}), {@code namespace}, {@code namePrefix}/{@code
 * nameSuffix}, labels, annotations, {@code patchesJson6902}, {@code replicas}, {@code images}, and
 * builtin label and annotation {@code transformers}. Every node of the result remembers which file
 * and line wrote it. What it cannot build (Helm charts, replacements, other transformers) stops it,
 * and the caller judges the base resources instead; what does not change a workload (generators,
 * vars) is noted and left out.
 */
final class KustomizeBuild {

    static final String CANNOT_BUILD = "MR-K8S-020";

    /** Fields that change what is deployed in ways this build does not model. */
    static final List<String> UNSUPPORTED = List.of("helmCharts", "helmChartInflationGenerator", "replacements");

    /** Fields left out of the build, each with what that means for the judgement. */
    static final Map<String, String> LEFT_OUT = Map.of(
            "configMapGenerator", "ConfigMaps are not generated (they are not judged)",
            "secretGenerator", "Secrets are not generated (they are not judged)",
            "generators", "generator plugins are not run",
            "vars", "`$(VAR)` references are not substituted",
            "configurations", "transformer configurations are not read",
            "openapi", "the OpenAPI schema is not read; patches merge the lists of custom resources by the keys of "
                    + "Kubernetes' own kinds (containers by name, ...)",
            "validators", "validators are not run");

    /** The built overlay, or why it fell back. */
    record Result(Kustomization root, List<KubeObject> objects, int patches, Set<String> usedFiles, List<String> notes,
                  List<Finding> problems, Optional<String> fallback) {
    }

    /** A feature that stops the build. */
    private static final class Unsupported extends Exception {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    private final KustomizeFiles files;
    private final Kustomization root;
    private final NodeOrigins origins = new NodeOrigins();
    private final Set<String> used = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();
    private int patches;
    private boolean remote;
    private boolean schemaGiven;

    private KustomizeBuild(KustomizeFiles files, Kustomization root) {
        this.files = files;
        this.root = root;
    }

    static Result build(KustomizeFiles files, Kustomization root) throws IOException {
        KustomizeBuild build = new KustomizeBuild(files, root);
        List<BuiltResource> resources = new ArrayList<>();
        try {
            build.accumulate(root, resources, new ArrayDeque<>());
        } catch (Unsupported e) {
            return new Result(root, List.of(), 0, build.used, build.notes, build.problems, Optional.of(e.getMessage()));
        }
        List<KubeObject> objects = resources.stream().map(resource -> new KubeObject(resource.file(), resource.root(),
                root.shownDir(), pointer -> build.origins.locate(resource.root(), pointer, resource.fallback()))).toList();
        return new Result(root, objects, build.patches, build.used, build.notes, build.problems, Optional.empty());
    }

    private void accumulate(Kustomization kustomization, List<BuiltResource> into, Deque<String> building)
            throws IOException, Unsupported {
        if (building.contains(kustomization.dir())) {
            problem(kustomization.at(""), kustomization.file() + " includes itself through " + String.join(" -> ", building));
            return;
        }
        building.push(kustomization.dir());
        used.add(kustomization.file());
        schemaGiven |= kustomization.root().has("openapi");
        for (String field : UNSUPPORTED) {
            if (kustomization.root().has(field)) {
                throw new Unsupported(kustomization.file() + ":" + kustomization.at("/" + field).line() + ": `" + field
                        + "` is not supported");
            }
        }
        LEFT_OUT.forEach((field, meaning) -> {
            if (kustomization.root().has(field)) {
                notes.add(kustomization.file() + ": `" + field + "` left out: " + meaning);
            }
        });
        for (Kustomization.Entry entry : kustomization.resources()) {
            resource(kustomization, entry, into, building);
        }
        for (Kustomization.Entry entry : kustomization.strings("components")) {
            component(kustomization, entry, into, building);
        }
        transform(kustomization, into);
        building.pop();
    }

    private void resource(Kustomization kustomization, Kustomization.Entry entry, List<BuiltResource> into,
                          Deque<String> building) throws IOException, Unsupported {
        if (Kustomization.isRemote(entry.value())) {
            remote = true;
            notes.add(kustomization.file() + ": remote resource " + entry.value() + " not fetched");
            return;
        }
        Optional<String> path = files.resolve(kustomization.dir(), entry.value());
        if (path.isEmpty()) {
            problem(kustomization.at(entry.pointer()), "resource `" + entry.value() + "` is outside the project");
        } else if (files.isDirectory(path.get())) {
            Optional<Kustomization> sub = load(path.get(), kustomization.at(entry.pointer()));
            if (sub.isPresent()) {
                List<BuiltResource> built = new ArrayList<>();
                accumulate(sub.get(), built, building);
                into.addAll(built);
            }
        } else if (files.isFile(path.get())) {
            into.addAll(read(path.get()));
        } else {
            problem(kustomization.at(entry.pointer()), "resource `" + entry.value() + "` does not exist");
        }
    }

    private void component(Kustomization kustomization, Kustomization.Entry entry, List<BuiltResource> into,
                           Deque<String> building) throws IOException, Unsupported {
        if (Kustomization.isRemote(entry.value())) {
            remote = true;
            notes.add(kustomization.file() + ": remote component " + entry.value() + " not fetched");
            return;
        }
        Optional<String> path = files.resolve(kustomization.dir(), entry.value());
        if (path.isEmpty() || !files.isDirectory(path.get())) {
            problem(kustomization.at(entry.pointer()), "component `" + entry.value() + "` is not a folder of the project");
            return;
        }
        Optional<Kustomization> component = load(path.get(), kustomization.at(entry.pointer()));
        if (component.isPresent()) {
            accumulate(component.get(), into, building);
        }
    }

    private Optional<Kustomization> load(String dir, Location referencedAt) throws IOException {
        Optional<String> file = files.kustomizationIn(dir);
        if (file.isEmpty()) {
            problem(referencedAt, "folder `" + dir + "` has no kustomization.yaml");
            return Optional.empty();
        }
        return KustomizeOverlays.parse(files, file.get(), problems);
    }

    /** The objects of a resource file, each a copy that remembers its places. */
    private List<BuiltResource> read(String path) throws IOException {
        KustomizeFiles.Read read = files.read(path);
        used.add(path);
        if (read.tooLarge()) {
            notes.add(path + " not read (" + read.error().orElse("") + "); its objects are not judged");
            return List.of();
        }
        if (read.error().isPresent()) {
            problem(read.errorAt(), "`" + path + "` is not valid YAML (" + read.error().get() + ")");
            return List.of();
        }
        List<BuiltResource> resources = new ArrayList<>();
        for (YamlDocuments.Document document : read.documents()) {
            JsonNode tree = origins.read(path, document, 0, 0);
            Location start = new Location(path, document.line(""), document.column(""));
            if (tree.path("kind").asText("").endsWith("List") && tree.path("items").isArray()) {
                tree.path("items").forEach(item -> add(resources, item, path, start));
            } else {
                add(resources, tree, path, start);
            }
        }
        return resources;
    }

    private static void add(List<BuiltResource> resources, JsonNode tree, String path, Location start) {
        if (tree instanceof ObjectNode object && object.hasNonNull("apiVersion") && object.hasNonNull("kind")) {
            resources.add(new BuiltResource(object, path, start));
        }
    }

    private void transform(Kustomization kustomization, List<BuiltResource> resources) throws IOException, Unsupported {
        PatchSources sources = new PatchSources(files, origins, kustomization, used, problems);
        for (PatchSources.Patch patch : sources.strategicMerge()) {
            apply(patch, resources);
        }
        for (PatchSources.Patch patch : sources.patches()) {
            apply(patch, resources);
        }
        NamingTransforms naming = new NamingTransforms(origins);
        naming.namespace(resources, kustomization);
        naming.prefixAndSuffix(resources, kustomization);
        new LabelFields(origins).apply(kustomization, resources);
        for (PatchSources.Patch patch : sources.json6902()) {
            apply(patch, resources);
        }
        naming.replicas(resources, kustomization);
        ImageOverrides images = new ImageOverrides(kustomization, origins);
        resources.forEach(images::apply);
        transformers(kustomization, resources);
    }

    /** The builtin {@code LabelTransformer} and {@code AnnotationsTransformer} files of {@code transformers}. */
    private void transformers(Kustomization kustomization, List<BuiltResource> resources) throws IOException, Unsupported {
        for (Kustomization.Entry entry : kustomization.strings("transformers")) {
            Optional<String> path = files.resolve(kustomization.dir(), entry.value());
            if (path.isEmpty() || !files.isFile(path.get())) {
                throw new Unsupported(kustomization.file() + ":" + kustomization.at(entry.pointer()).line()
                        + ": transformer `" + entry.value() + "` is not a file (plugins are not run)");
            }
            KustomizeFiles.Read read = files.read(path.get());
            used.add(path.get());
            LabelFields labels = new LabelFields(origins);
            for (YamlDocuments.Document document : read.documents()) {
                JsonNode config = document.root();
                String kind = config.path("kind").asText("");
                String field = kind.equals("LabelTransformer") ? "labels" : kind.equals("AnnotationsTransformer") ? "annotations" : "";
                if (!config.path("apiVersion").asText("").equals("builtin") || field.isEmpty()) {
                    throw new Unsupported(path.get() + ": transformer `" + kind + "` is not supported (only builtin "
                            + "LabelTransformer and AnnotationsTransformer are)");
                }
                List<LabelFields.FieldSpec> specs = LabelFields.specsOf(config.path("fieldSpecs"));
                for (BuiltResource resource : resources) {
                    labels.add(resource, config.path(field), specs,
                            key -> new Location(path.get(), document.line(YamlDocuments.child("/" + field, key)),
                                    document.column(YamlDocuments.child("/" + field, key))));
                }
            }
        }
    }

    private void apply(PatchSources.Patch patch, List<BuiltResource> resources) {
        for (JsonNode tree : patch.documents()) {
            patches++;
            if (JsonPatchOps.isJsonPatch(tree)) {
                if (patch.target().isEmpty()) {
                    problem(patch.at(), "JSON patch " + patch.shownAs() + " has no `target`");
                    continue;
                }
                for (BuiltResource resource : matching(patch.target().get(), resources)) {
                    new JsonPatchOps(origins).apply(resource.root(), tree).ifPresent(why ->
                            problem(patch.at(), "JSON patch " + patch.shownAs() + " cannot be applied to "
                                    + resource.shownAs() + ": " + why));
                }
            } else if (tree.isObject()) {
                PatchTarget target = patch.target().orElse(PatchTarget.ofPatch(tree));
                List<BuiltResource> matches = matching(target, resources);
                if (matches.isEmpty() && patch.target().isEmpty() && !remote) {
                    problem(patch.at(), "patch " + patch.shownAs() + " matches no resource ("
                            + tree.path("kind").asText("") + " " + tree.path("metadata").path("name").asText("") + ")");
                }
                for (BuiltResource resource : matches) {
                    if (StrategicMerge.deletesObject(tree)) {
                        resources.remove(resource);
                    } else {
                        new StrategicMerge(origins, schemaGiven || StrategicMerge.isBuiltInGroup(resource.group()))
                                .merge(resource.root(), withoutIdentity(tree));
                    }
                }
            }
        }
    }

    /** A patch without the kind and name that chose its target, so merging it never renames the target. */
    private JsonNode withoutIdentity(JsonNode tree) {
        ObjectNode copy = (ObjectNode) origins.copy(tree);
        copy.remove(List.of("apiVersion", "kind"));
        if (copy.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove(List.of("name", "namespace"));
        }
        return copy;
    }

    private static List<BuiltResource> matching(PatchTarget target, List<BuiltResource> resources) {
        return resources.stream().filter(target::matches).toList();
    }

    private void problem(Location where, String message) {
        problems.add(Finding.of(CANNOT_BUILD, Severity.ERROR, "kustomize overlay " + root.shownDir() + ": " + message
                        + ", so `kubectl kustomize` fails",
                "Fix the kustomization so that `kubectl kustomize " + root.shownDir() + "` builds.")
                .at(where)
                .withFingerprint(CANNOT_BUILD + ":" + where.file() + ":" + message));
    }
}
