package dev.mistralready.checks.deploy;

import static dev.mistralready.checks.deploy.K8sProject.rulesAndPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate over kustomize overlays written to a temp dir: built in Java, judged as built. */
class KustomizeOverlaysTest {

    @TempDir
    Path project;

    private void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Outcome check() throws Exception {
        K8sManifestsOptions options = K8sManifestsOptions.defaults().withPaths(List.of("deploy")).checkingAllWorkloads();
        return new K8sManifestsCheck().run(options,
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }


    /** A base that passes every rule: the container is on line 21, replicas on 6, the readiness path (a shallow /ready) on 33. */
    @BeforeEach
    void writeGoodBase() throws Exception {
        for (String name : List.of("deployment.yaml", "pdb.yaml", "service.yaml")) {
            write("deploy/base/" + name, Files.readString(Path.of(
                    KustomizeOverlaysTest.class.getResource("/fixtures/k8s/good/k8s/" + name).toURI())));
        }
        write("deploy/base/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - deployment.yaml
                  - pdb.yaml
                  - service.yaml
                """);
    }

    @Test
    void doesNotJudgeAPatchFileAsADeploymentAndSaysWhichOverlayItBuilt() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                patches:
                  - path: more-memory.yaml
                """);
        write("deploy/overlays/prod/more-memory.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: chat-api
                spec:
                  template:
                    spec:
                      containers:
                      - name: app
                        resources:
                          limits:
                            memory: 1Gi
                """);

        Outcome outcome = check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("built kustomize overlay deploy/overlays/prod (3 resources, 1 patch)");
    }

    @Test
    void putsAFindingOnThePatchLineThatSetTheOffendingField() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                patches:
                  - path: image.yaml
                """);
        write("deploy/overlays/prod/image.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: chat-api
                spec:
                  template:
                    spec:
                      containers:
                      - name: app
                        image: registry.example.com/chat-api:latest
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-009", "deploy/overlays/prod/image.yaml", 10));
        assertThat(outcome.findings().get(0).message())
                .contains("`registry.example.com/chat-api:latest`")
                .endsWith("(kustomize overlay deploy/overlays/prod)");
    }

    @Test
    void putsAFindingOnTheBaseLineWhenNoPatchTouchedTheField() throws Exception {
        write("deploy/base/deployment.yaml", Files.readString(project.resolve("deploy/base/deployment.yaml"))
                .replace("path: /ready", "path: /health"));
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                namePrefix: prod-
                namespace: prod
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-003", "deploy/base/deployment.yaml", 33));
        assertThat(outcome.findings().get(0).message()).startsWith("Deployment prod-chat-api, container app:");
    }

    @Test
    void reportsAFindingOnABaseThatSeveralOverlaysKeepOnceNamingThem() throws Exception {
        write("deploy/base/deployment.yaml", Files.readString(project.resolve("deploy/base/deployment.yaml"))
                .replace("path: /ready", "path: /health"));
        for (String overlay : List.of("dev", "prod")) {
            write("deploy/overlays/" + overlay + "/kustomization.yaml", "resources: [../../base]\nnamespace: " + overlay + "\n");
        }

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-003", "deploy/base/deployment.yaml", 33));
        assertThat(outcome.findings().get(0).message())
                .endsWith("(kustomize overlays deploy/overlays/dev, deploy/overlays/prod)");
    }

    @Test
    void placesAFindingFromAnInlinePatchOnTheKustomizationsOwnLine() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata:
                        name: chat-api
                      spec:
                        strategy:
                          type: Recreate
                """);

        Outcome outcome = check();

        Finding finding = outcome.findings().get(0);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-005", "deploy/overlays/prod/kustomization.yaml", 11));
        assertThat(finding.location().orElseThrow().column()).isEqualTo(11);
    }

    @Test
    void placesAJsonPatchValueOnItsOpAndAppliesItToTheTarget() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                patches:
                  - target:
                      kind: Deployment
                      name: chat-.*
                    path: one-replica.yaml
                """);
        write("deploy/overlays/prod/one-replica.yaml", """
                - op: replace
                  path: /spec/replicas
                  value: 1
                - op: remove
                  path: /spec/template/spec/containers/0/livenessProbe
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactlyInAnyOrder(
                tuple("MR-K8S-004", "deploy/base/deployment.yaml", 21),
                tuple("MR-K8S-010", "deploy/overlays/prod/one-replica.yaml", 3));
    }

    @Test
    void placesAnImageTagSetByImagesOnTheKustomizationAndAReplicaCountThere() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                images:
                  - name: registry.example.com/chat-api
                    newTag: latest
                replicas:
                  - name: chat-api
                    count: 1
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactlyInAnyOrder(
                tuple("MR-K8S-009", "deploy/overlays/prod/kustomization.yaml", 5),
                tuple("MR-K8S-010", "deploy/overlays/prod/kustomization.yaml", 8));
    }

    @Test
    void mergesContainersByNameAndDeletesWithPatchDelete() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                patchesStrategicMerge:
                  - sidecar.yaml
                  - no-pdb.yaml
                """);
        write("deploy/overlays/prod/sidecar.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: chat-api
                spec:
                  template:
                    spec:
                      containers:
                      - name: proxy
                        image: envoy:1.29
                """);
        write("deploy/overlays/prod/no-pdb.yaml", """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  name: chat-api
                $patch: delete
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactlyInAnyOrder(
                tuple("MR-K8S-002", "deploy/overlays/prod/sidecar.yaml", 9),
                tuple("MR-K8S-004", "deploy/overlays/prod/sidecar.yaml", 9),
                tuple("MR-K8S-012", "deploy/overlays/prod/sidecar.yaml", 9),
                tuple("MR-K8S-011", "deploy/base/deployment.yaml", 4));
        assertThat(outcome.findings()).extracting(Finding::message).noneMatch(message -> message.contains("container app"));
    }

    @Test
    void addsCommonLabelsToSelectorsSoTheBudgetStillSelectsThePods() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                commonLabels:
                  env: prod
                """);

        Outcome outcome = check();

        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void appliesTheComponentsAnOverlayNames() throws Exception {
        write("deploy/components/debug/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                patches:
                  - path: debug.yaml
                """);
        write("deploy/components/debug/debug.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: chat-api
                spec:
                  revisionHistoryLimit: 0
                """);
        write("deploy/overlays/debug/kustomization.yaml", """
                resources: [../../base]
                components: [../../components/debug]
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-008", "deploy/components/debug/debug.yaml", 6));
    }

    @Test
    void fallsBackToTheBaseFilesWhereAFeatureIsNotSupportedAndSaysSo() throws Exception {
        write("deploy/base/deployment.yaml", Files.readString(project.resolve("deploy/base/deployment.yaml"))
                .replace("path: /ready", "path: /health"));
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                replacements:
                  - source: {kind: ConfigMap, name: x}
                patches:
                  - path: patch.yaml
                """);
        write("deploy/overlays/prod/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: chat-api
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-003", "deploy/base/deployment.yaml", 33));
        assertThat(outcome.details()).contains("kustomize overlay deploy/overlays/prod not built: "
                + "deploy/overlays/prod/kustomization.yaml:3: `replacements` is not supported; its base resources are "
                + "judged file by file");
    }

    @Test
    void notesGeneratorsAndRemoteResourcesItDoesNotBuild() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                  - https://github.com/example/monitoring//base?ref=v1
                configMapGenerator:
                  - name: settings
                    literals: [LOG=debug]
                """);

        Outcome outcome = check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details())
                .contains("deploy/overlays/prod/kustomization.yaml: remote resource https://github.com/example/monitoring//base?ref=v1 not fetched")
                .contains("deploy/overlays/prod/kustomization.yaml: `configMapGenerator` left out: ConfigMaps are not generated");
    }

    @Test
    void reportsABrokenKustomizationWithLineAndColumn() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                patches: [
                """);

        Outcome outcome = check();

        Finding finding = outcome.findings().stream().filter(f -> f.ruleId().equals("MR-K8S-020")).findFirst().orElseThrow();
        assertThat(finding.location().orElseThrow().file()).isEqualTo("deploy/overlays/prod/kustomization.yaml");
        assertThat(finding.location().orElseThrow().line()).isEqualTo(3); // the `[` never closed
        assertThat(finding.location().orElseThrow().column()).isPositive();
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void reportsAMissingResourceAndAPatchThatMatchesNothingWhereTheyAreNamed() throws Exception {
        write("deploy/overlays/prod/kustomization.yaml", """
                resources:
                  - ../../base
                  - missing.yaml
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata:
                        name: no-such-app
                """);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-K8S-020", "deploy/overlays/prod/kustomization.yaml", 3),
                tuple("MR-K8S-020", "deploy/overlays/prod/kustomization.yaml", 5));
        assertThat(outcome.findings().get(0).message()).contains("resource `missing.yaml` does not exist");
        assertThat(outcome.findings().get(1).message()).contains("matches no resource (Deployment no-such-app)");
    }

    @Test
    void keepsTheAutoscalerOfAPrefixedDeployment() throws Exception {
        write("deploy/base/deployment.yaml", Files.readString(project.resolve("deploy/base/deployment.yaml"))
                .replace("  replicas: 3\n", ""));
        write("deploy/base/hpa.yaml", """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata:
                  name: chat-api
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: chat-api}
                  minReplicas: 2
                  maxReplicas: 4
                """);
        write("deploy/base/kustomization.yaml", "resources: [deployment.yaml, pdb.yaml, service.yaml, hpa.yaml]\n");
        write("deploy/overlays/prod/kustomization.yaml", "resources: [../../base]\nnamePrefix: prod-\n");

        Outcome outcome = check();

        assertThat(outcome.findings()).isEmpty();
    }
}
