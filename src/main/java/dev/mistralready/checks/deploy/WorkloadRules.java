package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules one workload must follow, in priority order. Each finding names the workload and the
 * container, sits on the line of the offending node, and carries the fix in one sentence.
 */
final class WorkloadRules {

    static final String KEY_LITERAL = "MR-K8S-001";
    static final String NO_READINESS = "MR-K8S-002";
    static final String PROBE_CALLS_MISTRAL = "MR-K8S-003";
    static final String NO_LIVENESS = "MR-K8S-004";
    static final String RECREATE = "MR-K8S-005";
    static final String ALL_UNAVAILABLE = "MR-K8S-006";
    static final String CANARY_STRAIGHT_TO_FULL = "MR-K8S-007";
    static final String NO_REVISION_HISTORY = "MR-K8S-008";
    static final String FLOATING_IMAGE = "MR-K8S-009";
    static final String SINGLE_REPLICA = "MR-K8S-010";
    static final String NO_DISRUPTION_BUDGET = "MR-K8S-011";
    static final String NO_RESOURCES = "MR-K8S-012";
    static final String IDENTICAL_PROBES = "MR-K8S-013";

    private final K8sManifestsOptions options;
    private final ProbeRules probes;
    private final RolloutRules rollout;
    private final AvailabilityRules availability;

    WorkloadRules(K8sManifestsOptions options, List<KubeObject> allObjects) {
        this.options = options;
        this.probes = new ProbeRules(options);
        this.rollout = new RolloutRules(allObjects);
        this.availability = new AvailabilityRules(allObjects);
    }

    List<Finding> check(Workload workload) {
        List<Finding> findings = new ArrayList<>();
        for (Workload.Container container : workload.containers()) {
            keySource(workload, container, findings);
        }
        boolean givenKey = workload.usesKey(options.keyNames());
        for (Workload.Container container : workload.containers()) {
            probes.check(workload, container, givenKey, findings);
        }
        rollout.check(workload, findings);
        for (Workload.Container container : workload.containers()) {
            image(workload, container, findings);
        }
        availability.check(workload, findings);
        for (Workload.Container container : workload.containers()) {
            resources(workload, container, findings);
        }
        return findings;
    }

    private void keySource(Workload workload, Workload.Container container, List<Finding> findings) {
        JsonNode env = container.node().path("env");
        for (int index : container.keyVariables(options.keyNames())) {
            JsonNode variable = env.get(index);
            String pointer = container.pointer() + "/env/" + index;
            String name = variable.path("name").asText();
            if (variable.has("value")) {
                findings.add(WorkloadFinding.of(KEY_LITERAL, Severity.ERROR, workload, container, pointer + "/value",
                        name + " is a literal `value:`, so the key sits in the manifest and in git",
                        "Put the key in a Secret and use `valueFrom.secretKeyRef` (or `envFrom.secretRef`) instead of `value:`."));
            } else if (variable.has("valueFrom") && !variable.path("valueFrom").has("secretKeyRef")) {
                findings.add(WorkloadFinding.of(KEY_LITERAL, Severity.ERROR, workload, container, pointer + "/valueFrom",
                        name + " comes from `valueFrom` without `secretKeyRef`, so the key is not kept in a Secret",
                        "Put the key in a Secret and use `valueFrom.secretKeyRef` instead."));
            }
        }
        container.mistralEnvFrom().ifPresent(index -> {
            String pointer = container.pointer() + "/envFrom/" + index;
            if (container.node().path("envFrom").get(index).has("configMapRef")) {
                findings.add(WorkloadFinding.of(KEY_LITERAL, Severity.ERROR, workload, container, pointer + "/configMapRef",
                        "the Mistral settings come from a ConfigMap, which is not meant for secrets",
                        "Move the key into a Secret and use `envFrom.secretRef` instead of `configMapRef`."));
            }
        });
    }

    private void image(Workload workload, Workload.Container container, List<Finding> findings) {
        String image = container.node().path("image").asText("");
        if (image.contains("@")) {
            return; // pinned by digest
        }
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        String tag = colon < 0 ? "" : lastSegment.substring(colon + 1);
        if (tag.isEmpty() || tag.equals("latest")) {
            String pointer = container.node().has("image") ? container.pointer() + "/image" : container.pointer();
            findings.add(WorkloadFinding.of(FLOATING_IMAGE, Severity.ERROR, workload, container, pointer,
                    "image `" + image + "` is " + (tag.isEmpty() ? "untagged" : "`:latest`")
                            + ", so a rollback may not bring the old code back",
                    "Pin the image to a release tag or a digest (`app:1.4.2` or `app@sha256:…`)."));
        }
    }

    private void resources(Workload workload, Workload.Container container, List<Finding> findings) {
        JsonNode resources = container.node().path("resources");
        List<String> missing = new ArrayList<>();
        for (String group : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (!resources.path(group).hasNonNull(resource)) {
                    missing.add(group + "." + resource);
                }
            }
        }
        if (!missing.isEmpty()) {
            String pointer = resources.isObject() ? container.pointer() + "/resources" : container.pointer();
            findings.add(WorkloadFinding.of(NO_RESOURCES, Severity.WARNING, workload, container, pointer,
                    "no " + String.join(", ", missing) + ", so the pod can starve or be starved by its neighbours",
                    "Set `resources.requests` and `resources.limits` for cpu and memory."));
        }
    }
}
