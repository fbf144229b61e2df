package dev.mistralready.checks.deploy;

import dev.mistralready.check.Finding;
import dev.mistralready.project.config.HelmChart;
import dev.mistralready.project.config.TemplateMarkup;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes objects found in the YAML files under the gate's paths, and what could not be read
 * as they are: the templates of Helm charts (rendered later, when helm is there), files of template
 * markup that are not YAML until something renders them, and files that are not valid YAML, each a
 * {@link ManifestProblems finding}.
 *
 * @param looked    the paths searched, as shown to the user
 * @param files     YAML files read
 * @param skipped   one line per file passed over: {@code deploy/app.yaml: template markup …, not checked}
 * @param templates files of template markup outside any chart, which nothing here can render
 * @param charts    the Helm charts whose templates are under the paths, with those templates, in path order
 * @param problems  the files that are not valid YAML, or not YAML at all
 * @param unread    the YAML files and folders under the paths that could not be read
 */
record ManifestSet(List<String> looked, List<KubeObject> objects, int files, List<String> skipped, List<String> templates,
                   Map<HelmChart, List<String>> charts, List<Finding> problems, UnreadFiles unread) {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    ManifestSet {
        looked = List.copyOf(looked);
        objects = List.copyOf(objects);
        skipped = List.copyOf(skipped);
        templates = List.copyOf(templates);
        charts = Collections.unmodifiableMap(new LinkedHashMap<>(charts));
        problems = List.copyOf(problems);
    }

    static ManifestSet read(Path root, List<String> configuredPaths) throws IOException {
        List<String> paths = configuredPaths.isEmpty() ? existingDefaults(root) : configuredPaths;
        List<String> looked = configuredPaths.isEmpty() ? K8sManifestsOptions.DEFAULT_PATHS : configuredPaths;
        UnreadFiles unread = new UnreadFiles(root, "Kubernetes manifest");
        if (paths.isEmpty()) {
            return new ManifestSet(looked, List.of(), 0, List.of(), List.of(), Map.of(), List.of(), unread);
        }
        FileListing listing = ProjectFiles.list(root, FileSelection.paths(paths));
        unread.addListed(listing, ManifestSet::isYaml, folder -> true);
        List<KubeObject> objects = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        Map<HelmChart, List<String>> charts = new LinkedHashMap<>();
        List<Finding> problems = new ArrayList<>();
        int files = 0;
        for (ProjectFile file : listing.files()) {
            if (!isYaml(file.path())) {
                continue;
            }
            Optional<HelmChart> chart = HelmChart.renderingTemplate(root, file.path());
            if (chart.isPresent()) {
                charts.computeIfAbsent(chart.get(), key -> new ArrayList<>()).add(file.path());
                continue;
            }
            FileContent content = TextFiles.read(file, MAX_FILE_BYTES);
            if (content instanceof FileContent.Skipped skip) {
                unread.add(skip.skipped());
                continue;
            }
            String text = ((FileContent.Text) content).text();
            YamlDocuments.Result result = YamlDocuments.read(text);
            if (result.problem().isPresent() && TemplateMarkup.outsideQuotedValues(text)) {
                templates.add(file.path());
                skipped.add(file.path() + ": template markup (`{{ … }}`) outside quoted values, not YAML until it is "
                        + "rendered: not checked");
                continue;
            }
            files++;
            result.problem().ifPresent(problem -> problems.add(ManifestProblems.invalid(file.path(), problem)));
            for (YamlDocuments.Document document : result.documents()) {
                ManifestProblems.notYaml(file.path(), document).ifPresent(problems::add);
                objects.addAll(KubeObject.in(file.path(), document, Optional.empty()));
            }
        }
        return new ManifestSet(looked, objects, files, skipped, templates, charts, problems, unread);
    }

    static boolean isYaml(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The same files, judged as these objects (kustomize overlays built in place of their sources). */
    ManifestSet withObjects(List<KubeObject> judged) {
        return new ManifestSet(looked, judged, files, skipped, templates, charts, problems, unread);
    }

    /** Whether nothing under the paths was read, though something was there. */
    boolean noneRead() {
        return files == 0 && skipped.isEmpty() && charts.isEmpty() && !unread.isEmpty();
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
