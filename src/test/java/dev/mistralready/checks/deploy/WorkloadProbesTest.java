package dev.mistralready.checks.deploy;

import static dev.mistralready.checks.deploy.K8sProject.BUDGET;
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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MR-K8S-002, 003, 004 and 013: probes of any kind, none of them on the deep health check that calls Mistral. */
class WorkloadProbesTest {

    @TempDir
    Path dir;

    private K8sProject project;

    @BeforeEach
    void budget() throws Exception {
        project = new K8sProject(dir).write("k8s/pdb.yaml", BUDGET);
    }

    @Test
    void acceptsAReadinessProbeOfEveryKindOnAShallowCheck() throws Exception {
        project.write("k8s/grpc.yaml", deployment("grpc", true, """
                        readinessProbe: {grpc: {port: 50051}}
                        livenessProbe: {grpc: {port: 50051}, failureThreshold: 6}
                        """))
                .write("k8s/exec.yaml", deployment("exec", true, """
                        readinessProbe: {exec: {command: [podcli, check, http, "localhost:9898/readyz"]}}
                        livenessProbe: {exec: {command: [podcli, check, http, "localhost:9898/healthz"]}}
                        """))
                .write("k8s/tcp.yaml", deployment("tcp", true, """
                        readinessProbe: {tcpSocket: {port: 6379}, periodSeconds: 5}
                        livenessProbe: {tcpSocket: {port: 6379}}
                        """))
                .write("k8s/http.yaml", deployment("http", true, """
                        readinessProbe: {httpGet: {path: /actuator/health/readiness, port: http}}
                        livenessProbe: {httpGet: {path: /_healthz, port: 8080}}
                        """));

        Outcome outcome = project.check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).startsWith("4 workloads ready");
    }

    @Test
    void warnsThatAReadinessProbeOnTheDeepHealthPathGoesUnreadyInAMistralOutage() throws Exception {
        project.write("k8s/app.yaml", deployment("chat-api", true, """
                readinessProbe:
                  httpGet:
                    path: /health?full=1
                    port: 8080
                livenessProbe: {httpGet: {path: /healthz, port: 8080}}
                """));

        Outcome outcome = project.check();

        Finding finding = only(outcome);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-003", "k8s/app.yaml", 22));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(finding.message()).isEqualTo("Deployment chat-api, container app: the readiness probe calls /health, "
                + "the deep health check that calls Mistral: in a Mistral outage every pod goes unready and the Service "
                + "has no endpoints left, and every probe spends the workspace's rate limit");
        assertThat(finding.fix()).isEqualTo("Point the readinessProbe at a shallow endpoint that does not call Mistral "
                + "(e.g. /healthz or /ready); the deep /health belongs to monitoring and the canary watch.");
    }

    @Test
    void warnsThatLivenessAndStartupProbesOnTheDeepHealthPathRestartOrStallEveryPod() throws Exception {
        project.write("k8s/app.yaml", deployment("chat-api", true, """
                readinessProbe: {httpGet: {path: /ready, port: 8080}}
                livenessProbe:
                  exec:
                    command: [sh, -c, "curl -fsS http://localhost:8080/health/ > /dev/null"]
                startupProbe: {httpGet: {path: /health, port: 8080}}
                """));

        Outcome outcome = project.check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple("MR-K8S-003", "k8s/app.yaml", 23),
                tuple("MR-K8S-003", "k8s/app.yaml", 24));
        assertThat(outcome.findings()).extracting(Finding::message).satisfiesExactly(
                liveness -> assertThat(liveness).contains("the liveness probe calls /health", "every pod is restarted"),
                startup -> assertThat(startup).contains("the startup probe calls /health", "no new pod finishes starting"));
    }

    @Test
    void judgesProbesAgainstTheConfiguredHealthPathOnly() throws Exception {
        project.write("k8s/app.yaml", deployment("chat-api", true, """
                readinessProbe: {httpGet: {path: /actuator/health/readiness, port: 8080}}
                livenessProbe: {httpGet: {path: /actuator/health, port: 8080}}
                """));

        Outcome outcome = project.check(new K8sManifestsOptions(List.of(), List.of(), "/actuator/health", false, false));

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-003", "k8s/app.yaml", 21));
    }

    @Test
    void doesNotSayAWorkloadCallsMistralWhenItIsNotGivenTheKey() throws Exception {
        project.write("k8s/worker.yaml", deployment("worker", false, """
                readinessProbe: {httpGet: {path: /health, port: 8080}}
                """));

        Outcome outcome = project.checkAll();

        Finding finding = only(outcome);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-004", "k8s/worker.yaml", 14));
        assertThat(finding.message()).isEqualTo("Deployment worker, container app: no liveness probe, so a hung process "
                + "is never restarted");
        assertThat(finding.fix()).doesNotContain("Mistral").contains("does not call the app's dependencies");
    }

    @Test
    void asksForAReadinessProbeOfAnyKindThatDoesNotCallMistral() throws Exception {
        project.write("k8s/app.yaml", deployment("chat-api", true, """
                livenessProbe: {httpGet: {path: /healthz, port: 8080}}
                """));

        Outcome outcome = project.check();

        Finding finding = only(outcome);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-002", "k8s/app.yaml", 14));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.fix()).isEqualTo("Add a `readinessProbe` of any kind (`httpGet`, `grpc`, `exec` or "
                + "`tcpSocket`) on a cheap endpoint that does not call Mistral, e.g. `httpGet: {path: /ready, port: <app port>}`.");
    }

    @Test
    void reportsAProbeWithoutAHandlerAsMissing() throws Exception {
        project.write("k8s/app.yaml", deployment("chat-api", true, """
                readinessProbe:
                  initialDelaySeconds: 5
                livenessProbe: {httpGet: {path: /healthz, port: 8080}}
                """));

        Outcome outcome = project.check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-002", "k8s/app.yaml", 20));
        assertThat(only(outcome).message()).contains("the readiness probe names no `httpGet`, `grpc`, `exec` or `tcpSocket`");
    }

    @Test
    void warnsAboutIdenticalProbesWithoutBlamingMistral() throws Exception {
        project.write("k8s/redis.yaml", deployment("redis", false, """
                readinessProbe:
                  tcpSocket: {port: 6379}
                livenessProbe:
                  tcpSocket: {port: 6379}
                """));

        Outcome outcome = project.checkAll();

        Finding finding = only(outcome);
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-013", "k8s/redis.yaml", 22));
        assertThat(finding.message()).doesNotContain("Mistral")
                .contains("a pod that is only unready (busy, or waiting on a dependency) is restarted");
    }
}
