#!/usr/bin/env bash
# Times the whole cold build of the packaged application (JVM start to the last byte of the PDF),
# as `java -jar` and through bin/euromesh, over several runs each with GNU time; prints median, min
# and max of wall time, peak memory and the PDF stage (from the build's own stage lines), each
# against the speed issue's target. Usage: bench/build.sh [RUNS]
# (package first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
[ -f target/euromesh.jar ] || { echo "build the jar first: mvn -B -q -DskipTests package" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
stats() { sort -n | awk -v n="$runs" -v what="$1" -v unit="$2" -v target="$3" '
  { v[NR]=$1 } END { printf "  %-10s median %.2f %s (min %.2f, max %.2f)   target at most %s %s\n", what, v[int((n+1)/2)], unit, v[1], v[n], target, unit }'; }
measure() {
  local name="$1"; shift
  local key="${name//[^a-z]/_}"
  "$@" build --quiet --out "$out/site" >/dev/null   # warm-up (file cache; the launcher's first run writes its cache)
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/$key.$i" "$@" build --out "$out/site" >"$out/$key.log.$i"
  done
  echo "$name: cold build, $runs runs after one warm-up"
  cat "$out/$key".[0-9]* | awk '{print $1}' | stats "wall" "s" 1.5
  cat "$out/$key".[0-9]* | awk '{print $2/1024}' | stats "peak RSS" "MiB" 300
  cat "$out/$key".log.* | awk '$1 == "pdf" { print $2 / 1000 }' | stats "PDF stage" "s" 0.8
}
measure "java -jar" java -jar target/euromesh.jar
measure "bin/euromesh" bin/euromesh
