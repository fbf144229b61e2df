#!/usr/bin/env bash
# Runs the deployment gates k8s-manifests (with all-workloads) and alert-rules on every
# repository of repos.tsv, each on its measured scope, and prints one TSV line per gate outcome
# and per finding, for labelling and counting:
#
#   bench/deploy-gates/findings.sh CORPUS [LAUNCHER]   (LAUNCHER defaults to dist/mistral-ready)
#
# Lines: repo, gate, status-or-rule, severity, file:line, message. Needs python3. A bench, not
# part of the build: CI never runs it. The runbook gate has its own corpus and labels: runbook.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="${1:?usage: $0 CORPUS [LAUNCHER]}"
launcher="${2:-$here/../../dist/mistral-ready}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
grep -v '^#' "$here/repos.tsv" | tail -n +2 | while IFS=$'\t' read -r name _url _commit scope _licence _why; do
  paths="$(tr ',' '\n' <<<"$scope" | while read -r p; do [[ -e "$corpus/$name/$p" ]] && printf '"%s", ' "$p"; done)"
  paths="[${paths%, }]"
  cat >"$work/checklist.yaml" <<YAML
version: 1
gates:
  - {id: k8s, type: k8s-manifests, with: {paths: $paths, all-workloads: true, required: true}}
  - {id: alerts, type: alert-rules, with: {paths: $paths, required: true}}
YAML
  "$launcher" check -c "$work/checklist.yaml" --json="$work/report.json" --color=never "$corpus/$name" >/dev/null 2>&1 || true
  python3 - "$name" "$work/report.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
for gate in json.load(open(path))["gates"]:
    print("\t".join([name, gate["id"], gate["status"].upper(), "", "", gate["summary"]]))
    for f in gate.get("findings", []):
        where = f"{f.get('file', '')}:{f.get('line', '')}" if f.get("file") else ""
        print("\t".join([name, gate["id"], f["rule"], f["severity"], where, f["message"].replace("\t", " ")]))
PY
done
