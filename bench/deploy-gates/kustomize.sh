#!/usr/bin/env bash
# How our Java kustomize build compares with `kubectl kustomize`: for every kustomize root of every
# repository of repos.tsv, builds it both ways and compares objects (by kind, namespace, name) and
# their fields (leaf by leaf).
#
#   bench/deploy-gates/fetch.sh CORPUS_DIR       # once
#   bench/deploy-gates/kustomize.sh CORPUS_DIR   # TSV per root, then totals
#
# A bench, not part of the build: CI never runs it, and it needs kubectl on the PATH. Roots that
# name a URL (remote resources, an `openapi` schema) are skipped, since kubectl would fetch them.
# The builds are kept in target/kustomize-bench/<repo>/<root>.{kubectl,ours}.yaml.
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 CORPUS_DIR" >&2; exit 2; }
command -v kubectl >/dev/null || { echo "kubectl is not on the PATH" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="$(cd "$1" && pwd)"
cd "$root"
if [[ ! -f target/test-classes/dev/mistralready/checks/deploy/KustomizeDump.class ]] \
   || [[ -n "$(find src -newer target/test-classes/dev/mistralready/checks/deploy/KustomizeDump.class -name '*.java' -print -quit)" ]]; then
  mvn -B -ntp -q test-compile
fi
[[ -f target/bench-classpath.txt && target/bench-classpath.txt -nt pom.xml ]] \
  || mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
out="$root/target/kustomize-bench"
rm -rf "$out" && mkdir -p "$out"
printf 'root\tkubectl\tours\tmatched\tonly_kubectl\tonly_ours\tfields\tequal\tfirst_differences\n'
grep -v '^#' "$here/repos.tsv" | tail -n +2 | while IFS=$'\t' read -r name _url commit _rest; do
  [[ -d "$corpus/$name" ]] || { echo "missing: $corpus/$name (run fetch.sh)" >&2; continue; }
  [[ "$(git -C "$corpus/$name" rev-parse HEAD)" == "$commit" ]] || echo "warning: $name is not at $commit" >&2
  python3 "$here/kustomize_roots.py" "$corpus/$name" | while IFS=$'\t' read -r dir remote; do
    label="$name/$dir"
    flat="${dir//\//_}"; [[ "$dir" == . ]] && flat=root
    base="$out/$name/$flat"
    mkdir -p "$out/$name"
    if [[ "${remote:-}" == REMOTE ]]; then
      printf '%s\tskipped: names a URL\n' "$label"
      continue
    fi
    if ! kubectl kustomize --load-restrictor LoadRestrictionsNone "$corpus/$name/$dir" > "$base.kubectl.yaml" 2> "$base.kubectl.err"; then
      printf '%s\tkubectl failed: %s\n' "$label" "$(grep -v '^# Warning' "$base.kubectl.err" | head -1 | cut -c1-160)"
      continue
    fi
    java -cp "$cp" dev.mistralready.checks.deploy.KustomizeDump "$corpus/$name" "$dir" > "$base.ours.yaml" 2> "$base.ours.err" \
      || { printf '%s\tour build failed, see %s\n' "$label" "$base.ours.err"; continue; }
    python3 "$here/kustomize_compare.py" "$label" "$base.kubectl.yaml" "$base.ours.yaml"
  done
done | tee "$out/results.tsv"
awk -F'\t' 'NR > 1 && NF >= 8 { roots++; k += $2; o += $3; m += $4; f += $7; e += $8 }
  END { printf "TOTAL\t%d roots compared\tobjects kubectl %d, ours %d, matched %d\tfields %d, equal %d (%.2f%%)\n", roots, k, o, m, f, e, f ? 100 * e / f : 0 }' "$out/results.tsv"
