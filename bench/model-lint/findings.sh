#!/usr/bin/env bash
# Runs the real CLI's model-config gate on every repo of repos.tsv (its scope, production-only
# off so that examples and tests are linted, --offline so nothing is sent) and collects the
# findings as TSV: repo, rule, file, line, message. Then prints precision per rule from the
# labels of findings.tsv (a labelled sample; see README.md).
#
#   bench/model-lint/findings.sh CORPUS_DIR     # build first: mvn -B -ntp -q package -DskipTests
#
# Output: target/model-lint-findings/all.tsv, then the precision table.
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 CORPUS_DIR" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="$(cd "$1" && pwd)"
[[ -f "$root/target/mistral-ready.jar" ]] || { echo "build first: mvn -B -ntp -q package -DskipTests" >&2; exit 2; }
out="$root/target/model-lint-findings"
rm -rf "$out"; mkdir -p "$out"
grep -v '^#' "$here/repos.tsv" | tail -n +2 | while IFS=$'\t' read -r name _url _commit scope _rest; do
  paths="[]"; [[ "$scope" != "." ]] && paths="[\"$scope\"]"
  cat > "$out/$name.checklist.yaml" <<YAML
version: 1
gates:
  - id: models
    type: model-config
    with:
      paths: $paths
      production-only: false
YAML
  env -u MISTRAL_API_KEY "$root/dist/mistral-ready" check "$corpus/$name" --checklist "$out/$name.checklist.yaml" \
    --offline --json "$out/$name.json" -q > "$out/$name.console" 2>&1 || true
  python3 - "$name" "$out/$name.json" >> "$out/all.tsv" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
for gate in json.load(open(path))['gates']:
    for f in gate.get('findings', []):
        print('\t'.join([name, f['rule'], f.get('file') or '', str(f.get('line') or 0), f['message'].replace('\t', ' ').replace('\n', ' ')]))
PY
done
wc -l < "$out/all.tsv" | sed 's/^/findings: /'
python3 "$here/precision.py" "$out/all.tsv"
