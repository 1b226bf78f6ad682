#!/usr/bin/env bash
# The Monte Carlo alone, as whole processes: for 100 000, 1 million and 10 million draws, the
# edition's inputs and seed, one JVM per run with the launcher's options (C1, serial collector), on
# every core. Prints the run's own time (the draws and the summary, from the process's clock), the
# draws per second, the process's wall time and its peak RSS (GNU time), as medians with min and
# max over RUNS runs after one warm-up, with the speed issue's targets beside them.
# Usage: bench/montecarlo.sh [RUNS] [DRAWS ...]   (package first: mvn -B -q -DskipTests package test-compile)
# MC_CLASSES=other.jar measures the model classes of another build (a jar of an earlier commit) with
# the same driver; MC_JAVA_OPTS replaces the JVM options (say "-XX:+UseSerialGC" for both compilers).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
sizes=("${@:-100000 1000000 10000000}")
[ -d target/test-classes/org/euromesh/bench ] || { echo "compile the tests first: mvn -B -q test-compile" >&2; exit 1; }
cp="target/test-classes:${MC_CLASSES:-target/classes}:target/lib/*"
read -r -a java_opts <<<"${MC_JAVA_OPTS:--Xlog:disable -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
[ -d target/lib ] || { echo "package first (target/lib): mvn -B -q -DskipTests package" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# median (min, max) of the numbers on standard input, with printf format $1
stats() {
  sort -g | awk -v f="$1" '{ v[NR] = $1 } END { printf f " (" f "-" f ")", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

printf '%-10s %-28s %-28s %-26s %s\n' draws "Monte Carlo run (ms)" "million draws/s [>= 5]" "process wall (s)" "peak RSS (MiB) [< 256]"
for draws in ${sizes[*]}; do
  run() {
    /usr/bin/time -f "%e %M" -o "$work/time" java "${java_opts[@]}" -cp "$cp" \
      org.euromesh.bench.MonteCarloMain "$draws" >"$work/out"
  }
  run
  : >"$work/all"
  for i in $(seq "$runs"); do
    run
    ms="$(sed -n 's/.* run \([0-9.]*\) ms .*/\1/p' "$work/out")"
    echo "$ms $(cat "$work/time")" >>"$work/all"
  done
  printf '%-10s %-28s %-28s %-26s %s\n' "$draws" \
    "$(awk '{ print $1 }' "$work/all" | stats %.0f)" \
    "$(awk -v d="$draws" '{ print d / ($1 * 1000) }' "$work/all" | stats %.2f)" \
    "$(awk '{ print $2 }' "$work/all" | stats %.2f)" \
    "$(awk '{ print $3 / 1024 }' "$work/all" | stats %.0f)"
done
