#!/usr/bin/env bash
# Times the whole cold build of the packaged application (JVM start to the last byte of the PDF),
# as `java -jar` and through bin/euromesh, over several runs each with GNU time; prints median, min
# and max of wall time and peak memory. Usage: bench/build.sh [RUNS]
# (package first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
[ -f target/euromesh.jar ] || { echo "build the jar first: mvn -B -q -DskipTests package" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
stats() { sort -n | awk -v n="$runs" -v what="$1" -v unit="$2" '
  { v[NR]=$1 } END { printf "  %s: median %.2f %s (min %.2f, max %.2f)\n", what, v[int((n+1)/2)], unit, v[1], v[n] }'; }
measure() {
  local name="$1"; shift
  local key="${name//[^a-z]/_}"
  "$@" build --quiet --out "$out/site" >/dev/null   # warm-up (file cache; the launcher's first run writes its archive)
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/$key.$i" "$@" build --quiet --out "$out/site"
  done
  echo "$name: cold build, $runs runs after one warm-up"
  cat "$out/$key".* | awk '{print $1}' | stats "wall" "s"
  cat "$out/$key".* | awk '{print $2/1024}' | stats "peak RSS" "MB"
}
measure "java -jar" java -jar target/euromesh.jar
measure "bin/euromesh" bin/euromesh
