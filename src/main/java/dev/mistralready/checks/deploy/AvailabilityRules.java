package dev.mistralready.checks.deploy;

import static dev.mistralready.checks.deploy.WorkloadRules.NO_DISRUPTION_BUDGET;
import static dev.mistralready.checks.deploy.WorkloadRules.SINGLE_REPLICA;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a workload survives a restart and a node drain: two pods or more, kept by its own
 * {@code replicas} or by the autoscaler that owns the count (an HPA's {@code minReplicas}, a KEDA
 * ScaledObject's {@code minReplicaCount}), and a PodDisruptionBudget whose selector selects its pods.
 */
final class AvailabilityRules {

    private final List<KubeObject> allObjects;

    AvailabilityRules(List<KubeObject> allObjects) {
        this.allObjects = List.copyOf(allObjects);
    }

    void check(Workload workload, List<Finding> findings) {
        replicas(workload, findings);
        if (!hasDisruptionBudget(workload)) {
            findings.add(WorkloadFinding.of(NO_DISRUPTION_BUDGET, Severity.WARNING, workload, null, "/metadata/name",
                    "no PodDisruptionBudget selects its pods, so a node drain may evict them all at once",
                    "Add a PodDisruptionBudget with `maxUnavailable: 1` whose selector matches the pod labels."));
        }
    }

    private void replicas(Workload workload, List<Finding> findings) {
        KubeObject owner = WorkloadRef.rolloutRunning(workload, allObjects).orElse(workload.object());
        String ownerText = owner == workload.object() ? ""
                : owner.shownAs() + " (" + owner.file() + "), which runs these pods by `workloadRef`: ";
        Optional<Autoscaler> autoscaler = allObjects.stream()
                .flatMap(object -> Autoscaler.scaling(object, owner).stream())
                .max(Comparator.comparingInt(Autoscaler::minReplicas));
        if (autoscaler.isPresent()) {
            Autoscaler scaler = autoscaler.get();
            if (scaler.minReplicas() < 2) {
                findings.add(WorkloadFinding.on(SINGLE_REPLICA, Severity.WARNING, workload, null, scaler.object(),
                        scaler.pointer(), ownerText + scaler.describe() + ", so at times " + pods(scaler.minReplicas())
                                + " and every restart or node drain is an outage",
                        "Set `" + (scaler.object().kind().equals(Autoscaler.HPA) ? "minReplicas" : "minReplicaCount")
                                + ": 2` or more on " + scaler.object().shownAs() + "."));
            }
            return;
        }
        JsonNode replicas = owner.root().path("spec").path("replicas");
        if (!replicas.isNumber() || replicas.asInt() < 2) {
            findings.add(WorkloadFinding.on(SINGLE_REPLICA, Severity.WARNING, workload, null, owner,
                    replicas.isNumber() ? "/spec/replicas" : "/spec",
                    ownerText + (replicas.isNumber() ? "`replicas: " + replicas.asInt() + "`" : "no `replicas`, so 1 replica")
                            + ": every restart or node drain is an outage",
                    "Set `replicas: 2` or more (or scale it with a HorizontalPodAutoscaler with `minReplicas: 2` "
                            + "or a KEDA ScaledObject with `minReplicaCount: 2`)."));
        }
    }

    private static String pods(int count) {
        return count == 0 ? "no pod runs" : count == 1 ? "1 pod runs" : count + " pods run";
    }

    private boolean hasDisruptionBudget(Workload workload) {
        JsonNode podLabels = workload.spec().path("template").path("metadata").path("labels");
        return allObjects.stream().anyMatch(object -> object.kind().equals("PodDisruptionBudget")
                && object.namespace().equals(workload.object().namespace())
                && LabelSelector.of(object.root().path("spec").path("selector"),
                        !object.root().path("apiVersion").asText("").equals("policy/v1beta1"))
                        .matches(podLabels));
    }
}
