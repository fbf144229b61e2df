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
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MR-K8S-006 and 007 on Argo Rollouts: a canary without steps is a rolling update; one that jumps to 100% is not gradual. */
class WorkloadRolloutTest {

    @TempDir
    Path dir;

    private K8sProject project;

    @BeforeEach
    void budget() throws Exception {
        project = new K8sProject(dir).write("k8s/pdb.yaml", BUDGET);
    }

    /** The test Deployment as an Argo Rollout whose {@code strategy} (indented by 2) starts on line 7. */
    private static String rollout(String strategy) {
        return deployment("chat-api", true, SHALLOW_PROBES)
                .replace("apiVersion: apps/v1\nkind: Deployment", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout")
                .replace("  replicas: 3\n", "  replicas: 3\n" + strategy.indent(2));
    }

    @Test
    void acceptsACanaryWithoutStepsAsTheRollingUpdateArgoDocumentsItAs() throws Exception {
        project.write("k8s/rollout.yaml", rollout("""
                strategy:
                  canary: {maxSurge: 1, maxUnavailable: 0}
                """));

        Outcome outcome = project.check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
    }

    @Test
    void judgesAStepLessCanaryLikeARollingUpdateThatTakesEveryPodDown() throws Exception {
        project.write("k8s/rollout.yaml", rollout("""
                strategy:
                  canary:
                    maxUnavailable: 100%
                """));

        assertThat(rulesAndPlaces(project.check())).containsExactly(tuple("MR-K8S-006", "k8s/rollout.yaml", 9));
    }

    @Test
    void reportsACanaryWhoseFirstWeightIsFullTraffic() throws Exception {
        project.write("k8s/rollout.yaml", rollout("""
                strategy:
                  canary:
                    steps:
                    - setCanaryScale: {replicas: 1}
                    - setWeight: 100
                    - pause: {duration: 10m}
                """));

        Outcome outcome = project.check();

        Finding finding = only(outcome);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-007", "k8s/rollout.yaml", 11));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("Rollout chat-api: the canary's step 2 is `setWeight: 100` with no lower "
                + "weight, pause or analysis before it, so all traffic shifts to the new version at once");
    }

    @Test
    void acceptsFullTrafficAfterAPauseOrAnAnalysisOrALowerWeight() throws Exception {
        project.write("k8s/paused.yaml", rollout("""
                strategy:
                  canary:
                    steps: [{pause: {duration: 5m}}, {setWeight: 100}]
                """).replace("name: chat-api\nspec", "name: paused\nspec"))
                .write("k8s/analysed.yaml", rollout("""
                strategy:
                  canary:
                    steps: [{analysis: {templates: [{templateName: success-rate}]}}, {setWeight: 100}]
                """).replace("name: chat-api\nspec", "name: analysed\nspec"))
                .write("k8s/weighted.yaml", rollout("""
                strategy:
                  canary:
                    steps: [{setWeight: 20}, {setWeight: 100}]
                """).replace("name: chat-api\nspec", "name: weighted\nspec"));

        Outcome outcome = project.check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.summary()).startsWith("3 workloads ready");
    }

    /** A Rollout that runs the Deployment {@code chat-api} by {@code workloadRef}; its strategy starts on line 8. */
    private static String rolloutByRef(String strategy) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Rollout
                metadata:
                  name: chat-api-rollout
                spec:
                  replicas: 3
                  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: chat-api}
                """ + strategy.indent(2);
    }

    @Test
    void judgesTheCanaryOfTheRolloutThatRunsADeploymentByWorkloadRefOnTheRolloutsLine() throws Exception {
        project.write("k8s/app.yaml", deployment("chat-api", true, SHALLOW_PROBES).replace("replicas: 3", "replicas: 0"))
                .write("k8s/rollout.yaml", rolloutByRef("""
                        strategy:
                          canary:
                            steps:
                            - setWeight: 100
                        """));

        Outcome outcome = project.check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-007", "k8s/rollout.yaml", 11));
        assertThat(only(outcome).message()).startsWith("Deployment chat-api: Rollout chat-api-rollout (k8s/rollout.yaml), "
                + "which runs these pods by `workloadRef`: the canary's step 1 is `setWeight: 100`");
    }

    @Test
    void ignoresTheStrategyOfADeploymentThatAGradualRolloutRunsByWorkloadRef() throws Exception {
        String recreate = deployment("chat-api", true, SHALLOW_PROBES).replace("replicas: 3", "replicas: 0")
                .replaceFirst("spec:\n", "spec:\n  strategy: {type: Recreate}\n");
        assertThat(recreate).contains("type: Recreate");
        project.write("k8s/app.yaml", recreate)
                .write("k8s/rollout.yaml", rolloutByRef("""
                        strategy:
                          canary: {steps: [{setWeight: 10}, {pause: {}}]}
                        """));

        Outcome outcome = project.check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
    }
}
