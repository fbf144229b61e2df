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
# Each case runs on every JVM of BENCH_JDKS (default: the `java` on the PATH, shown as `default`,
# and the newest JDK under /usr/lib/jvm when it is newer), through the launcher with JAVA_HOME set,
# with the launcher's class-data archive or AOT cache (recorded by a first, uncounted run, whose
# time is shown as `first run`) and, for comparison, with MISTRAL_READY_CDS=off. Rounds are
# interleaved across the JVMs and modes, so a burst of load elsewhere hits them all alike.
# Prints the median and best wall time and the peak resident memory (GNU time) of each.
# Targets (issue 17): version < 0.2 s, empty < 0.35 s on the default JVM (Java 17), on an idle
# 2-core machine. A shared or loaded machine inflates wall times; compare the best.
set -euo pipefail

rounds="${1:-15}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="$root/dist/mistral-ready"
[[ -f "$root/target/mistral-ready.jar" ]] || { echo "build first: mvn -B -ntp package" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

# the JVM's major version: `17` from `openjdk version "17.0.15"`
major() { "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }

if [[ -z "${BENCH_JDKS:-}" ]]; then
  BENCH_JDKS=default
  default_major="$(major java)"
  newest="" newest_major="$default_major"
  for home in /usr/lib/jvm/*/; do
    home="${home%/}"
    [[ -x "$home/bin/java" && ! -L "$home" ]] || continue
    m="$(major "$home/bin/java")"
    if [[ -n "$m" && "$m" -gt "$newest_major" ]]; then newest="$home" newest_major="$m"; fi
  done
  [[ -n "$newest" ]] && BENCH_JDKS="default $newest"
fi
read -r -a jdks <<<"$BENCH_JDKS"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty" "$work/twenty"
{
  echo "version: 1"
  echo "gates:"
  for i in $(seq 1 20); do echo "  - {id: gate-$i, type: command, with: {run: 'true'}}"; done
} > "$work/twenty/checklist.yaml"
export XDG_CACHE_HOME="$work/cache" # an installed copy records its archive here; a checkout in target/

# runs the launcher once under GNU time on JVM $1 (`default` or a JAVA_HOME) with MISTRAL_READY_CDS=$2,
# and appends "seconds kilobytes" to $3
timed() {
  local jdk="$1" cds="$2" into="$3"; shift 3
  local env=(env)
  if [[ "$jdk" == default ]]; then env+=(-u JAVA_HOME); else env+=(JAVA_HOME="$jdk"); fi
  env+=(MISTRAL_READY_CDS="$cds")
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "${env[@]}" "$launcher" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/time.txt" >>"$into" # GNU time puts "Command exited with non-zero status" above
}

label() { if [[ "$1" == default ]]; then echo "default (Java $(major java))"; else echo "$(basename "$1") (Java $(major "$1/bin/java"))"; fi; }

summary() {
  local file="$1" sorted median best peak count
  count="$(wc -l <"$file")"
  sorted="$(cut -d' ' -f1 "$file" | sort -n)"
  median="$(echo "$sorted" | sed -n "$(( (count + 1) / 2 ))p")"
  best="$(echo "$sorted" | head -1)"
  peak="$(cut -d' ' -f2 "$file" | sort -n | tail -1)"
  printf 'median %5.2fs  best %5.2fs  peak RSS %4d MB  (%d rounds)' "$median" "$best" "$(( peak / 1024 ))" "$count"
}

measure() {
  local name="$1"; shift
  local i cds
  for _ in $(seq 1 "$rounds"); do
    for i in "${!jdks[@]}"; do
      for cds in on off; do timed "${jdks[$i]}" "$cds" "$work/$name.$i.$cds" "$@"; done
    done
  done
  for i in "${!jdks[@]}"; do
    printf '%-9s %-34s archive  %s\n' "$name" "$(label "${jdks[$i]}")" "$(summary "$work/$name.$i.on")"
    printf '%-9s %-34s CDS=off  %s\n' "" "" "$(summary "$work/$name.$i.off")"
  done
}

echo "cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); JVMs: ${jdks[*]}"
# The archive is recorded once per build and JVM, by the first run: from none, that run is timed
# alone (one sample), and the rounds below all map the archive it left.
rm -f "$root"/target/*.jsa "$root"/target/*.aot
for i in "${!jdks[@]}"; do
  timed "${jdks[$i]}" on "$work/first.$i" --version
  printf '%-9s %-34s records  %5.2fs  peak RSS %4d MB\n' "first" "$(label "${jdks[$i]}")" \
    "$(cut -d' ' -f1 "$work/first.$i")" "$(( $(cut -d' ' -f2 "$work/first.$i") / 1024 ))"
done
measure version --version
measure empty check "$work/empty"
measure 20-gates check "$work/twenty" --jobs 4
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
