package dev.mistralready.checks.deploy;

import java.util.Optional;

/**
 * What keeps a workload's replica count instead of its {@code spec.replicas}: a HorizontalPodAutoscaler
 * ({@code minReplicas}, default 1) or a KEDA ScaledObject ({@code minReplicaCount}, default 0, and a
 * target kind that defaults to Deployment).
 *
 * @param object      the HPA or ScaledObject
 * @param minReplicas the fewest pods it keeps
 * @param pointer     the node that says so ({@code /spec/minReplicas}), or {@code /spec} when it is left out
 */
record Autoscaler(KubeObject object, int minReplicas, String pointer) {

    static final String HPA = "HorizontalPodAutoscaler";
    static final String SCALED_OBJECT = "ScaledObject";

    /** The autoscaler {@code object} is, if it scales {@code target} (a workload, or the Rollout that runs one). */
    static Optional<Autoscaler> scaling(KubeObject object, KubeObject target) {
        boolean hpa = object.kind().equals(HPA);
        boolean keda = object.kind().equals(SCALED_OBJECT) && object.root().path("apiVersion").asText("").startsWith("keda.sh/");
        if (!hpa && !keda) {
            return Optional.empty();
        }
        var spec = object.root().path("spec");
        var ref = spec.path("scaleTargetRef");
        String kind = ref.path("kind").asText(keda ? "Deployment" : target.kind());
        if (!ref.path("name").asText("").equals(target.name()) || !kind.equals(target.kind())
                || !object.namespace().equals(target.namespace())) {
            return Optional.empty();
        }
        String field = hpa ? "minReplicas" : "minReplicaCount";
        var min = spec.path(field);
        return Optional.of(new Autoscaler(object, min.isNumber() ? min.asInt() : hpa ? 1 : 0,
                min.isNumber() ? "/spec/" + field : "/spec"));
    }

    /** {@code HorizontalPodAutoscaler chat-api (k8s/hpa.yaml) keeps `minReplicas: 1`}. */
    String describe() {
        String field = object.kind().equals(HPA) ? "minReplicas" : "minReplicaCount";
        boolean given = !pointer.equals("/spec");
        return object.shownAs() + " (" + object.file() + ") keeps " + (given ? "`" + field + ": " + minReplicas + "`"
                : minReplicas + " (no `" + field + "`)");
    }
}
