#!/usr/bin/env bash
# Recall of the model lint on the corpus: runs CallCensus on every repo of repos.tsv (its scope)
# and compares what it sees with the hand-labelled call-sites.tsv.
#
#   bench/model-lint/fetch.sh CORPUS_DIR      # once
#   bench/model-lint/measure.sh CORPUS_DIR    # prints per repo and total: sites, seen, recall;
#                                             # the unseen sites; census calls near no label
# The census output is kept in target/model-lint-census/<repo>.tsv.
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 CORPUS_DIR" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="$(cd "$1" && pwd)"
cd "$root"
if [[ ! -f target/test-classes/dev/mistralready/checks/models/CallCensus.class ]] \
   || [[ -n "$(find src -newer target/test-classes/dev/mistralready/checks/models/CallCensus.class -name '*.java' -print -quit)" ]]; then
  mvn -B -ntp -q test-compile
fi
[[ -f target/bench-classpath.txt && target/bench-classpath.txt -nt pom.xml ]] \
  || mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
out="$root/target/model-lint-census"
mkdir -p "$out"
grep -v '^#' "$here/repos.tsv" | tail -n +2 | while IFS=$'\t' read -r name _url commit scope _rest; do
  [[ -d "$corpus/$name" ]] || { echo "missing: $corpus/$name (run fetch.sh)" >&2; continue; }
  [[ "$(git -C "$corpus/$name" rev-parse HEAD)" == "$commit" ]] || echo "warning: $name is not at $commit" >&2
  java -cp "$cp" dev.mistralready.checks.models.CallCensus "$corpus/$name" "$scope" > "$out/$name.tsv" 2> "$out/$name.err" \
    || { echo "census failed on $name, see $out/$name.err" >&2; }
done
python3 "$here/compare.py" "$out"
