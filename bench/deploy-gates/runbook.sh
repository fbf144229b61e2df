#!/usr/bin/env bash
# Measures the runbook gate on the runbooks of runbooks.tsv against the labels of runbook-labels.tsv.
#
#   bench/model-lint/fetch.sh DIR bench/deploy-gates/runbooks.tsv   # once: clones the runbooks into DIR
#   bench/deploy-gates/runbook.sh DIR [JAR]                          # JAR defaults to target/mistral-ready.jar
#
# Three runs per runbook:
#   discovery  the gate's default options: which of the runbook's files it finds by itself;
#   topics     `paths` pointed at the runbook (a file, or every .md under a folder): the topics it
#              reports missing, scored against the labels; a runbook the gate names as not about the
#              Mistral integration (MR-RUN-010) is scored on that verdict alone;
#   own-words  as topics, for the runbooks labelled as not naming the LLM, with `about` given the words
#              they use for it (OpenAI, an AI API): the topics of those runbooks, scored too. Only with a
#              jar whose runbook gate has the `about` option.
# Prints one line per runbook and run, then the totals; runbook-baseline.txt holds the last figures.
# A bench, not part of the build: CI never runs it.
set -euo pipefail
[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 DIR [JAR]" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$(cd "$1" && pwd)"
jar="${2:-$here/../../target/mistral-ready.jar}"
[[ -f "$jar" ]] || { echo "no jar at $jar: run mvn package" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
has_about=no
if java -jar "$jar" list 2>/dev/null | grep -qE '^ +about '; then has_about=yes; fi

# checklist FILE [PATHS-GLOB [ABOUT-WORDS]]
checklist() {
  {
    echo "version: 1"
    echo "gates:"
    echo "  - id: runbook"
    echo "    type: runbook"
    echo "    with:"
    echo "      required: true"
    if [[ -n "${2:-}" ]]; then echo "      paths: [\"$2\"]"; fi
    if [[ -n "${3:-}" ]]; then echo "      about: [$3]"; fi
  } >"$1"
}

run() { # NAME MODE CHECKLIST
  local out="$work/$1.$2.json"
  java -jar "$jar" check -q -c "$3" --json "$out" "$corpus/$1" >/dev/null 2>&1 || true
  echo -e "$1\t$2\t$out"
}

grep -v '^#' "$here/runbooks.tsv" | tail -n +2 | while IFS=$'\t' read -r name _url _commit path _rest; do
  [[ -d "$corpus/$name" ]] || { echo "missing $corpus/$name: run fetch.sh" >&2; exit 2; }
  checklist "$work/$name.discovery.yaml"
  run "$name" discovery "$work/$name.discovery.yaml"
  glob="$path"
  if [[ -d "$corpus/$name/$path" ]]; then glob="$path/**/*.md"; fi
  checklist "$work/$name.topics.yaml" "$glob"
  run "$name" topics "$work/$name.topics.yaml"
  if [[ "$has_about" == yes ]] && grep -qP "^$name\tabout\tno\t.*(OpenAI|AI API)" "$here/runbook-labels.tsv"; then
    checklist "$work/$name.own-words.yaml" "$glob" "openai, ai api, gemini"
    run "$name" own-words "$work/$name.own-words.yaml"
  fi
done >"$work/runs.tsv"

python3 - "$work/runs.tsv" "$here/runbooks.tsv" "$here/runbook-labels.tsv" <<'EOF'
import json, sys, collections
runs, repos, labels = sys.argv[1:4]
rule_topic = {"MR-RUN-001": "rollback", "MR-RUN-002": "health", "MR-RUN-003": "circuit-breaker",
              "MR-RUN-004": "error-rate", "MR-RUN-005": "auth", "MR-RUN-006": "rate-limit", "MR-RUN-007": "escalation"}
topics = list(rule_topic.values())
label = {}
for line in open(labels):
    if line.startswith("#") or line.startswith("name\t"):
        continue
    name, topic, covered, _ = line.rstrip("\n").split("\t", 3)
    label[(name, topic)] = covered == "yes"
paths = {}
for line in open(repos):
    if line.startswith("#") or line.startswith("name\t"):
        continue
    cols = line.rstrip("\n").split("\t")
    paths[cols[0]] = cols[3]
totals = collections.Counter()
print("runbook\trun\tstatus\tfiles read\tmissing\tscore")
for line in open(runs):
    name, mode, out = line.rstrip("\n").split("\t")
    try:
        gate = json.load(open(out))["gates"][0]
    except (OSError, ValueError, KeyError, IndexError):
        print(f"{name}\t{mode}\tno report\t\t\t")
        totals[mode + " no report"] += 1
        continue
    details = gate.get("details", "")
    read = [l[len("read "):].rsplit(" (", 1)[0] for l in details.splitlines() if l.startswith("read ")]
    rules = [f["rule"] for f in gate.get("findings", [])]
    missing = sorted({rule_topic[r] for r in rules if r in rule_topic})
    not_about = "MR-RUN-010" in rules
    score = ""
    if mode == "discovery":
        inside = [p for p in read if p == paths[name] or p.startswith(paths[name].rstrip("/") + "/")]
        found = bool(inside)
        totals["discovered"] += found
        totals["runbooks"] += 1
        score = "found" if found else "not found"
    else:
        if not_about:
            right = not label[(name, "about")] or mode == "own-words"
            totals[mode + " not-about " + ("right" if right else "wrong")] += 1
            score = "named not about the LLM (" + ("right" if right else "wrong") + ")"
        else:
            if mode == "topics" and not label[(name, "about")]:
                totals[mode + " about missed"] += 1
            counts = collections.Counter()
            for topic in topics:
                covered = label[(name, topic)]
                reported = topic in missing
                kind = ("missing right" if not covered else "missing wrong") if reported else \
                       ("credited right" if covered else "credited wrong")
                counts[kind] += 1
                totals[mode + " " + kind] += 1
            score = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"{name}\t{mode}\t{gate['status']}\t{len(read)}\t{','.join(missing) or '-'}{' MR-RUN-010' if not_about else ''}\t{score}")
print()
print(f"discovery: {totals['discovered']} of {totals['runbooks']} runbooks found with the default paths")
for mode in ("topics", "own-words"):
    keys = [k for k in totals if k.startswith(mode + " ")]
    if keys:
        print(f"{mode}: " + ", ".join(f"{k[len(mode) + 1:]} {totals[k]}" for k in sorted(keys)))
EOF
