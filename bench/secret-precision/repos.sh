#!/usr/bin/env bash
# False findings of the secret-scan gate on the public repositories that matter most for Mistral:
# the cookbook, the two SDKs and LangChain4j, each at a pinned commit. The same approach as
# cookbook.sh, for four repositories: clone the pinned commit, run the secret-scan gate alone on
# the files (and, for the repositories named in HISTORY, with `history: true`), print the counts by
# rule and every finding, redacted as the gate redacts them.
#
#   bench/secret-precision/repos.sh [JAR]      (run `mvn -B -ntp package -DskipTests` first)
#
# JAR is the mistral-ready jar to measure (default: target/mistral-ready.jar), so two builds can be
# compared: copy the jar of the earlier build aside and pass it. Each repository is cloned from
# $<NAME>_GIT (a local bare copy works), else from GitHub:
#   COOKBOOK_GIT        https://github.com/mistralai/cookbook.git
#   CLIENT_PYTHON_GIT   https://github.com/mistralai/client-python.git
#   CLIENT_TS_GIT       https://github.com/mistralai/client-ts.git
#   LANGCHAIN4J_GIT     https://github.com/langchain4j/langchain4j.git
# ONLY=cookbook,client-ts limits the run; HISTORY (default: cookbook) names the repositories whose
# history is scanned too; OUT keeps the JSON reports (default: a temporary directory, removed).
#
# Every finding on these repositories is a false one except the real leaked keys of the cookbook's
# and the Python SDK's history (7 Mistral keys and a JWT in the cookbook, 1 key in client-python),
# which are printed redacted like the rest: tell them apart by the message (`added in commit`).
#
# Measured with the mirrors of these commits (false findings; the real leaks are not counted):
#                    files before -> after     history before -> after
#   cookbook         1 -> 0                    3 -> 0   (plus 8 real leaks, found before and after)
#   client-python    0 -> 0                    0 -> 0   (plus 1 real leak, found before and after)
#   client-ts        3 -> 0                    3 -> 0
#   langchain4j      3 -> 0                    3 -> 0
# "before" is the build of d7f2d3c (notebooks already read as notebooks); see forms.sh for recall.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${1:-$root/target/mistral-ready.jar}"
[[ -f "$jar" ]] || { echo "no jar at $jar: build first (mvn -B -ntp package -DskipTests)" >&2; exit 2; }

# name  pinned commit                              default source
repos=(
  "cookbook       1cf863b8a356d4cd562d1008d71bd63484d7fdd8 https://github.com/mistralai/cookbook.git"
  "client-python  05629d237bbd7732f6c15ecd7f06fe5bf5a2a275 https://github.com/mistralai/client-python.git"
  "client-ts      b14b3b90586e5829a7ef29e4b6c810afd4f2def6 https://github.com/mistralai/client-ts.git"
  "langchain4j    b8b809ed57e4b65ec9b87a27c25564bdd4a80e4b https://github.com/langchain4j/langchain4j.git"
)
only=",${ONLY:-cookbook,client-python,client-ts,langchain4j},"
history=",${HISTORY:-cookbook},"

work="$(mktemp -d)"
out="${OUT:-$work/reports}"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

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

clone() { # NAME COMMIT SOURCE: a work tree of SOURCE at COMMIT in $work/NAME
  local name="$1" commit="$2" source="$3" repo="$work/$1"
  echo "cloning $source ..." >&2
  git clone -q --no-checkout "$source" "$repo"
  git -C "$repo" cat-file -e "$commit^{commit}" || { echo "$source does not have commit $commit" >&2; exit 2; }
  # A snapshot without its large files cannot be walked (MR-SEC-092 at the first missing blob, as
  # it should); such files are over max-file-size anyway, so empty blobs stand in for them.
  local missing
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
}

report() { # FILE LABEL: the counts and the findings of a JSON report
  python3 - "$1" "$2" <<'PY'
import collections, json, sys
gate = json.load(open(sys.argv[1]))["gates"][0]
findings = gate["findings"]
in_history = [f for f in findings if "added in commit" in f["message"]]
rules = collections.Counter(f["rule"] for f in findings)
print(f"{sys.argv[2]}: {len(findings)} findings ({len(findings) - len(in_history)} in the files, "
      f"{len(in_history)} only in the history); by rule: {dict(sorted(rules.items()))}")
print(f"  gate: {gate['status']}: {gate['summary']}")
for f in findings:
    print(f"  {f['rule']} {f['file']}:{f.get('line')}:{f.get('column')} {f['message']}")
PY
}

for entry in "${repos[@]}"; do
  read -r name commit default <<<"$entry"
  [[ "$only" == *",$name,"* ]] || continue
  var="$(tr 'a-z-' 'A-Z_' <<<"$name")_GIT"
  clone "$name" "$commit" "${!var:-$default}"
  runs=(files)
  [[ "$history" == *",$name,"* ]] && runs+=(history)
  for run in "${runs[@]}"; do
    SECONDS=0
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" check -c "$work/$run.yaml" --offline \
      --json "$out/$name-$run.json" "$work/$name" > "$out/$name-$run.txt" 2>&1 || true
    echo "$name $run (${commit:0:12}, ${SECONDS} s)"
    report "$out/$name-$run.json" "$name $run"
    echo
  done
  rm -rf "${work:?}/$name"
done
