package dev.mistralready.checks.deploy;

import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.project.files.TestFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;

/** A project in a temp dir with manifests written by the test, and the gate run over it. */
final class K8sProject {

    /** The PDB that selects {@code app: chat-api}, so tests of other rules see no MR-K8S-011. */
    static final String BUDGET = """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: chat-api
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: chat-api}
            """;

    private final Path root;

    K8sProject(Path root) {
        this.root = root;
    }

    K8sProject write(String path, String text) throws Exception {
        TestFiles.write(root, path, text);
        return this;
    }

    /**
     * A Deployment {@code name} of 3 replicas with pods labelled {@code app: chat-api}; its container
     * {@code app} is on line 14, and {@code probes} (indented by 8) start on line 20. With
     * {@code givenKey} it is given MISTRAL_API_KEY from a Secret; without, a LOG_LEVEL on the same lines.
     */
    static String deployment(String name, boolean givenKey, String probes) {
        String env = givenKey ? """
                        - name: MISTRAL_API_KEY
                          valueFrom: {secretKeyRef: {name: mistral, key: api-key}}
                """ : """
                        - name: LOG_LEVEL
                          value: info
                """;
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
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
                        image: registry.example.com/chat-api:1.4.2
                        env:
                %s        resources: {requests: {cpu: 250m, memory: 256Mi}, limits: {cpu: "1", memory: 512Mi}}
                %s""".formatted(name, env, probes.indent(8));
    }

    /** Readiness on /ready and liveness on /healthz: probes no rule objects to, from line 20. */
    static final String SHALLOW_PROBES = """
            readinessProbe:
              httpGet: {path: /ready, port: 8080}
            livenessProbe:
              httpGet: {path: /healthz, port: 8080}
            """;

    Outcome check(K8sManifestsOptions options) throws Exception {
        return new K8sManifestsCheck().run(options,
                new CheckContext(root, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    Outcome check() throws Exception {
        return check(K8sManifestsOptions.defaults());
    }

    Outcome checkAll() throws Exception {
        return check(K8sManifestsOptions.defaults().checkingAllWorkloads());
    }

    static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow().file(),
                        finding.location().orElseThrow().line()))
                .toList();
    }

    static Finding only(Outcome outcome) {
        if (outcome.findings().size() != 1) {
            throw new AssertionError("expected one finding, got " + outcome.findings());
        }
        return outcome.findings().get(0);
    }
}
