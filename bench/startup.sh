#!/usr/bin/env bash
# Measures what a user waits for on every run: JVM start-up plus the engine's own overhead.
#
#   bench/startup.sh [ROUNDS]          (default 15 rounds; run `mvn -B -ntp package` first)
#
# Cases:
#   version     `mistral-ready --version`: JVM + picocli start-up, the floor of every run
#   empty       `check` of a project with no checklist: the built-in checklist, every gate skipped
#   20-gates    `check` of 20 `true` command gates, --jobs 4: checklist parsing, planning,
#               process spawning and reporting
# Prints the median and best wall time and the peak resident memory (GNU time) of each case.
# Targets (foundation): version < 0.5 s median, 20-gates < 1.5 s median, peak RSS < 150 MB,
# on an idle 2-core machine. A shared or loaded machine inflates wall times; compare the best.
set -euo pipefail

rounds="${1:-15}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="$root/dist/mistral-ready"
[[ -f "$root/target/mistral-ready.jar" ]] || { echo "build first: mvn -B -ntp package" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty" "$work/twenty"
{
  echo "version: 1"
  echo "gates:"
  for i in $(seq 1 20); do echo "  - {id: gate-$i, type: command, with: {run: 'true'}}"; done
} > "$work/twenty/checklist.yaml"

measure() {
  local name="$1"; shift
  local times=() rss=()
  for _ in $(seq 1 "$rounds"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    read -r seconds kilobytes < "$work/time.txt"
    times+=("$seconds"); rss+=("$kilobytes")
  done
  local sorted median best peak
  sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
  median="$(echo "$sorted" | sed -n "$(( (rounds + 1) / 2 ))p")"
  best="$(echo "$sorted" | head -1)"
  peak="$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
  printf '%-10s median %5.2fs  best %5.2fs  peak RSS %4d MB  (%d rounds)\n' \
    "$name" "$median" "$best" "$(( peak / 1024 ))" "$rounds"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure version "$launcher" --version
measure empty "$launcher" check "$work/empty"
measure 20-gates "$launcher" check "$work/twenty" --jobs 4
