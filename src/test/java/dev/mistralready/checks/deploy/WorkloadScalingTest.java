package dev.mistralready.checks.deploy;

import static dev.mistralready.checks.deploy.K8sProject.BUDGET;
import static dev.mistralready.checks.deploy.K8sProject.SHALLOW_PROBES;
import static dev.mistralready.checks.deploy.K8sProject.deployment;
import static dev.mistralready.checks.deploy.K8sProject.only;
import static dev.mistralready.checks.deploy.K8sProject.rulesAndPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MR-K8S-010: two pods or more, kept by {@code replicas} or by the HPA or KEDA ScaledObject that owns the count. */
class WorkloadScalingTest {

    @TempDir
    Path dir;

    private K8sProject project;

    @BeforeEach
    void oneReplicaDeployment() throws Exception {
        project = new K8sProject(dir).write("k8s/pdb.yaml", BUDGET)
                .write("k8s/app.yaml", deployment("chat-api", true, SHALLOW_PROBES).replace("replicas: 3", "replicas: 1"));
    }

    private static String scaledObject(String minReplicaCount) {
        return """
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata:
                  name: chat-api
                spec:
                  scaleTargetRef:
                    name: chat-api
                  maxReplicaCount: 10
                %s  triggers:
                  - type: cpu
                    metadata: {value: "60"}
                """.formatted(minReplicaCount);
    }

    private static String hpa(String kind, String namespace, int minReplicas) {
        return """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata:
                  name: chat-api
                  namespace: %s
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: %s, name: chat-api}
                  minReplicas: %d
                  maxReplicas: 10
                """.formatted(namespace, kind, minReplicas);
    }

    @Test
    void countsAKedaScaledObjectsMinReplicaCountLikeAnHpasMinReplicas() throws Exception {
        project.write("k8s/scaledobject.yaml", scaledObject("  minReplicaCount: 2\n"));

        assertThat(project.check().findings()).isEmpty();
    }

    @Test
    void reportsAScaledObjectWithoutMinReplicaCountSinceKedaThenScalesToZero() throws Exception {
        project.write("k8s/scaledobject.yaml", scaledObject(""));

        Outcome outcome = project.check();

        Finding finding = only(outcome);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-010", "k8s/scaledobject.yaml", 5));
        assertThat(finding.message()).isEqualTo("Deployment chat-api: ScaledObject chat-api (k8s/scaledobject.yaml) keeps "
                + "0 (no `minReplicaCount`), so at times no pod runs and every restart or node drain is an outage");
        assertThat(finding.fix()).isEqualTo("Set `minReplicaCount: 2` or more on ScaledObject chat-api.");
    }

    @Test
    void reportsAnHpaWithOneMinimumReplicaOnItsMinReplicas() throws Exception {
        project.write("k8s/hpa.yaml", hpa("Deployment", "default", 1))
                .write("k8s/app.yaml", deployment("chat-api", true, SHALLOW_PROBES)
                        .replace("  name: chat-api\n", "  name: chat-api\n  namespace: default\n"));

        Outcome outcome = project.check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-010", "k8s/hpa.yaml", 8),
                tuple("MR-K8S-011", "k8s/app.yaml", 4));
    }

    @Test
    void doesNotCountAnHpaForAnotherKindOrNamespace() throws Exception {
        project.write("k8s/hpa-statefulset.yaml", hpa("StatefulSet", "\"\"", 3))
                .write("k8s/hpa-elsewhere.yaml", hpa("Deployment", "staging", 3));

        Outcome outcome = project.check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-010", "k8s/app.yaml", 6));
        assertThat(only(outcome).message()).isEqualTo("Deployment chat-api: `replicas: 1`: every restart or node drain "
                + "is an outage");
    }

    @Test
    void countsTheReplicasOfTheRolloutThatRunsADeploymentByWorkloadRef() throws Exception {
        String rollout = """
                apiVersion: argoproj.io/v1alpha1
                kind: Rollout
                metadata:
                  name: %s
                spec:
                  replicas: %d
                  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: %s}
                  strategy:
                    canary: {steps: [{setWeight: 20}, {pause: {}}]}
                """;
        project.write("k8s/app.yaml", deployment("chat-api", true, SHALLOW_PROBES).replace("replicas: 3", "replicas: 0"))
                .write("k8s/rollout.yaml", rollout.formatted("chat-api", 5, "chat-api"))
                .write("k8s/worker.yaml", deployment("worker", true, SHALLOW_PROBES).replace("replicas: 3", "replicas: 0"))
                .write("k8s/worker-rollout.yaml", rollout.formatted("worker-rollout", 1, "worker"));

        Outcome outcome = project.check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-010", "k8s/worker-rollout.yaml", 6));
        assertThat(only(outcome).message()).isEqualTo("Deployment worker: Rollout worker-rollout (k8s/worker-rollout.yaml), "
                + "which runs these pods by `workloadRef`: `replicas: 1`: every restart or node drain is an outage");
    }
}
