package dev.mistralready.checks.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate over the fixture repositories in src/test/resources/fixtures/k8s. */
class K8sManifestsCheckTest {

    @TempDir
    Path empty;

    private static Path fixture(String name) throws Exception {
        return Path.of(K8sManifestsCheckTest.class.getResource("/fixtures/k8s/" + name).toURI());
    }

    private static Outcome check(Path project, K8sManifestsOptions options) throws Exception {
        return new K8sManifestsCheck().run(options,
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static Outcome check(String fixture) throws Exception {
        return check(fixture(fixture), K8sManifestsOptions.defaults());
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow().file(),
                        finding.location().orElseThrow().line()))
                .toList();
    }

    private static Finding only(Outcome outcome, String rule) {
        return outcome.findings().stream().filter(finding -> finding.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + outcome.findings()));
    }

    @Test
    void passesTheGoodDeploymentWithSecretKeyRefShallowProbesRollingUpdateAndPinnedImage() throws Exception {
        Outcome outcome = check("good");

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("1 workload ready (3 objects in 3 files)");
    }

    @Test
    void reportsEachViolatedRuleOnceAtTheOffendingNode() throws Exception {
        Outcome outcome = check("violations");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactlyInAnyOrder(
                tuple("MR-K8S-006", "k8s/all-unavailable.yaml", 10),
                tuple("MR-K8S-007", "k8s/canary-straight-to-full.yaml", 11),
                tuple("MR-K8S-013", "k8s/identical-probes.yaml", 35),
                tuple("MR-K8S-014", "k8s/ignored.yaml", 6),
                tuple("MR-K8S-009", "k8s/latest-image.yaml", 22),
                tuple("MR-K8S-001", "k8s/literal-key.yaml", 27),
                tuple("MR-K8S-011", "k8s/no-budget.yaml", 4),
                tuple("MR-K8S-008", "k8s/no-history.yaml", 7),
                tuple("MR-K8S-004", "k8s/no-liveness.yaml", 21),
                tuple("MR-K8S-002", "k8s/no-readiness.yaml", 21),
                tuple("MR-K8S-012", "k8s/no-resources.yaml", 21),
                tuple("MR-K8S-003", "k8s/readiness-path.yaml", 33),
                tuple("MR-K8S-005", "k8s/recreate.yaml", 8),
                tuple("MR-K8S-010", "k8s/single-replica.yaml", 6));
        assertThat(outcome.details()).contains("1 finding ignored by `mistral-ready.dev/ignore` annotations");
    }

    @Test
    void namesTheWorkloadTheContainerAndTheFix() throws Exception {
        Finding literal = only(check("violations"), "MR-K8S-001");

        assertThat(literal.severity()).isEqualTo(Severity.ERROR);
        assertThat(literal.message()).isEqualTo("Deployment literal-key, container app: MISTRAL_API_KEY is a literal "
                + "`value:`, so the key sits in the manifest and in git");
        assertThat(literal.fix()).contains("valueFrom.secretKeyRef");
        assertThat(literal.location().orElseThrow().column()).isEqualTo(11);
    }

    @Test
    void warnsRatherThanFailsForDeepProbesLivenessReplicasBudgetsAndResources() throws Exception {
        Outcome outcome = check("violations");

        assertThat(outcome.findings()).filteredOn(finding -> finding.severity() == Severity.WARNING)
                .extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("MR-K8S-003", "MR-K8S-004", "MR-K8S-010", "MR-K8S-011", "MR-K8S-012", "MR-K8S-013", "MR-K8S-014");
    }

    @Test
    void readsEveryDocumentOfAMultiDocumentFile() throws Exception {
        Outcome outcome = check("multi");

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-009", "k8s/app.yaml", 86));
        assertThat(outcome.findings().get(0).message()).startsWith("Deployment chat-worker, container app: image "
                + "`registry.example.com/chat-worker` is untagged");
        assertThat(outcome.summary()).isEqualTo("1 problem in 2 workloads (5 objects in 1 file)");
    }

    @Test
    void checksWorkloadsWithoutTheKeyWhenAllWorkloadsIsSet() throws Exception {
        Outcome outcome = check(fixture("multi"), K8sManifestsOptions.defaults().checkingAllWorkloads());

        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-K8S-009", "k8s/app.yaml", 86),
                tuple("MR-K8S-009", "k8s/app.yaml", 132));
    }

    @Test
    void judgesAnArgoRolloutAndFailsOnTheBrokenFileBesideItNamingTheUnrenderedChart() throws Exception {
        Outcome outcome = check("argo");

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-016", "deploy/broken.yaml", 5));
        assertThat(outcome.findings().get(0).message()).isEqualTo("not valid YAML at line 5, column 1: while parsing a "
                + "flow sequence: expected ',' or ']', but got <stream end>; nothing from there on was checked");
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("1 problem in 1 workload (2 objects in 4 files, 1 file skipped); "
                + "1 Helm chart not rendered (helm is not on the PATH): deploy/chart/");
        assertThat(outcome.details()).contains("skipped deploy/chart/templates/deployment.yaml: template of the Helm chart "
                + "deploy/chart/, not rendered");
    }

    @Test
    void skipsWithWhereItLookedWhenThereAreNoManifests() throws Exception {
        Outcome outcome = check(empty, K8sManifestsOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Kubernetes manifests in k8s/, deploy/, manifests/, kustomize/");
    }

    @Test
    void failsWithoutManifestsWhenRequired() throws Exception {
        Outcome outcome = check(empty, K8sManifestsOptions.defaults().whenRequired());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("MR-K8S-015");
    }

    @Test
    void skipsWhenNoWorkloadIsGivenTheKey() throws Exception {
        Outcome outcome = check("no-key");

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Deployment, StatefulSet or Rollout is given MISTRAL_API_KEY "
                + "(1 object in 1 file); set `all-workloads: true` to check them all");
    }

    @Test
    void skipsWithoutClaimingAnythingAboutTheKeyWhenAllWorkloadsFindsNone() throws Exception {
        Outcome outcome = check(fixture("good"), K8sManifestsOptions.defaults().checkingAllWorkloads()
                .withPaths(List.of("k8s/service.yaml", "k8s/pdb.yaml")));

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Deployment, StatefulSet or Rollout with a pod template "
                + "(2 objects in 2 files)");
    }

    @Test
    void readsOnlyTheConfiguredPaths() throws Exception {
        Outcome outcome = check(fixture("violations"), K8sManifestsOptions.defaults()
                .withPaths(List.of("k8s/recreate.yaml", "k8s/pdb.yaml")));

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-005", "k8s/recreate.yaml", 8));
    }
}
