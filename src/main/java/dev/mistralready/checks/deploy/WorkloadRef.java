package dev.mistralready.checks.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The Argo Rollout that runs a workload's pod template by {@code spec.workloadRef}. Such a Rollout
 * has no pod template of its own: the Deployment it names holds the pods, and the Rollout holds the
 * replica count and the rollout strategy (the Deployment's own is usually scaled to 0 on purpose).
 */
final class WorkloadRef {

    private WorkloadRef() {
    }

    static Optional<KubeObject> rolloutRunning(Workload workload, List<KubeObject> allObjects) {
        return allObjects.stream().filter(object -> object.kind().equals("Rollout")
                        && object.namespace().equals(workload.object().namespace())
                        && object.root().path("spec").path("workloadRef").path("kind").asText("").equals(workload.object().kind())
                        && object.root().path("spec").path("workloadRef").path("name").asText("").equals(workload.object().name()))
                .findFirst();
    }
}
