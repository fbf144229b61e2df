package dev.mistralready.project.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Helm chart of the project: a folder with a {@code Chart.yaml}. Its {@code templates/} hold Go
 * templates, which are not YAML until {@code helm template} renders them, whether or not they happen to parse.
 *
 * @param directory the chart's folder relative to the project root, forward slashes, {@code .} for the root itself
 */
public record HelmChart(String directory) {

    public static final String CHART_FILE = "Chart.yaml";

    /**
     * The chart that renders the file at {@code path} (relative to {@code root}), if the file is in the
     * {@code templates/} folder of a chart (at any depth): the outermost chart around it, since a
     * subchart under {@code charts/} is rendered by its parent. Only looks at which files exist.
     */
    public static Optional<HelmChart> renderingTemplate(Path root, String path) {
        List<String> segments = Arrays.asList(path.split("/"));
        boolean inTemplates = false;
        for (int i = segments.size() - 2; i >= 0 && !inTemplates; i--) {
            inTemplates = segments.get(i).equals("templates") && hasChartFile(root, segments.subList(0, i));
        }
        if (!inTemplates) {
            return Optional.empty();
        }
        for (int depth = 0; depth < segments.size() - 1; depth++) {
            if (hasChartFile(root, segments.subList(0, depth))) {
                return Optional.of(new HelmChart(depth == 0 ? "." : String.join("/", segments.subList(0, depth))));
            }
        }
        return Optional.empty();
    }

    /** {@code deploy/chart/Chart.yaml}. */
    public String chartFile() {
        return directory.equals(".") ? CHART_FILE : directory + "/" + CHART_FILE;
    }

    /** {@code deploy/chart/}, or {@code ./} for the root. */
    public String shown() {
        return directory + "/";
    }

    private static boolean hasChartFile(Path root, List<String> folder) {
        try {
            return Files.isRegularFile(root.resolve(String.join("/", folder)).resolve(CHART_FILE));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
