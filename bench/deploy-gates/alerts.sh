#!/usr/bin/env bash
# Measures the alert-rules gate: rule files and alerting rules found in the public corpus
# (repos.tsv, fetched with fetch.sh), the findings there, and how many of the 30 fixture alerts
# (6 checklist alerts x 5 metric presets) it recognises.
#
#   bench/deploy-gates/alerts.sh CORPUS_DIR            # builds and measures this checkout
#   MR=/path/to/other/dist/mistral-ready bench/deploy-gates/alerts.sh CORPUS_DIR
#
# CORPUS_DIR holds kube-prometheus/, awesome-prometheus-alerts/, vllm-production-stack/ at the
# commits of repos.tsv. The checklists are written to a temp dir, outside the corpus, so a
# repository's own checklist.yaml never applies. A bench, not part of the build: CI never runs it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="$(cd "${1:?usage: $0 CORPUS_DIR}" && pwd)"
if [[ -z "${MR:-}" ]]; then
  (cd "$root" && mvn -B -ntp -q package -DskipTests)
  MR="$root/dist/mistral-ready"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

checklist() { # name, with-block lines
  local file="$work/$1.yaml"; shift
  { echo "version: 1"; echo "gates:"; echo "  - id: alerts"; echo "    type: alert-rules"; echo "    with:"
    echo "      required: true"; echo "      promtool: false"; for line in "$@"; do echo "      $line"; done; } > "$file"
  echo "$file"
}

# One line per run: status, summary, and the findings as RULE file:line.
run() { # checklist, dir, label
  "$MR" check -q -c "$1" --json="$work/out.json" "$2" >/dev/null 2>&1 || true
  python3 - "$work/out.json" "$3" <<'PY'
import json, sys
gate = json.load(open(sys.argv[1]))["gates"][0]
findings = [f'{f["rule"]} {f.get("file", "-").split("/")[-1] if f.get("file", "").startswith("/") else f.get("file", "-")}:{f.get("line", "-")}'
            for f in gate["findings"]]
print(f'{sys.argv[2]:<46} {gate["status"]:<5} {gate["summary"]}')
for finding in findings:
    print(f'    {finding}')
PY
}

defaults="$(checklist defaults)"
everything="$(checklist everything 'paths: ["."]')"

echo "== corpus: default discovery, then every file of the repository (paths: [.])"
for repo in kube-prometheus awesome-prometheus-alerts vllm-production-stack; do
  run "$defaults" "$corpus/$repo" "$repo (default paths)"
  run "$everything" "$corpus/$repo" "$repo (paths: .)"
done
for scope in kube-prometheus/manifests awesome-prometheus-alerts/dist/rules vllm-production-stack/observability; do
  run "$everything" "$corpus/$scope" "$scope"
done

fixtures="$root/src/test/resources/fixtures/alerts"
echo
echo "== the 30 fixture alerts (6 alerts x 5 presets), default options: recognised = 6 - missing (MR-ALR-001..006)"
total=0
flagged=0
for style in mistral micrometer otel-genai otel-http litellm; do
  line="$(run "$defaults" "$fixtures/styles/$style" "styles/$style")"
  echo "$line"
  missing="$(grep -cE '^    MR-ALR-00[1-6] ' <<<"$line" || true)"
  total=$((total + 6 - missing))
  flagged=$((flagged + $(grep -cE '^    MR-ALR-' <<<"$line" || true)))
done
echo "recognised: $total/30; findings on these correct alerts: $flagged (should be 0)"

if "$MR" list 2>/dev/null | grep -q '^    metrics '; then # an older build has no metric presets
  echo
  echo "== each style with only its own preset chosen (metrics: [style])"
  for style in mistral micrometer otel-genai otel-http litellm; do
    run "$(checklist "only-$style" "metrics: [$style]")" "$fixtures/styles/$style" "styles/$style (metrics: [$style])"
  done
fi

echo
echo "== wrong alerts (fixtures/alerts/wrong): unit, hold, excluded 429, severity, spend"
run "$defaults" "$fixtures/wrong" "wrong"

echo
echo "== real status alerts renamed to mistral_requests_total (alerts-renamed.py), one gate run each"
python3 "$here/alerts-renamed.py" "$corpus" "$work/renamed" > "$work/renamed.tsv"
all=(api-down high-latency rate-limited auth-failure circuit-open cost-spike)
while IFS=$'\t' read -r n alert source name; do
  skips=()
  for other in "${all[@]}"; do [[ "$other" == "$alert" ]] || skips+=("$other: {skip: true}"); done
  list="$(checklist "only-$alert" "alerts: {$(IFS=,; echo "${skips[*]}")}")"
  "$MR" check -q -c "$list" --json="$work/out.json" "$work/renamed/$n" >/dev/null 2>&1 || true
  python3 - "$work/out.json" "$n" "$alert" "$source" "$name" <<'PY'
import json, sys
gate = json.load(open(sys.argv[1]))["gates"][0]
notes = [line.split(": ", 1)[1] for line in gate.get("details", "").splitlines() if " not checked: " in line and "threshold" in line]
said = "; ".join([f'{f["rule"]} {f["message"].split(" fires at ", 1)[-1][:60]}' for f in gate["findings"]] + [f"not checked ({n})" for n in notes])
print(f'{sys.argv[2]:>3} {sys.argv[3]:<12} {gate["status"]:<5} {sys.argv[5]:<38} {said or "ok"}   [{sys.argv[4]}]')
PY
done < "$work/renamed.tsv"
