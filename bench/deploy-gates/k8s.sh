#!/usr/bin/env bash
# Runs the k8s-manifests gate (all-workloads: true) over the corpus's manifests and prints the
# findings per rule, per target and in total, so a change to the workload rules can be measured.
#
#   bench/deploy-gates/fetch.sh /work/corpus-deploy      # once: clone repos.tsv at its pinned commits
#   bench/deploy-gates/k8s.sh /work/corpus-deploy [JAR]  # JAR defaults to target/mistral-ready.jar
#
# Each target is one run with its own generated checklist (outside the corpus), so a PDB or HPA in
# one target never satisfies a workload of another. Kustomize overlays are also rendered with
# `kubectl kustomize` (offline) into a temp dir and checked there, when kubectl is on the PATH: they
# set namespaces and patch replicas, which the raw bases do not show. With VERBOSE=1 it prints
# every finding too.
# A bench, not part of the build: CI never runs it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="${1:?usage: $0 CORPUS_DIR [JAR]}"
jar="${2:-$here/../../target/mistral-ready.jar}"
[[ -f "$jar" ]] || { echo "no jar at $jar: run 'mvn -B -ntp -q package -DskipTests' first" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed to count the JSON report" >&2; exit 2; }

# repository <TAB> path inside it, as the gate's `paths`
targets=$(cat <<'TARGETS'
microservices-demo	kubernetes-manifests
microservices-demo	release/kubernetes-manifests.yaml
argo-rollouts	examples
podinfo	kustomize
podinfo	deploy/bases
podinfo	deploy/webapp
podinfo	deploy/secure
vllm-production-stack	tutorials/assets
vllm-production-stack	observability
vllm-production-stack	examples/disaggregated_prefill_orchestrated
vllm-production-stack	src/gateway_inference_extension/configs
kube-prometheus	manifests
TARGETS
)
# repository <TAB> kustomization folder, rendered to one file
rendered=$(cat <<'RENDERED'
podinfo	deploy/overlays/dev
podinfo	deploy/overlays/staging
podinfo	deploy/overlays/production
microservices-demo	kustomize
RENDERED
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
i=0
while IFS=$'\t' read -r repo path; do
  i=$((i + 1))
  [[ -d "$corpus/$repo" ]] || { echo "missing $corpus/$repo: run fetch.sh first" >&2; exit 2; }
  printf 'version: 1\ngates:\n  - id: k8s\n    type: k8s-manifests\n    with: {paths: ["%s"], all-workloads: true}\n' \
    "$path" >"$work/checklist-$i.yaml"
  java -jar "$jar" check "$corpus/$repo" -c "$work/checklist-$i.yaml" --color never \
    --json "$work/report-$i.json" >/dev/null 2>"$work/stderr-$i" || true
  [[ -s "$work/report-$i.json" ]] || { echo "no report for $repo/$path:" >&2; cat "$work/stderr-$i" >&2; exit 1; }
  printf '%s\t%s\t%s\n' "$repo" "$path" "$work/report-$i.json" >>"$work/index.tsv"
done <<<"$targets"

if command -v kubectl >/dev/null; then
  while IFS=$'\t' read -r repo path; do
    i=$((i + 1))
    mkdir -p "$work/rendered-$i/k8s"
    kubectl kustomize "$corpus/$repo/$path" >"$work/rendered-$i/k8s/rendered.yaml" 2>"$work/stderr-$i" \
      || { echo "kubectl kustomize $repo/$path failed:" >&2; cat "$work/stderr-$i" >&2; exit 1; }
    printf 'version: 1\ngates:\n  - id: k8s\n    type: k8s-manifests\n    with: {paths: [k8s], all-workloads: true}\n' \
      >"$work/checklist-$i.yaml"
    java -jar "$jar" check "$work/rendered-$i" -c "$work/checklist-$i.yaml" --color never \
      --json "$work/report-$i.json" >/dev/null 2>"$work/stderr-$i" || true
    [[ -s "$work/report-$i.json" ]] || { echo "no report for rendered $repo/$path:" >&2; cat "$work/stderr-$i" >&2; exit 1; }
    printf '%s\t%s (kubectl kustomize)\t%s\n' "$repo" "$path" "$work/report-$i.json" >>"$work/index.tsv"
  done <<<"$rendered"
else
  echo "kubectl not found: the rendered kustomize overlays are not checked" >&2
fi

python3 - "$work/index.tsv" "${VERBOSE:-0}" <<'PY'
import collections, json, sys
index, verbose = sys.argv[1], sys.argv[2] == "1"
total = collections.Counter()
rows = []
for line in open(index):
    repo, path, report = line.rstrip("\n").split("\t")
    gate = json.load(open(report))["gates"][0]
    counts = collections.Counter((f["rule"], f["severity"]) for f in gate["findings"])
    total.update(counts)
    print(f"{repo}/{path}: {gate['status']}: {gate['summary']}")
    for (rule, severity), n in sorted(counts.items()):
        print(f"    {rule} {severity:7} {n}")
    if verbose:
        for f in gate["findings"]:
            print(f"      {f['rule']} {f['file']}:{f['line']}  {f['message']}")
print("total:")
for (rule, severity), n in sorted(total.items()):
    print(f"    {rule} {severity:7} {n}")
print(f"    all             {sum(total.values())}")
PY
