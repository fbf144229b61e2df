package dev.mistralready.checks.deploy;

import static dev.mistralready.checks.deploy.WorkloadRules.IDENTICAL_PROBES;
import static dev.mistralready.checks.deploy.WorkloadRules.NO_LIVENESS;
import static dev.mistralready.checks.deploy.WorkloadRules.NO_READINESS;
import static dev.mistralready.checks.deploy.WorkloadRules.PROBE_CALLS_MISTRAL;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;
import java.util.List;

/**
 * The probe rules of one container. Readiness may be any kind of probe; what matters is that no probe
 * calls the deep health endpoint ({@code health-path}), which calls Mistral: a probe on it takes every
 * pod out of traffic (readiness), restarts every pod (liveness) or keeps new pods from starting
 * (startup) whenever Mistral is down, and each probe spends the workspace's rate limit. The deep check
 * belongs to monitoring and the canary watch. That rule applies only to a workload given the key,
 * since only that one calls Mistral.
 */
final class ProbeRules {

    private final K8sManifestsOptions options;

    ProbeRules(K8sManifestsOptions options) {
        this.options = options;
    }

    void check(Workload workload, Workload.Container container, boolean givenKey, List<Finding> findings) {
        Probe readiness = Probe.of(container, "readinessProbe");
        Probe liveness = Probe.of(container, "livenessProbe");
        Probe startup = Probe.of(container, "startupProbe");
        String cheap = givenKey ? "a cheap endpoint that does not call Mistral"
                : "a cheap endpoint that does not call the app's dependencies";
        if (!readiness.present() || !readiness.hasHandler()) {
            findings.add(WorkloadFinding.of(NO_READINESS, Severity.ERROR, workload, container,
                    readiness.present() ? readiness.pointer() : container.pointer(),
                    (readiness.present() ? "the readiness probe names no `httpGet`, `grpc`, `exec` or `tcpSocket`"
                            : "no readiness probe") + ", so traffic reaches pods that cannot serve yet",
                    "Add a `readinessProbe` of any kind (`httpGet`, `grpc`, `exec` or `tcpSocket`) on " + cheap
                            + ", e.g. `httpGet: {path: " + shallow("/ready") + ", port: <app port>}`."));
        }
        if (!liveness.present() || !liveness.hasHandler()) {
            findings.add(WorkloadFinding.of(NO_LIVENESS, Severity.WARNING, workload, container,
                    liveness.present() ? liveness.pointer() : container.pointer(),
                    (liveness.present() ? "the liveness probe names no `httpGet`, `grpc`, `exec` or `tcpSocket`"
                            : "no liveness probe") + ", so a hung process is never restarted",
                    "Add a `livenessProbe` on " + cheap + " and checks only the process (a dead dependency must not "
                            + "restart every pod), e.g. `httpGet: {path: " + shallow("/healthz") + ", port: <app port>}`."));
        }
        if (givenKey) {
            deepHealth(workload, container, readiness, "every pod goes unready and the Service has no endpoints left", findings);
            deepHealth(workload, container, liveness, "every pod is restarted, over and over", findings);
            deepHealth(workload, container, startup, "no new pod finishes starting", findings);
        }
        if (readiness.present() && readiness.hasHandler() && liveness.node().equals(readiness.node())) {
            findings.add(WorkloadFinding.of(IDENTICAL_PROBES, Severity.WARNING, workload, container, liveness.pointer(),
                    "the liveness probe is identical to the readiness probe, so a pod that is only unready (busy, "
                            + "or waiting on a dependency) is restarted instead of being taken out of traffic",
                    "Give the liveness probe a cheaper check of its own (the process only), or at least a higher "
                            + "`failureThreshold` than the readiness probe."));
        }
    }

    private void deepHealth(Workload workload, Workload.Container container, Probe probe, String outage,
                            List<Finding> findings) {
        if (!probe.present()) {
            return;
        }
        probe.calls(options.healthPath()).ifPresent(pointer -> findings.add(WorkloadFinding.of(PROBE_CALLS_MISTRAL,
                Severity.WARNING, workload, container, pointer,
                "the " + probe.field().replace("Probe", "") + " probe calls " + options.healthPath()
                        + ", the deep health check that calls Mistral: in a Mistral outage " + outage
                        + ", and every probe spends the workspace's rate limit",
                "Point the " + probe.field() + " at a shallow endpoint that does not call Mistral (e.g. "
                        + shallow("/healthz") + " or " + shallow("/ready") + "); the deep " + options.healthPath()
                        + " belongs to monitoring and the canary watch.")));
    }

    /** {@code suggestion}, unless it is the deep health path itself. */
    private String shallow(String suggestion) {
        return suggestion.equals(options.healthPath()) ? suggestion + "z" : suggestion;
    }
}
