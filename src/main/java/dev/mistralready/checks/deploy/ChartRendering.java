package dev.mistralready.checks.deploy;

import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.process.Executables;
import dev.mistralready.project.config.HelmChart;
import dev.mistralready.project.config.YamlDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of the Helm charts under the gate's paths, as {@code helm template} renders them when
 * helm is on the PATH, each traced to the template it came from. Without helm the charts are named as
 * not rendered, and a chart that does not render is a finding: either way the gate never passes on them.
 *
 * @param objects     the rendered objects, whose {@code file} is their template (or the chart's
 *                    {@code Chart.yaml} when the template is not in the project, in a packed subchart)
 * @param findings    charts that did not render, rendered files that are not valid YAML
 * @param details     one line per chart: rendered how, or not, and why; one per template not rendered
 * @param notRendered the charts not rendered because helm is not on the PATH
 */
record ChartRendering(List<KubeObject> objects, List<Finding> findings, List<String> details, List<HelmChart> notRendered) {

    static final String NOT_RENDERED = "MR-K8S-017";

    ChartRendering {
        objects = List.copyOf(objects);
        findings = List.copyOf(findings);
        details = List.copyOf(details);
        notRendered = List.copyOf(notRendered);
    }

    static ChartRendering of(Map<HelmChart, List<String>> charts, List<String> values, CheckContext context)
            throws IOException {
        List<KubeObject> objects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<HelmChart> notRendered = new ArrayList<>();
        if (charts.isEmpty()) {
            return new ChartRendering(objects, findings, details, notRendered);
        }
        Optional<Path> helm = Executables.onPath(context.environment(), "helm");
        for (Map.Entry<HelmChart, List<String>> entry : charts.entrySet()) {
            HelmChart chart = entry.getKey();
            String templates = entry.getValue().size() + (entry.getValue().size() == 1 ? " template" : " templates");
            if (helm.isEmpty()) {
                notRendered.add(chart);
                details.add("not rendered " + chart.shown() + " (a Helm chart, " + templates + "): helm is not on the PATH; "
                        + "install helm and the gate checks what `helm template` renders");
                entry.getValue().forEach(template -> details.add("skipped " + template + ": template of the Helm chart "
                        + chart.shown() + ", not rendered"));
                continue;
            }
            HelmTemplate.Result result = HelmTemplate.run(helm.get(), chart, values, context);
            if (result instanceof HelmTemplate.Failed failed) {
                findings.add(Finding.of(NOT_RENDERED, Severity.WARNING,
                                "the Helm chart " + chart.shown() + " did not render, so none of its " + templates
                                        + " was checked: " + failed.reason(),
                                "Make `helm template " + chart.directory() + "` succeed (vendor its dependencies with "
                                        + "`helm dependency build`, or give the gate `values:` files it needs).")
                        .at(Location.of(chart.chartFile(), 1))
                        .withFingerprint(NOT_RENDERED + ":" + chart.directory()));
                details.add("not rendered " + chart.shown() + ": " + failed.reason());
                continue;
            }
            HelmTemplate.Rendered rendered = (HelmTemplate.Rendered) result;
            int before = objects.size();
            for (HelmTemplate.RenderedFile file : rendered.files()) {
                read(context.projectRoot(), chart, file, objects, findings);
            }
            int count = objects.size() - before;
            details.add("rendered " + chart.shown() + " with `helm template`" + (values.isEmpty() ? "" : " and "
                    + String.join(", ", values)) + ": " + count + (count == 1 ? " object" : " objects") + " from "
                    + rendered.files().size() + (rendered.files().size() == 1 ? " output file" : " output files")
                    + " (findings sit on line 1 of the template and say the line of the rendered output)");
            details.addAll(rendered.notes());
        }
        return new ChartRendering(objects, findings, details, notRendered);
    }

    private static void read(Path root, HelmChart chart, HelmTemplate.RenderedFile file, List<KubeObject> objects,
                             List<Finding> findings) {
        String template = templateOf(root, chart, file.source());
        YamlDocuments.Result result = YamlDocuments.read(file.text());
        result.problem().ifPresent(problem -> findings.add(Rendering.onTemplate(
                ManifestProblems.invalid(template, problem), file.source(), problem.line())));
        for (YamlDocuments.Document document : result.documents()) {
            objects.addAll(KubeObject.in(template, document, Optional.of(file.source())));
        }
    }

    /**
     * The project file a rendered {@code podinfo/templates/deployment.yaml} came from: the chart's own
     * template, an unpacked subchart's, or the chart's {@code Chart.yaml} when the template is not on disk.
     */
    static String templateOf(Path root, HelmChart chart, String source) {
        int slash = source.indexOf('/');
        String inChart = slash < 0 ? source : source.substring(slash + 1);
        String candidate = chart.directory().equals(".") ? inChart : chart.directory() + "/" + inChart;
        try {
            if (Files.isRegularFile(root.resolve(candidate))) {
                return candidate;
            }
        } catch (InvalidPathException e) {
            // helm named a file no path here can be: the chart it is
        }
        return chart.chartFile();
    }

    /** Values files the gate names that are not files of the project, as a sentence, if any. */
    static Optional<String> missingValues(Path root, List<String> values) {
        Path base = root.toAbsolutePath().normalize();
        for (String file : values) {
            try {
                Path resolved = base.resolve(file).normalize();
                if (!resolved.startsWith(base)) {
                    return Optional.of("`values` file `" + file + "` is not inside the project");
                }
                if (!Files.isRegularFile(resolved)) {
                    return Optional.of("`values` file `" + file + "` not found in the project");
                }
            } catch (InvalidPathException e) {
                return Optional.of("`values` file `" + file + "` is not a path");
            }
        }
        return Optional.empty();
    }
}
