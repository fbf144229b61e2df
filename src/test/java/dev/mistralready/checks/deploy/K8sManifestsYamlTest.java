package dev.mistralready.checks.deploy;

import static dev.mistralready.project.files.TestFiles.copyTree;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the gate reads YAML: broken files are findings, lists are read item by item, quoted templates are YAML. */
class K8sManifestsYamlTest {

    /** A fake key, built at run time so the repository passes its own secret gate. */
    private static final String KEY = String.join("", "Zq8Lm2Vb", "7Nc4Xr1T", "y6Wu3Pk9");

    @TempDir
    Path project;

    @BeforeEach
    void goodDeployment() throws Exception {
        copyTree(Path.of(getClass().getResource("/fixtures/k8s/good").toURI()), project);
    }

    private Outcome check() throws Exception {
        return new K8sManifestsCheck().run(K8sManifestsOptions.defaults().checkingAllWorkloads(),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream().map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow().file(),
                finding.location().orElseThrow().line(), finding.location().orElseThrow().column())).toList();
    }

    @Test
    void aFileThatDoesNotParseIsAnErrorAtItsLineAndColumnThatNeverQuotesIt() throws Exception {
        write(project, "k8s/secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: mistral
                stringData:
                  MISTRAL_API_KEY: %s
                   other: %s
                """.formatted(KEY, KEY));

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-016", "k8s/secret.yaml", 7, 9));
        assertThat(outcome.findings().get(0).message()).isEqualTo(
                "not valid YAML at line 7, column 9: mapping values are not allowed here; nothing from there on was checked");
        assertThat(outcome.summary() + outcome.details() + outcome.findings()).doesNotContain(KEY.substring(0, 6));
    }

    @Test
    void aTextFileNamedYamlIsAnErrorAtItsFirstLine() throws Exception {
        write(project, "k8s/README.yaml", "These manifests deploy the chat API.\nApply them with kubectl apply -k.\n");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-016", "k8s/README.yaml", 1, 1));
        assertThat(outcome.findings().get(0).message()).startsWith("document 1 is plain text, not a YAML mapping");
    }

    @Test
    void onlyBrokenFilesFailWithTheirFindingsRatherThanSkipping() throws Exception {
        Files.walk(project.resolve("k8s")).filter(Files::isRegularFile).forEach(file -> file.toFile().delete());
        write(project, "k8s/app.yaml", "apiVersion: v1\nkind: ConfigMap\n data: [x\n");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("no Kubernetes objects read (0 objects in 1 file)");
        assertThat(rulesAndPlaces(outcome)).extracting(row -> row.toList().subList(0, 2))
                .containsExactly(List.of("MR-K8S-016", "k8s/app.yaml"));
    }

    @Test
    void readsAPrometheusRuleWhoseQuotedAnnotationsHoldTemplateMarkup() throws Exception {
        write(project, "k8s/alerts.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: mistral
                spec:
                  groups:
                  - name: mistral
                    rules:
                    - alert: MistralDown
                      expr: up{job="chat-api"} == 0
                      annotations:
                        summary: "{{ $labels.instance }} is down"
                        description: |
                          {{ $labels.job }} has not answered for {{ $value }}
                """);

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("1 workload ready (4 objects in 4 files)");
    }

    @Test
    void aTemplateOutsideAnyChartIsSkippedAndKeepsTheGateFromPassing() throws Exception {
        write(project, "k8s/worker.yaml", """
                {{- if .Values.worker.enabled }}
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: worker
                {{- end }}
                """);

        Outcome outcome = check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("1 workload ready (3 objects in 3 files, 1 file skipped); "
                + "1 template file not rendered (`{{ … }}` outside a chart)");
        assertThat(outcome.details()).isEqualTo("skipped k8s/worker.yaml: template markup (`{{ … }}`) outside quoted "
                + "values, not YAML until it is rendered: not checked");
    }

    @Test
    void readsTheItemsOfAListAtTheirOwnLines() throws Exception {
        write(project, "k8s/list.yaml", """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata:
                    name: worker
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: worker
                  spec:
                    replicas: 2
                    selector:
                      matchLabels:
                        app: chat-api
                    template:
                      metadata:
                        labels:
                          app: chat-api
                      spec:
                        containers:
                        - name: worker
                          image: registry.example.com/worker:latest
                          readinessProbe:
                            httpGet:
                              path: /health
                              port: 8080
                          livenessProbe:
                            httpGet:
                              path: /live
                              port: 8080
                          resources:
                            requests: {cpu: 100m, memory: 128Mi}
                            limits: {cpu: "1", memory: 256Mi}
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-009", "k8s/list.yaml", 24, 11));
        assertThat(outcome.findings().get(0).message()).startsWith("Deployment worker, container worker:");
        assertThat(outcome.summary()).endsWith("(5 objects in 4 files)");
    }

    @Test
    void readsAKindListOfDeploymentsLikeKubectlGetWritesIt() throws Exception {
        write(project, "k8s/deployments.yaml", """
                apiVersion: apps/v1
                kind: DeploymentList
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: single
                  spec:
                    replicas: 1
                    template:
                      spec:
                        containers: []
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).contains(tuple("MR-K8S-010", "k8s/deployments.yaml", 9, 5));
    }
}
