package dev.mistralready.checks.deploy;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.ProjectFile;
import dev.mistralready.project.files.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kustomize overlays under the gate's paths, built and put in place of the files they are built
 * from. The overlays built are the roots: kustomizations that no other kustomization under the
 * paths names as a resource or component. Files an overlay was built from are judged in the built
 * objects, not on their own; files named only as patches are never judged on their own; an overlay
 * that cannot be built in Java leaves its base resources to be judged file by file, and says why.
 *
 * @param objects  the objects to judge: the built ones and the files no overlay was built from
 * @param problems kustomizations that cannot be built, each where it breaks
 * @param details  one line per overlay built, fallen back or left out, for the Outcome's details
 */
record KustomizeOverlays(List<KubeObject> objects, List<Finding> problems, List<String> details) {

    KustomizeOverlays {
        objects = List.copyOf(objects);
        problems = List.copyOf(problems);
        details = List.copyOf(details);
    }

    static KustomizeOverlays build(Path root, ManifestSet manifests) throws IOException {
        List<String> paths = manifests.looked().stream().filter(path -> Files.exists(root.resolve(path))).toList();
        if (paths.isEmpty()) {
            return new KustomizeOverlays(manifests.objects(), List.of(), List.of());
        }
        KustomizeFiles files = new KustomizeFiles(root);
        List<Finding> problems = new ArrayList<>();
        List<Kustomization> kustomizations = new ArrayList<>();
        for (ProjectFile file : ProjectFiles.list(root, FileSelection.paths(paths)).files()) {
            if (Kustomization.isKustomizationFile(file.path())) {
                parse(files, file.path(), problems).ifPresent(kustomizations::add);
            }
        }
        if (kustomizations.isEmpty() && problems.isEmpty()) {
            return new KustomizeOverlays(manifests.objects(), List.of(), List.of());
        }
        Set<String> notJudged = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        for (Kustomization kustomization : kustomizations) {
            notJudged.add(kustomization.file());
            notJudged.addAll(PatchSources.patchFiles(files, kustomization));
            for (String field : List.of("transformers", "configurations", "generators", "validators")) {
                kustomization.strings(field).forEach(entry ->
                        files.resolve(kustomization.dir(), entry.value()).ifPresent(notJudged::add));
            }
            List<Kustomization.Entry> entries = new ArrayList<>(kustomization.resources());
            entries.addAll(kustomization.strings("components"));
            for (Kustomization.Entry entry : entries) {
                files.resolve(kustomization.dir(), entry.value()).filter(files::isDirectory)
                        .flatMap(files::kustomizationIn).ifPresent(referenced::add);
            }
        }
        List<String> details = new ArrayList<>();
        List<KubeObject> built = new ArrayList<>();
        Set<String> builtFrom = new HashSet<>();
        Set<Finding> buildProblems = new LinkedHashSet<>(problems);
        Set<String> noted = new HashSet<>();
        for (Kustomization kustomization : kustomizations) {
            if (referenced.contains(kustomization.file())) {
                continue;
            }
            if (kustomization.isComponent()) {
                details.add("kustomize component " + kustomization.shownDir() + " is not used by any kustomization under "
                        + manifests.describeLooked() + ", so its patches are not applied; its resources are judged file by file");
                continue;
            }
            KustomizeBuild.Result result = KustomizeBuild.build(files, kustomization);
            buildProblems.addAll(result.problems());
            if (result.fallback().isPresent()) {
                details.add("kustomize overlay " + kustomization.shownDir() + " not built: " + result.fallback().get()
                        + "; its base resources are judged file by file");
            } else {
                built.addAll(result.objects());
                builtFrom.addAll(result.usedFiles());
                details.add("built kustomize overlay " + kustomization.shownDir() + " (" + count(result.objects().size(),
                        "resource") + ", " + count(result.patches(), "patch") + ")");
            }
            result.notes().stream().filter(noted::add).forEach(note -> details.add("  " + note));
        }
        notJudged.addAll(builtFrom);
        List<KubeObject> objects = new ArrayList<>(manifests.objects().stream()
                .filter(object -> !notJudged.contains(object.file())).toList());
        objects.addAll(built);
        return new KustomizeOverlays(objects, List.copyOf(buildProblems), details);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("h") ? "es" : "s");
    }

    /** A kustomization file, or a finding where it does not parse. */
    static Optional<Kustomization> parse(KustomizeFiles files, String path, List<Finding> problems) throws IOException {
        KustomizeFiles.Read read = files.read(path);
        String problem = read.error().map(error -> "is not valid YAML (" + error + ")")
                .orElse(read.documents().isEmpty() || !read.documents().get(0).root().isObject() ? "is not a YAML map" : "");
        Location where = read.error().isPresent() ? read.errorAt() : Location.of(path, 1);
        if (!problem.isEmpty()) {
            problems.add(Finding.of(KustomizeBuild.CANNOT_BUILD, Severity.ERROR, path + " " + problem
                                    + ", so `kubectl kustomize` fails",
                            "Fix " + path + " so that `kubectl kustomize " + Kustomization.dirOf(path) + "` builds.")
                    .at(where)
                    .withFingerprint(KustomizeBuild.CANNOT_BUILD + ":" + path));
            return Optional.empty();
        }
        return Optional.of(new Kustomization(path, Kustomization.dirOf(path), read.documents().get(0)));
    }
}
