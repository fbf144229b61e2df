package dev.mistralready.checks.deploy;

import dev.mistralready.project.config.YamlDocuments;
import dev.mistralready.project.files.FileContent;
import dev.mistralready.project.files.FileListing;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.ProjectFile;
import dev.mistralready.project.files.ProjectFiles;
import dev.mistralready.project.files.TextFiles;
import dev.mistralready.project.files.UnreadFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Kubernetes objects found in the YAML files under the gate's paths. Helm templates (which are
 * not YAML until rendered) and files that do not parse are skipped and counted, never fatal.
 *
 * @param looked   the paths searched, as shown to the user
 * @param files    YAML files read
 * @param skipped  one line per file read but passed over: {@code deploy/chart/templates/deployment.yaml: Helm template}
 * @param unread   the YAML files and folders under the paths that could not be read
 */
record ManifestSet(List<String> looked, List<KubeObject> objects, int files, List<String> skipped, UnreadFiles unread) {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    ManifestSet {
        looked = List.copyOf(looked);
        objects = List.copyOf(objects);
        skipped = List.copyOf(skipped);
    }

    static ManifestSet read(Path root, List<String> configuredPaths) throws IOException {
        List<String> paths = configuredPaths.isEmpty() ? existingDefaults(root) : configuredPaths;
        List<String> looked = configuredPaths.isEmpty() ? K8sManifestsOptions.DEFAULT_PATHS : configuredPaths;
        UnreadFiles unread = new UnreadFiles(root, "Kubernetes manifest");
        if (paths.isEmpty()) {
            return new ManifestSet(looked, List.of(), 0, List.of(), unread);
        }
        FileListing listing = ProjectFiles.list(root, FileSelection.paths(paths));
        unread.addListed(listing, ManifestSet::isYaml, folder -> true);
        List<KubeObject> objects = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int files = 0;
        for (ProjectFile file : listing.files()) {
            if (!isYaml(file.path())) {
                continue;
            }
            FileContent content = TextFiles.read(file, MAX_FILE_BYTES);
            if (content instanceof FileContent.Skipped skip) {
                unread.add(skip.skipped());
                continue;
            }
            String text = ((FileContent.Text) content).text();
            if (text.contains("{{")) {
                skipped.add(file.path() + ": Helm template (render it with `helm template` to check it)");
                continue;
            }
            YamlDocuments.Result result = YamlDocuments.read(text);
            if (result.error().isPresent()) {
                skipped.add(file.path() + ": invalid YAML (" + result.error().get() + ")");
                continue;
            }
            files++;
            for (YamlDocuments.Document document : result.documents()) {
                if (document.root().isObject() && document.root().hasNonNull("apiVersion")
                        && document.root().hasNonNull("kind")) {
                    objects.add(new KubeObject(file.path(), document));
                }
            }
        }
        return new ManifestSet(looked, objects, files, skipped, unread);
    }

    private static boolean isYaml(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The same files, judged as these objects (kustomize overlays built in place of their sources). */
    ManifestSet withObjects(List<KubeObject> judged) {
        return new ManifestSet(looked, judged, files, skipped, unread);
    }

    /** Whether nothing under the paths was read, though something was there. */
    boolean noneRead() {
        return files == 0 && skipped.isEmpty() && !unread.isEmpty();
    }

    private static List<String> existingDefaults(Path root) {
        return K8sManifestsOptions.DEFAULT_PATHS.stream().filter(path -> Files.isDirectory(root.resolve(path))).toList();
    }

    /** {@code k8s/, deploy/, manifests/, kustomize/}. */
    String describeLooked() {
        return String.join(", ", looked.stream().map(path -> path.endsWith("/") || path.endsWith(".yaml")
                || path.endsWith(".yml") ? path : path + "/").toList());
    }
}
