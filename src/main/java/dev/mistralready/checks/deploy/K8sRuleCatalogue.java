package dev.mistralready.checks.deploy;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.List;

/** The rules the {@code k8s-manifests} gate can report, for the rule catalogue. */
final class K8sRuleCatalogue {

    static final List<Rule> RULES = List.of(
            error(WorkloadRules.KEY_LITERAL, "The API key is not read from a Secret",
                    "A key as a literal value or in a ConfigMap is committed with the manifests and shown by kubectl"
                            + " describe to anyone who can read the namespace.",
                    "Keep it in a Secret: valueFrom.secretKeyRef, envFrom.secretRef or a mounted secret."),
            error(WorkloadRules.NO_READINESS, "A container without a readiness probe",
                    "Without readiness Kubernetes sends traffic to a pod as soon as it starts, and a rollout of a"
                            + " broken release replaces the working pods before anyone notices.",
                    "Add a readinessProbe on a cheap endpoint that does not call Mistral, such as /ready."),
            warning(WorkloadRules.PROBE_CALLS_MISTRAL, "A probe calls the deep health path",
                    "A probe that calls Mistral takes every pod out of service, or restarts it, when the provider is"
                            + " slow: a provider incident becomes a full outage.",
                    "Point the probe at a shallow endpoint; the deep check belongs to monitoring."),
            warning(WorkloadRules.NO_LIVENESS, "A container without a liveness probe",
                    "A hung process that still holds its port is never restarted without a liveness probe.",
                    "Add a livenessProbe on a cheap endpoint that does not call Mistral."),
            error(WorkloadRules.RECREATE, "A Deployment with strategy Recreate",
                    "Recreate stops every old pod before a new one runs: every deploy is an outage.",
                    "Use RollingUpdate with maxUnavailable: 0 and maxSurge: 1."),
            error(WorkloadRules.ALL_UNAVAILABLE, "A rolling update with maxUnavailable 100%",
                    "With every pod allowed to be unavailable at once, a rollout is an outage, like Recreate.",
                    "Set maxUnavailable to 0 or 25%."),
            error(WorkloadRules.CANARY_STRAIGHT_TO_FULL, "A canary that goes straight to 100%",
                    "A canary that reaches full weight before any pause or analysis exposes every user to the new"
                            + " release at once, which defeats the canary.",
                    "Start small and wait: setWeight 10, a pause, setWeight 50, a pause."),
            error(WorkloadRules.NO_REVISION_HISTORY, "revisionHistoryLimit: 0",
                    "With no revisions kept, kubectl rollout undo has nothing to go back to.",
                    "Remove revisionHistoryLimit or set it to 3 or more."),
            error(WorkloadRules.FLOATING_IMAGE, "An untagged or :latest image",
                    "A floating tag changes what runs without a change to the manifests, and a rollback pulls the"
                            + " same new image again.",
                    "Pin a release tag or a digest."),
            warning(WorkloadRules.SINGLE_REPLICA, "Fewer than 2 pods",
                    "With one pod every node drain, eviction or crash is an outage.",
                    "Run 2 or more, on whichever object owns the count."),
            warning(WorkloadRules.NO_DISRUPTION_BUDGET, "No PodDisruptionBudget",
                    "Without one a node drain may evict every pod of the app at once.",
                    "Add a PodDisruptionBudget with maxUnavailable: 1."),
            warning(WorkloadRules.NO_RESOURCES, "CPU or memory requests or limits missing",
                    "Without requests the scheduler packs pods blindly; without limits one pod can starve its"
                            + " neighbours or be killed first under pressure.",
                    "Set resources.requests and resources.limits."),
            warning(WorkloadRules.IDENTICAL_PROBES, "Liveness identical to readiness",
                    "When both probes are the same an unready pod is also restarted, so a slow dependency turns"
                            + " into a restart loop.",
                    "Give liveness a cheaper check of its own, or a higher failureThreshold."),
            warning(IgnoreAnnotation.MALFORMED, "An ignore annotation without a reason",
                    "An entry of mistral-ready.dev/ignore without a reason ignores nothing, and nobody can later"
                            + " tell why it was added.",
                    "Write <rule-id>: <reason>."),
            error(K8sManifestsCheck.NO_MANIFESTS, "No manifests found",
                    "The checklist requires Kubernetes manifests and none were found, so the deployment is unchecked.",
                    "Add the manifests or name them in paths."),
            error(ManifestProblems.NOT_YAML, "A manifest is not valid YAML",
                    "kubectl cannot apply a file that is not YAML, and nothing in it was checked.",
                    "Fix the YAML at that line, or move the file out of paths."),
            warning(ChartRendering.NOT_RENDERED, "A Helm chart did not render",
                    "What a chart that does not render deploys is unknown, so its workloads go unchecked.",
                    "Vendor its dependencies (helm dependency build) or give the gate values files."),
            error(KustomizeBuild.CANNOT_BUILD, "A kustomization cannot be built",
                    "kubectl kustomize fails on it, so the overlay cannot be deployed and was not checked.",
                    "Fix it so that kubectl kustomize DIR builds."));

    private K8sRuleCatalogue() {
    }
}
