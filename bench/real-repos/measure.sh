#!/usr/bin/env bash
# Speed of the secret gate and of the whole default checklist on real git repositories, against
# ripgrep and `git log -p | rg`.
#
#   bench/real-repos/measure.sh WORK [ROUNDS]     (default 3 rounds; run `mvn -B -ntp package` first)
#
# Clones the repositories of repos.tsv into WORK (fetch.sh; kept between runs, so put WORK outside
# any work tree), then for each prints files, MB, commits and the best of ROUNDS runs (wall time and
# peak RSS by GNU time, each the least of its rounds) of:
#   rg            ripgrep with the OR-ed patterns of bench/secret-scan, on the work tree
#   tree          `check -c <secret gate alone> DIR`, whole process; `scan` is the gate's
#                 durationMs in --json, `list+scan` the time the gate reports for listing and reading
#   git log | rg  `git log -p --no-merges --no-renames -U0 | rg` with the same patterns
#   history       the secret gate with `history: true`, whole process
#   checklist     the default checklist.yaml with --offline and every `command` gate skipped (the
#                 builds), whole process; `slowest` is its slowest gate's durationMs
# and the ratios to the issue's targets. Also writes WORK/results.tsv (one line per repository
# and measure) to compare two builds.
# Needs git, ripgrep, python3, GNU time. A bench, not part of the build: CI never runs it.
set -euo pipefail
[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 WORK [ROUNDS]" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mkdir -p "$1" && cd "$1" && pwd)"
rounds="${2:-3}"
for tool in git rg python3; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[[ -x /usr/bin/time ]] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
[[ -f "$root/target/mistral-ready.jar" ]] || { echo "build first: mvn -B -ntp package" >&2; exit 2; }
launch=("$root/dist/mistral-ready")
"$root/dist/mistral-ready" --version >/dev/null   # records the class-data archive once after a build

"$here/fetch.sh" "$work"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The same OR-ed patterns as bench/secret-scan (ripgrep's regex engine has no lookaround).
pattern='[A-Za-z0-9]{32}|sk-(proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}|(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{36,}|AIza[0-9A-Za-z_-]{35}|xox[baprs]-[0-9A-Za-z-]{10,}|(sk|rk)_live_[0-9A-Za-z]{20,}|-----BEGIN[ A-Z0-9]*PRIVATE KEY|eyJ[A-Za-z0-9_-]{10,}\.eyJ|(?i:key|secret|token|passw(or)?d|credential)[\w.-]{0,20}["'"'"']?\s*[:=]\s*["'"'"'][^"'"'"'\s]{16,}'

cat > "$tmp/tree.yaml" <<'YAML'
version: 1
gates:
  - {id: secrets, type: secret-scan}
YAML
cat > "$tmp/history.yaml" <<'YAML'
version: 1
gates:
  - {id: secrets, type: secret-scan, with: {history: true}}
YAML
builds="$(python3 - "$root/checklist.yaml" <<'PY'
import re, sys
ids, current = [], None
for line in open(sys.argv[1]):
    m = re.match(r"\s+- id:\s*(\S+)", line)
    if m:
        current = m.group(1)
    elif current and re.match(r"\s+type:\s*command\s*$", line):
        ids.append(current)
print(",".join(ids))
PY
)"

# best NAME COMMAND...: runs COMMAND $rounds times; sets $wall (s) and $rss (MB), each the least of
# the rounds, and leaves the last run's JSON report (if any) in $tmp/report.json
best() {
  local name="$1"; shift
  wall=""; rss=""
  for ((i = 0; i < rounds; i++)); do
    /usr/bin/time -f "%e %M" -o "$tmp/time.txt" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || true
    read -r w kb < <(tail -n 1 "$tmp/time.txt")
    wall="$(python3 -c "print(min(float('$w'), float('${wall:-1e9}')))")"
    rss="$(python3 -c "print(min($kb // 1024, int('${rss:-1000000000}')))")"
  done
}
gate_ms() { python3 -c "import json; print(json.load(open('$tmp/report.json'))['gates'][0]['durationMs'])"; }
scan_ms() { python3 -c "import json,re; d=json.load(open('$tmp/report.json'))['gates'][0]['details']; print(re.search(r'in (\d+) ms', d).group(1))"; }
slowest() { python3 -c "
import json; g=max(json.load(open('$tmp/report.json'))['gates'], key=lambda g: g['durationMs']); print(g['id'], g['durationMs'])"; }
ratio() { python3 -c "print(f'{$1 / max($2, 0.001):.2f}')"; }

printf 'machine: %s cores, load %s; best of %s rounds (wall and peak RSS each the least of the rounds)\n' \
  "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$rounds"
printf 'build: %s\n' "$(git -C "$root" describe --always --dirty)"
results="$work/results.tsv"
printf 'repo\tmeasure\twall_s\trss_mb\tinner_ms\n' >"$results"
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"; }

grep -v '^#' "$here/repos.tsv" | tail -n +2 | while IFS=$'\t' read -r name _url commit language _why; do
  dir="$work/$name"
  files="$(git -C "$dir" ls-files | wc -l)"
  mb="$(git -C "$dir" ls-files -z | (cd "$dir" && xargs -0 stat -c %s 2>/dev/null) | python3 -c "import sys; print(round(sum(int(l) for l in sys.stdin) / 2**20, 1))")"
  commits="$(git -C "$dir" rev-list --count HEAD)"
  printf '\n%s (%s, %s): %s files, %s MiB, %s commits\n' "$name" "$language" "${commit:0:10}" "$files" "$mb" "$commits"
  rg -c zzzz "$dir" >/dev/null 2>&1 || true                            # warm the page cache
  git -C "$dir" log -p --no-merges --no-renames -U0 >/dev/null

  best rg rg -c -e "$pattern" "$dir"
  rg_wall="$wall"; record "$name" rg "$wall" "$rss" ""
  printf '  %-38s %6.2fs %5d MB\n' "rg (OR-ed patterns)" "$wall" "$rss"

  best tree "${launch[@]}" check "$dir" -c "$tmp/tree.yaml" --json "$tmp/report.json" -q
  tree_wall="$wall"; gate="$(gate_ms)"; scan="$(scan_ms)"; record "$name" tree "$wall" "$rss" "$gate"
  printf '  %-38s %6.2fs %5d MB   scan %s ms (list+scan %s ms)\n' "secret gate, tree (process)" "$wall" "$rss" "$gate" "$scan"

  best gitlog bash -c "git -C '$dir' log -p --no-merges --no-renames -U0 | rg -c -e \"\$0\"" "$pattern"
  git_wall="$wall"; record "$name" gitlog "$wall" "$rss" ""
  printf '  %-38s %6.2fs %5d MB\n' "git log -p | rg" "$wall" "$rss"

  best history "${launch[@]}" check "$dir" -c "$tmp/history.yaml" --json "$tmp/report.json" -q
  hist_wall="$wall"; hist_gate="$(gate_ms)"; record "$name" history "$wall" "$rss" "$hist_gate"
  printf '  %-38s %6.2fs %5d MB   gate %s ms\n' "secret gate, history (process)" "$wall" "$rss" "$hist_gate"

  best checklist "${launch[@]}" check "$dir" -c "$root/checklist.yaml" --offline --skip "$builds" --json "$tmp/report.json" -q
  read -r slow_id slow_ms < <(slowest)
  run_ms="$(python3 -c "import json; print(json.load(open('$tmp/report.json'))['durationMs'])")"
  record "$name" checklist "$wall" "$rss" "$run_ms"
  printf '  %-38s %6.2fs %5d MB   run %s ms, slowest gate %s %s ms\n' "default checklist, history (process)" "$wall" "$rss" "$run_ms" "$slow_id" "$slow_ms"
  python3 -c "
import json; gates=json.load(open('$tmp/report.json'))['gates']
print('    gates: ' + ', '.join(f\"{g['id']} {g['durationMs']}\" for g in gates if g['status'] != 'skip' or g['durationMs'] > 50))"

  printf '  ratios: tree/rg %s (target <= 2), scan/rg %s (<= 1.2), history/(git log|rg) %s (<= 1)\n' \
    "$(ratio "$tree_wall" "$rg_wall")" "$(ratio "$(python3 -c "print($gate / 1000)")" "$rg_wall")" "$(ratio "$hist_wall" "$git_wall")"
done
printf '\nresults: %s\n' "$results"
