package dev.mistralready.checks.deploy;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.List;

/** The rules the {@code k8s-manifests} gate can report, for the rule catalogue. */
final class K8sRuleCatalogue {

    static final List<Rule> RULES = List.of(
            error(WorkloadRules.KEY_LITERAL, "The Mistral key is not taken from a Secret",
                    "A literal `value:` puts the key in the manifest, so it is committed to git and shown by `kubectl get`"
                            + " and `kubectl describe` to anyone who can read the workload; a ConfigMap is not meant for"
                            + " secrets, and the access rules and encryption at rest a cluster gives Secrets do not cover it.",
                    "Keep the key in a Secret and read it with `valueFrom.secretKeyRef` or `envFrom.secretRef` (or mount"
                            + " the Secret), instead of a literal `value:` or a ConfigMap.")
                    .withFinds("In a checked workload, an `env` entry named in `key-names` (default `MISTRAL_API_KEY`)"
                            + " has a literal `value:`, or a `valueFrom` without `secretKeyRef` (`configMapKeyRef`,"
                            + " `fieldRef`, ...); or an `envFrom` entry whose ConfigMap is named for Mistral"
                            + " (`configMapRef` with `mistral` in its name). At the `value:`, `valueFrom:` or"
                            + " `configMapRef:` line.")
                    .withExample("""
                            ```yaml
                            env:
                              - name: MISTRAL_API_KEY
                                value: "<your key>"
                            # fixed:
                              - name: MISTRAL_API_KEY
                                valueFrom: {secretKeyRef: {name: mistral, key: api-key}}
                            ```"""),
            error(WorkloadRules.NO_READINESS, "A container without a readiness probe",
                    "Without a readiness probe a pod gets traffic as soon as its containers start, before it can serve,"
                            + " and a rolling update of a release that starts but cannot serve replaces every working pod.",
                    "Add a `readinessProbe` of any kind (`httpGet`, `grpc`, `exec` or `tcpSocket`) on a cheap endpoint"
                            + " that does not call Mistral, such as `httpGet: {path: /ready, port: <app port>}`.")
                    .withFinds("An app container (not an init container) of a checked workload has no `readinessProbe`,"
                            + " or one that names no handler (`httpGet`, `grpc`, `exec` or `tcpSocket`). Any kind of"
                            + " probe counts.")
                    .withExample("""
                            ```yaml
                            containers:
                              - name: chat-api
                                image: ghcr.io/acme/chat-api:1.4.2   # no readinessProbe
                            # fixed:
                                readinessProbe: {httpGet: {path: /ready, port: 8080}}
                            ```"""),
            warning(WorkloadRules.PROBE_CALLS_MISTRAL, "A probe calls the deep health check, which calls Mistral",
                    "When Mistral is slow or down, a readiness probe on the deep check takes every pod out of the"
                            + " Service (so the app cannot even serve its fallback), a liveness probe restarts every pod"
                            + " and a startup probe lets no new pod start: a provider incident becomes an outage of the"
                            + " app. Every probe also spends the workspace's rate limit.",
                    "Point the probe at a shallow endpoint that does not call Mistral (`/healthz`, `/ready`); the deep"
                            + " health check belongs to monitoring and the canary watch.")
                    .withFinds("In a workload given the key, a readiness, liveness or startup probe calls the deep"
                            + " health path (`health-path`, default `/health`): as an `httpGet` path (a query string and"
                            + " a trailing `/` aside; no path is `/`), or as a URL in an `exec` command"
                            + " (`curl -f http://localhost:8080/health`). Workloads not given the key are not judged"
                            + " for it, even with `all-workloads: true`.")
                    .withExample("""
                            ```yaml
                            readinessProbe:
                              httpGet: {path: /health, port: 8080}
                            # fixed: a shallow endpoint that does not call Mistral
                            readinessProbe:
                              httpGet: {path: /ready, port: 8080}
                            ```"""),
            warning(WorkloadRules.NO_LIVENESS, "A container without a liveness probe",
                    "Without a liveness probe Kubernetes restarts a container only when its process exits, so a"
                            + " process that hangs keeps its pod until someone restarts it by hand.",
                    "Add a `livenessProbe` on a cheap endpoint that does not call Mistral and checks only the process,"
                            + " such as `httpGet: {path: /healthz, port: <app port>}`.")
                    .withFinds("An app container of a checked workload has no `livenessProbe`, or one that names no"
                            + " handler (`httpGet`, `grpc`, `exec` or `tcpSocket`).")
                    .withExample("""
                            ```yaml
                                readinessProbe: {httpGet: {path: /ready, port: 8080}}   # no livenessProbe
                            # fixed:
                                livenessProbe: {httpGet: {path: /healthz, port: 8080}}
                            ```"""),
            error(WorkloadRules.RECREATE, "A Deployment with strategy Recreate",
                    "Recreate stops every old pod before a new one starts, so every deploy is downtime, and a release"
                            + " that fails to start leaves nothing serving.",
                    "Use `strategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 1}}`.")
                    .withFinds("A Deployment's `strategy.type` is `Recreate`; at that line. A Deployment run by an Argo"
                            + " Rollout's `workloadRef` is judged by the Rollout's strategy instead.")
                    .withExample("""
                            ```yaml
                            spec:
                              strategy: {type: Recreate}
                            # fixed:
                              strategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 1}}
                            ```"""),
            error(WorkloadRules.ALL_UNAVAILABLE, "A rolling update with maxUnavailable 100%",
                    "With every pod allowed to be unavailable at once, a rolling update can take all pods down"
                            + " together, which is an outage, like Recreate.",
                    "Set `maxUnavailable` to 0 (or a small share such as 25%), so old pods keep serving until new ones"
                            + " are ready.")
                    .withFinds("`maxUnavailable: 100%` in a Deployment's `strategy.rollingUpdate`, or in an Argo"
                            + " Rollout's `strategy.canary` without `steps` (which Argo runs as a rolling update); at"
                            + " that line.")
                    .withExample("""
                            ```yaml
                              strategy:
                                rollingUpdate: {maxUnavailable: 100%}
                            # fixed:
                                rollingUpdate: {maxUnavailable: 0, maxSurge: 1}
                            ```"""),
            error(WorkloadRules.CANARY_STRAIGHT_TO_FULL, "An Argo Rollouts canary that goes straight to 100%",
                    "A canary that reaches full weight before any pause or analysis sends every user to the new"
                            + " release at once, so a bad release reaches everyone before anything can stop it.",
                    "Start with a small weight and wait before full traffic, e.g. `steps: [{setWeight: 10},"
                            + " {pause: {duration: 5m}}, {setWeight: 50}, {pause: {}}]`.")
                    .withFinds("An Argo Rollout's `strategy.canary.steps` reach `setWeight: 100` before any lower"
                            + " weight (between 1 and 99), `pause`, `analysis` or `experiment`; at that `setWeight`"
                            + " line.")
                    .withExample("""
                            ```yaml
                              strategy:
                                canary:
                                  steps: [{setWeight: 100}]
                            # fixed:
                                  steps: [{setWeight: 10}, {pause: {duration: 5m}}, {setWeight: 50}, {pause: {}}]
                            ```"""),
            error(WorkloadRules.NO_REVISION_HISTORY, "revisionHistoryLimit: 0 keeps nothing to roll back to",
                    "With no old revision kept, `kubectl rollout undo` has nothing to go back to, so a bad release can"
                            + " only be undone by applying the old manifests again.",
                    "Remove `revisionHistoryLimit` or set it to 3 or more.")
                    .withFinds("A checked workload (or the Argo Rollout that runs it by `workloadRef`) sets"
                            + " `revisionHistoryLimit: 0`: `kubectl rollout undo` has nothing to go back to.")
                    .withExample("""
                            ```yaml
                            spec:
                              revisionHistoryLimit: 0
                            # fixed (or remove the line):
                              revisionHistoryLimit: 3
                            ```"""),
            error(WorkloadRules.FLOATING_IMAGE, "An untagged or :latest image",
                    "A floating tag changes what runs without a change to the manifests, pods of one workload can run"
                            + " different builds, and a rollback pulls the same new image again.",
                    "Pin the image to a release tag or a digest (`app:1.4.2` or `app@sha256:...`).")
                    .withFinds("A container's `image` has no tag, or the tag `latest`, and no `@` digest (a"
                            + " registry's port, as in `registry:5000/app`, is no tag).")
                    .withExample("""
                            ```yaml
                                image: ghcr.io/acme/chat-api:latest
                            # fixed:
                                image: ghcr.io/acme/chat-api:1.4.2
                            ```"""),
            warning(WorkloadRules.SINGLE_REPLICA, "A workload runs fewer than 2 pods",
                    "With one pod, every restart, eviction or node drain is an outage; with zero, nothing serves.",
                    "Run 2 or more on whichever object owns the count: `replicas: 2` on the workload (or on the Rollout"
                            + " that runs it), or `minReplicas: 2` on its HorizontalPodAutoscaler or `minReplicaCount: 2` on"
                            + " its KEDA ScaledObject.")
                    .withFinds("Fewer than 2 pods: `replicas` below 2 or missing (1), or, when a HorizontalPodAutoscaler"
                            + " (`minReplicas`, default 1) or a KEDA ScaledObject (`minReplicaCount`, default 0) in the"
                            + " same namespace scales it by `scaleTargetRef`, that minimum below 2. For a Deployment run"
                            + " by a Rollout's `workloadRef`, the Rollout's count.")
                    .withExample("""
                            ```yaml
                            spec:
                              replicas: 1
                            # fixed:
                              replicas: 2
                            ```"""),
            warning(WorkloadRules.NO_DISRUPTION_BUDGET, "No PodDisruptionBudget selects the workload's pods",
                    "Without one, a node drain or a cluster upgrade may evict every pod of the app at once.",
                    "Add a PodDisruptionBudget with `maxUnavailable: 1` in the workload's namespace, whose selector"
                            + " matches the pod template's labels.")
                    .withFinds("No PodDisruptionBudget in the workload's namespace selects its pod template's labels"
                            + " (`matchLabels` and `matchExpressions` as the API reads them; an empty selector selects"
                            + " every pod for `policy/v1` and none for `policy/v1beta1`).")
                    .withExample("""
                            ```yaml
                            # fixed: add
                            apiVersion: policy/v1
                            kind: PodDisruptionBudget
                            metadata: {name: chat-api}
                            spec: {maxUnavailable: 1, selector: {matchLabels: {app: chat-api}}}
                            ```"""),
            warning(WorkloadRules.NO_RESOURCES, "A container without CPU and memory requests and limits",
                    "Without requests the scheduler places the pod without knowing what it needs, and it is among the"
                            + " first evicted when a node runs short; without limits one container can take the node's CPU"
                            + " or memory from its neighbours.",
                    "Set `resources.requests` and `resources.limits` for both `cpu` and `memory`.")
                    .withFinds("An app container of a checked workload lacks any of `resources.requests.cpu`,"
                            + " `requests.memory`, `limits.cpu` and `limits.memory`; the finding names those missing.")
                    .withExample("""
                            ```yaml
                                resources:
                                  requests: {cpu: 250m, memory: 512Mi}   # no limits
                            # fixed:
                                  limits: {cpu: "1", memory: 512Mi}
                            ```"""),
            warning(WorkloadRules.IDENTICAL_PROBES, "The liveness probe is identical to the readiness probe",
                    "When both probes are the same, a pod that is only unready (busy, or waiting on a dependency) is"
                            + " also restarted instead of just being taken out of traffic, so a slow dependency or a load"
                            + " spike turns into a restart loop.",
                    "Give the liveness probe a cheaper check of its own (the process only), or at least a higher"
                            + " `failureThreshold` than the readiness probe.")
                    .withFinds("A container's `livenessProbe` is identical to its `readinessProbe`, handler and timings"
                            + " included; at the liveness probe.")
                    .withExample("""
                            ```yaml
                                readinessProbe: {httpGet: {path: /ready, port: 8080}}
                                livenessProbe: {httpGet: {path: /ready, port: 8080}}
                            # fixed: liveness checks only the process
                                livenessProbe: {httpGet: {path: /healthz, port: 8080}}
                            ```"""),
            warning(IgnoreAnnotation.MALFORMED, "An ignore annotation entry without a reason",
                    "An entry without a reason ignores nothing, so the finding it was meant to accept is still"
                            + " reported, and nobody can later tell why it was wanted.",
                    "Write each entry as `<rule-id>: <reason>`, e.g. `MR-K8S-010: staging runs one pod`.")
                    .withFinds("An entry of a checked workload's `mistral-ready.dev/ignore` annotation (one per line or"
                            + " separated by `;`) names a rule without a reason, or is not `<rule-id>: <reason>` at"
                            + " all; it ignores nothing.")
                    .withExample("""
                            ```yaml
                            metadata:
                              annotations:
                                mistral-ready.dev/ignore: "MR-K8S-010"
                            # fixed:
                                mistral-ready.dev/ignore: "MR-K8S-010: the staging worker runs one pod"
                            ```"""),
            error(K8sManifestsCheck.NO_MANIFESTS, "No Kubernetes manifests found, though they are required",
                    "The checklist says the project deploys to Kubernetes and no manifests were found, so nothing about"
                            + " the deployment was checked.",
                    "Add the deployment's manifests under one of the default folders (`k8s/`, `deploy/`, `manifests/`,"
                            + " `kustomize/`), or name them in `paths`.")
                    .withFinds("`required: true` and no Kubernetes objects were read under `paths` (by default `k8s/`,"
                            + " `deploy/`, `manifests/` and `kustomize/`); without `required` the gate is skipped and"
                            + " says where it looked."),
            error(ManifestProblems.NOT_YAML, "A manifest is not valid YAML",
                    "`kubectl apply` rejects a file that is not valid YAML, and the gate could not check anything in it"
                            + " from the error on.",
                    "Fix the YAML at the line and column named (`kubectl apply --dry-run=client -f FILE` reports the"
                            + " same), or move the file out of `paths`.")
                    .withFinds("A YAML file under `paths` (or the output `helm template` rendered) is not valid YAML, at"
                            + " its line and column in the parser's words, never quoting the file; or one of its"
                            + " documents is plain text, not a mapping. A file with `{{ ... }}` outside quoted values"
                            + " that does not parse is skipped as a template instead.")
                    .withExample("""
                            ```yaml
                            metadata:
                              name: chat-api
                               labels: {app: chat-api}   # one space too far in
                            # fixed:
                              labels: {app: chat-api}
                            ```"""),
            warning(ChartRendering.NOT_RENDERED, "A Helm chart did not render",
                    "What a chart deploys is unknown until it renders, so none of its workloads were checked.",
                    "Make `helm template <chart>` succeed: vendor its dependencies (`helm dependency build`), or give"
                            + " the gate the `values` files it needs.")
                    .withFinds("`helm` is on the PATH and `helm template` failed, or did not finish within its time"
                            + " limit, for a chart under `paths`; at the chart's `Chart.yaml`, in helm's words. Without"
                            + " helm no finding is made: the chart is named as not rendered and the gate warns instead of"
                            + " passing."),
            error(KustomizeBuild.CANNOT_BUILD, "A kustomization cannot be built",
                    "`kubectl kustomize` and `kubectl apply -k` fail on it, so the overlay cannot be deployed as it is,"
                            + " and the gate judges only what it could build without the broken part.",
                    "Fix the kustomization so that `kubectl kustomize DIR` builds.")
                    .withFinds("A kustomization under `paths` cannot be built: it is not valid YAML or not a YAML map;"
                            + " it includes itself; a resource, patch or component is missing or outside the project;"
                            + " a folder it names has no kustomization; a resource or patch file is not valid YAML; a"
                            + " JSON 6902 patch has no `target` or an op that cannot be applied; or a strategic merge"
                            + " patch without a `target` matches no resource. At the line that names or holds the"
                            + " problem.")
                    .withExample("""
                            ```yaml
                            resources: [../../base]            # the base's Deployment is chat-api
                            patches:
                              - patch: '{apiVersion: apps/v1, kind: Deployment, metadata: {name: chat-app}}'
                            # fixed: the patch names the Deployment it patches
                              - patch: '{apiVersion: apps/v1, kind: Deployment, metadata: {name: chat-api}}'
                            ```"""));

    private K8sRuleCatalogue() {
    }
}
