package dev.mistralready.checks.deploy;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;

/** Builds the findings of the workload rules: named for the workload and container, fingerprinted by both. */
final class WorkloadFinding {

    private WorkloadFinding() {
    }

    /** A finding on the node at {@code pointer} of the workload itself. */
    static Finding of(String rule, Severity severity, Workload workload, Workload.Container container, String pointer,
                      String message, String fix) {
        return on(rule, severity, workload, container, workload.object(), pointer, message, fix);
    }

    /** A finding about the workload that sits on a node of another object (the autoscaler that scales it). */
    static Finding on(String rule, Severity severity, Workload workload, Workload.Container container, KubeObject where,
                      String pointer, String message, String fix) {
        String subject = workload.object().shownAs() + (container == null ? "" : ", container " + container.name());
        return Finding.of(rule, severity, subject + ": " + message, fix)
                .at(where.at(pointer))
                .withFingerprint(rule + ":" + workload.object().file() + ":" + workload.object().shownAs()
                        + (container == null ? "" : ":" + container.name()));
    }
}
