#!/usr/bin/env bash
# Times the whole cold build of the packaged application (JVM start to the last byte of the PDF)
# over several runs with GNU time, and prints median, min and max of wall time and peak memory.
# Usage: bench/build.sh [RUNS] [extra java options...]   (package first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"; shift || true
[ -f target/euromesh.jar ] || { echo "build the jar first: mvn -B -q -DskipTests package" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
java "$@" -jar target/euromesh.jar build --quiet --out "$out/site"   # warm-up (file cache), not counted
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$out/t$i" java "$@" -jar target/euromesh.jar build --quiet --out "$out/site"
done
stats() { sort -n | awk -v n="$runs" -v what="$1" -v unit="$2" -v scale="$3" '
  { v[NR]=$1 / scale }
  END { printf "%s: median %.2f %s (min %.2f, max %.2f)\n", what, v[int((n+1)/2)], unit, v[1], v[n] }'; }
echo "cold build, $runs runs after one warm-up"
cat "$out"/t* | awk '{print $1}' | stats "wall" "s" 1
cat "$out"/t* | awk '{print $2}' | stats "peak RSS" "MB" 1024
