package dev.mistralready.checks.deploy;

import static dev.mistralready.project.files.TestFiles.write;
import static dev.mistralready.checks.deploy.K8sProject.rulesAndPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts rendered by {@code helm template}: a fake {@code helm} script, first on the PATH the check is
 * given, plays helm's part as a real subprocess, writing what the test put in {@code RENDER_FROM} where
 * {@code --output-dir} says, as helm does.
 */
class K8sManifestsHelmTest {

    private static final String DEPLOYMENT = """
            ---
            # Source: chat-api/templates/deployment.yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: release-name-chat-api
            spec:
              replicas: 3
              selector:
                matchLabels: {app: chat-api}
              template:
                metadata:
                  labels: {app: chat-api}
                spec:
                  containers:
                  - name: app
                    image: registry.example.com/chat-api:latest
                    readinessProbe: {httpGet: {path: /health, port: 8080}}
                    livenessProbe: {httpGet: {path: /live, port: 8080}}
                    resources:
                      requests: {cpu: 100m, memory: 128Mi}
                      limits: {cpu: "1", memory: 256Mi}
            """;
    private static final String BUDGET = """
            ---
            # Source: chat-api/templates/pdb.yaml
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: release-name-chat-api
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: chat-api}
            """;

    @TempDir
    Path dir;

    private Path project;
    private Path bin;
    private Path renderFrom;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void chart() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        bin = Files.createDirectories(dir.resolve("bin"));
        renderFrom = Files.createDirectories(dir.resolve("rendered"));
        write(project, "deploy/chart/Chart.yaml", "apiVersion: v2\nname: chat-api\nversion: 0.1.0\n");
        write(project, "deploy/chart/values.yaml", "image: {tag: latest}\n");
        write(project, "deploy/chart/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                + "  name: {{ include \"chat-api.fullname\" . }}\n");
        write(project, "deploy/chart/templates/pdb.yaml", "{{- if .Values.pdb }}\napiVersion: policy/v1\n{{- end }}\n");
        environment.put("PATH", bin + ":/usr/bin:/bin");
        environment.put("RENDER_FROM", renderFrom.toString());
    }

    /** A helm that records its arguments in the project, then runs {@code body}. */
    private void helm(String body) throws Exception {
        Path script = write(bin, "helm", "#!/bin/sh\nprintf '%s\\n' \"$@\" > helm-args.txt\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A helm that copies RENDER_FROM's files into {@code <output-dir>/chat-api/templates/}. */
    private void renderingHelm() throws Exception {
        helm("""
                out=""
                while [ $# -gt 0 ]; do [ "$1" = --output-dir ] && out="$2"; shift; done
                mkdir -p "$out/chat-api/templates" && cp -R "$RENDER_FROM"/. "$out/chat-api/"
                echo "wrote $out/chat-api/templates/deployment.yaml"
                """);
    }

    private Outcome check(K8sManifestsOptions options, Clock clock) throws Exception {
        return new K8sManifestsCheck().run(options.checkingAllWorkloads(),
                new CheckContext(project, environment, clock, new Cancellation(), Progress.NONE));
    }

    private Outcome check(K8sManifestsOptions options) throws Exception {
        return check(options, Clock.systemUTC());
    }

    private Outcome check() throws Exception {
        return check(K8sManifestsOptions.defaults());
    }


    @Test
    void judgesTheRenderedChartAndPutsEachFindingOnItsTemplateSayingTheRenderedLine() throws Exception {
        renderingHelm();
        write(renderFrom, "templates/deployment.yaml", DEPLOYMENT);
        write(renderFrom, "templates/pdb.yaml", BUDGET);

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-009", "deploy/chart/templates/deployment.yaml", 1));
        assertThat(outcome.findings().get(0).message()).startsWith("Deployment release-name-chat-api, container app:")
                .endsWith("(rendered by `helm template`: line 17 of chat-api/templates/deployment.yaml)");
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("1 problem in 1 workload (2 objects in 4 files)");
        assertThat(outcome.details()).startsWith("rendered deploy/chart/ with `helm template`: 2 objects from 2 output files");
        assertThat(Files.readAllLines(project.resolve("helm-args.txt")))
                .containsSubsequence("template", "./deploy/chart", "--output-dir");
    }

    @Test
    void rendersWithTheGatesValuesFilesAfterTheChartsOwn() throws Exception {
        renderingHelm();
        write(renderFrom, "templates/pdb.yaml", BUDGET);
        write(project, "deploy/values-prod.yaml", "image: {tag: 1.4.2}\n");

        Outcome outcome = check(K8sManifestsOptions.defaults().withValues(List.of("deploy/values-prod.yaml")));

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(Files.readAllLines(project.resolve("helm-args.txt"))).endsWith("--values", "deploy/values-prod.yaml");
        assertThat(outcome.details()).startsWith("rendered deploy/chart/ with `helm template` and deploy/values-prod.yaml: 1 object");
    }

    @Test
    void aValuesFileThatIsNotThereIsAnErrorBeforeHelmRuns() throws Exception {
        renderingHelm();

        Outcome outcome = check(K8sManifestsOptions.defaults().withValues(List.of("deploy/values-prod.yaml")));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).isEqualTo("`values` file `deploy/values-prod.yaml` not found in the project");
        assertThat(project.resolve("helm-args.txt")).doesNotExist();
    }

    @Test
    void aTemplateOfAPackedSubchartIsPlacedOnTheChartWithTheTemplateNamed() throws Exception {
        renderingHelm();
        write(renderFrom, "templates/pdb.yaml", BUDGET);
        write(renderFrom, "charts/redis/templates/deployment.yaml",
                DEPLOYMENT.replace("chat-api/templates", "chat-api/charts/redis/templates"));

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-009", "deploy/chart/Chart.yaml", 1));
        assertThat(outcome.findings().get(0).message())
                .endsWith("(rendered by `helm template`: line 17 of chat-api/charts/redis/templates/deployment.yaml)");
    }

    @Test
    void aChartThatDoesNotRenderIsAWarningOnItsChartFileInHelmsWords() throws Exception {
        helm("echo 'Error: found in Chart.yaml, but missing in charts/ directory: redis' >&2\nexit 1\n");
        write(project, "deploy/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: chat-api\n");

        Outcome outcome = check();

        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-017", "deploy/chart/Chart.yaml", 1));
        assertThat(outcome.findings().get(0).message()).isEqualTo("the Helm chart deploy/chart/ did not render, so none of "
                + "its 2 templates was checked: `helm template` exited with code 1: Error: found in Chart.yaml, but "
                + "missing in charts/ directory: redis");
        assertThat(outcome.status()).isEqualTo(Status.WARN);
    }

    @Test
    void aHelmThatHangsIsStoppedAtItsDeadlineWithNothingLeftRunning() throws Exception {
        helm("sleep 3171 &\nexec sleep 3172\n");
        AtomicLong reads = new AtomicLong();
        Instant start = Instant.parse("2026-12-02T12:00:00Z");
        Clock leaping = new Clock() { // each look at the time is ten seconds later: the deadline comes at once
            @Override
            public Instant instant() {
                return start.plusSeconds(10 * reads.getAndIncrement());
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        long began = System.nanoTime();

        Outcome outcome = check(K8sManifestsOptions.defaults(), leaping);

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(20));
        assertThat(rulesAndPlaces(outcome)).containsExactly(tuple("MR-K8S-017", "deploy/chart/Chart.yaml", 1));
        assertThat(outcome.findings().get(0).message())
                .endsWith("`helm template` did not finish within 1m and was stopped");
        assertThat(ProcessHandle.allProcesses().map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains("sleep 317"))).isEmpty();
    }

    @Test
    void whatAHelmLeavesRunningIsKilledAndNamed() throws Exception {
        // wait until the child has become sleep, or it may still be the forked shell when it is named
        helm("sleep 3173 &\nwhile [ \"$(cat /proc/$!/comm 2>/dev/null)\" != sleep ]; do :; done\nexit 0\n");

        Outcome outcome = check();

        assertThat(outcome.details()).contains("killed 1 process the command left running: sleep");
        assertThat(ProcessHandle.allProcesses().map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains("sleep 3173"))).isEmpty();
    }

    @Test
    void withoutHelmAChartAloneIsNotCheckedAndSaysSoInsteadOfPassing() throws Exception {
        environment.put("PATH", "/usr/bin:/bin");

        Outcome outcome = check();

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("not checked: 1 Helm chart not rendered (helm is not on the PATH): deploy/chart/");
        assertThat(outcome.details()).isEqualTo("""
                not rendered deploy/chart/ (a Helm chart, 2 templates): helm is not on the PATH; install helm and the \
                gate checks what `helm template` renders
                skipped deploy/chart/templates/deployment.yaml: template of the Helm chart deploy/chart/, not rendered
                skipped deploy/chart/templates/pdb.yaml: template of the Helm chart deploy/chart/, not rendered""");
    }

    @Test
    void leavesNoRenderedOutputBehind() throws Exception {
        renderingHelm();
        write(renderFrom, "templates/pdb.yaml", BUDGET);
        List<Path> before;
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (var listing = Files.list(tmp)) {
            before = listing.filter(path -> path.getFileName().toString().startsWith("mistral-ready-helm-")).toList();
        }

        check();

        try (var listing = Files.list(tmp)) {
            assertThat(listing.filter(path -> path.getFileName().toString().startsWith("mistral-ready-helm-")))
                    .containsExactlyInAnyOrderElementsOf(before);
        }
    }
}
