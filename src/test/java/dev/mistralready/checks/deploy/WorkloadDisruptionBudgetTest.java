package dev.mistralready.checks.deploy;

import static dev.mistralready.checks.deploy.K8sProject.SHALLOW_PROBES;
import static dev.mistralready.checks.deploy.K8sProject.deployment;
import static dev.mistralready.checks.deploy.K8sProject.rulesAndPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MR-K8S-011: a PodDisruptionBudget counts when its selector selects the workload's pods. */
class WorkloadDisruptionBudgetTest {

    @TempDir
    Path dir;

    private K8sProject project;

    @BeforeEach
    void workload() throws Exception {
        project = new K8sProject(dir).write("k8s/app.yaml", deployment("chat-api", true, SHALLOW_PROBES));
    }

    private static String budget(String apiVersion, String selector) {
        return """
                apiVersion: %s
                kind: PodDisruptionBudget
                metadata:
                  name: chat-api
                spec:
                  maxUnavailable: 1
                %s""".formatted(apiVersion, selector.indent(2));
    }

    @Test
    void countsABudgetWhoseMatchExpressionsSelectThePods() throws Exception {
        project.write("k8s/pdb.yaml", budget("policy/v1", """
                selector:
                  matchLabels: {app: chat-api}
                  matchExpressions:
                  - {key: app, operator: In, values: [chat-api, chat-worker]}
                  - {key: canary, operator: DoesNotExist}
                """));

        Outcome outcome = project.check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
    }

    @Test
    void reportsABudgetWhoseExpressionsExcludeThePods() throws Exception {
        project.write("k8s/pdb.yaml", budget("policy/v1", """
                selector:
                  matchLabels: {app: chat-api}
                  matchExpressions:
                  - {key: app, operator: NotIn, values: [chat-api]}
                """));

        Outcome outcome = project.check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-011", "k8s/app.yaml", 4));
    }

    @Test
    void countsAnEmptyPolicyV1SelectorAsSelectingEveryPodOfTheNamespace() throws Exception {
        project.write("k8s/pdb.yaml", budget("policy/v1", "selector: {}\n"));

        assertThat(project.check().findings()).isEmpty();
    }

    @Test
    void doesNotCountAnEmptyV1beta1SelectorOrAMissingOne() throws Exception {
        project.write("k8s/pdb.yaml", budget("policy/v1beta1", "selector: {}\n"))
                .write("k8s/pdb-without-selector.yaml", budget("policy/v1", "minAvailable: 1\n"));

        Outcome outcome = project.check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-011", "k8s/app.yaml", 4));
    }
}
