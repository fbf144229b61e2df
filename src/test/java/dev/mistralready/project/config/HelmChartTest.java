package dev.mistralready.project.config;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmChartTest {

    @TempDir
    Path root;

    @Test
    void aFileUnderTheTemplatesOfAChartIsRenderedByThatChart() throws Exception {
        write(root, "deploy/chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n");

        assertThat(HelmChart.renderingTemplate(root, "deploy/chart/templates/deployment.yaml"))
                .contains(new HelmChart("deploy/chart"));
        assertThat(HelmChart.renderingTemplate(root, "deploy/chart/templates/hooks/job.yaml"))
                .contains(new HelmChart("deploy/chart"));
    }

    @Test
    void aSubchartsTemplateIsRenderedByTheOutermostChart() throws Exception {
        write(root, "Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n");
        write(root, "charts/db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 1.0.0\n");

        assertThat(HelmChart.renderingTemplate(root, "charts/db/templates/statefulset.yaml")).contains(new HelmChart("."));
    }

    @Test
    void aTemplatesFolderWithoutAChartBesideItIsPlainYaml() throws Exception {
        write(root, "chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n");

        assertThat(HelmChart.renderingTemplate(root, "k8s/templates/deployment.yaml")).isEmpty();
        assertThat(HelmChart.renderingTemplate(root, "chart/values.yaml")).isEmpty();
        assertThat(HelmChart.renderingTemplate(root, "chart/crds/crd.yaml")).isEmpty();
    }
}
