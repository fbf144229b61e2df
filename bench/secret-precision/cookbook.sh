#!/usr/bin/env bash
# Precision of the secret-scan gate on a real corpus: the Mistral cookbook, a few hundred notebooks
# full of base64 images next to the word Mistral, and a history with real leaked keys.
#
#   bench/secret-precision/cookbook.sh [GIT-SOURCE]    (run `mvn -B -ntp package -DskipTests` first)
#
# GIT-SOURCE is what to clone (default: $COOKBOOK_GIT, else https://github.com/mistralai/cookbook.git);
# a local bare copy works. The pinned commit is checked out, and the secret-scan gate alone is run
# on it twice: on the files, and with `history: true`. Prints the counts by rule and every finding
# (secrets redacted as the gate redacts them), and writes the JSON reports to $OUT (default: a
# temporary directory, removed at the end).
#
# Measured at the pinned commit (882 commits): before notebooks were read as notebooks, 147
# findings in the files and 472 with the history; after, 1 and 11 (see the README of secret-scan).
set -euo pipefail

commit=1cf863b8a356d4cd562d1008d71bd63484d7fdd8
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source="${1:-${COOKBOOK_GIT:-https://github.com/mistralai/cookbook.git}}"
[[ -f "$root/target/mistral-ready.jar" ]] || { echo "build first: mvn -B -ntp package -DskipTests" >&2; exit 2; }

work="$(mktemp -d)"
out="${OUT:-$work/reports}"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
repo="$work/cookbook"

echo "cloning $source ..." >&2
git clone -q --no-checkout "$source" "$repo"
git -C "$repo" cat-file -e "$commit^{commit}" || { echo "$source does not have commit $commit" >&2; exit 2; }

# A snapshot without its large files (some mirrors leave out files of 4 MiB and more) cannot be
# walked: the gate stops with MR-SEC-092 at the first missing blob, as it should. Such files are
# over the gate's max-file-size (1 MiB) anyway, so each missing blob is stood in for by an empty one.
missing="$(git -C "$repo" rev-list --objects --all --missing=print | sed -n 's/^?//p')"
if [[ -n "$missing" ]]; then
  echo "note: $(wc -l <<<"$missing") blobs are missing from $source; standing in empty blobs for them" >&2
  python3 - "$repo/.git/objects" $missing <<'PY'
import os, sys, zlib
for sha in sys.argv[2:]:
    os.makedirs(os.path.join(sys.argv[1], sha[:2]), exist_ok=True)
    with open(os.path.join(sys.argv[1], sha[:2], sha[2:]), "wb") as blob:
        blob.write(zlib.compress(b"blob 0\0"))
PY
fi
git -C "$repo" -c advice.detachedHead=false checkout -q "$commit"

cat > "$work/files.yaml" <<'YAML'
version: 1
gates:
  - {id: secrets, type: secret-scan}
YAML
cat > "$work/history.yaml" <<'YAML'
version: 1
gates:
  - {id: secrets, type: secret-scan, with: {history: true}}
YAML

report() { # NAME: prints the counts and the findings of $out/NAME.json
  python3 - "$out/$1.json" "$1" <<'PY'
import collections, json, sys
gate = json.load(open(sys.argv[1]))["gates"][0]
findings = gate["findings"]
in_history = [f for f in findings if "added in commit" in f["message"]]
rules = collections.Counter(f["rule"] for f in findings)
print(f"{sys.argv[2]}: {len(findings)} findings ({len(findings) - len(in_history)} in the files, "
      f"{len(in_history)} only in the history); by rule: {dict(sorted(rules.items()))}")
print(f"  gate: {gate['status']}: {gate['summary']}")
for f in findings:
    print(f"  {f['rule']} {f['file']}:{f['line']}:{f['column']} {f['message']}")
PY
}

for run in files history; do
  SECONDS=0
  "$root/dist/mistral-ready" check -c "$work/$run.yaml" --json "$out/$run.json" "$repo" > "$out/$run.txt" 2>&1 || true
  echo "$run: ${SECONDS} s"
  report "$run"
  echo
done
