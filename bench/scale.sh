#!/usr/bin/env bash
# How the cold build grows: wall time and peak memory of bin/euromesh build for 100 000, 1 million and
# 10 million Monte Carlo draws, and for a report ten times longer (the report's text nine more times,
# without its figures and tables, which may appear once each). Medians over RUNS runs after one warm-up.
# Usage: bench/scale.sh [RUNS]   (package first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
[ -f target/euromesh.jar ] || { echo "build the jar first: mvn -B -q -DskipTests package" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
launcher="$PWD/bin/euromesh"

measure() {
  local name="$1" root="$2"; shift 2
  "$launcher" build --quiet --root "$root" --out "$work/site" "$@" >/dev/null   # warm-up (and the launcher's cache)
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t.$i" "$launcher" build --quiet --root "$root" --out "$work/site" "$@"
  done
  local wall mem
  wall="$(cat "$work"/t.* | awk '{print $1}' | sort -n | awk -v n="$runs" '{ v[NR]=$1 } END { printf "%.2f s (min %.2f, max %.2f)", v[int((n+1)/2)], v[1], v[n] }')"
  mem="$(cat "$work"/t.* | awk '{print $2/1024}' | sort -n | awk -v n="$runs" '{ v[NR]=$1 } END { printf "%.0f MB (min %.0f, max %.0f)", v[int((n+1)/2)], v[1], v[n] }')"
  printf '%-18s wall median %s   peak RSS median %s\n' "$name" "$wall" "$mem"
  rm -f "$work"/t.*
}

for draws in 100000 1000000 10000000; do
  measure "$draws draws" "$PWD" --set "scenarios.monte_carlo.draws=$draws"
done

long="$work/long"
mkdir -p "$long"
cp -r data content templates "$long/"
awk 'BEGIN { fences = 0 }
     { lines[NR] = $0 }
     END {
       for (i = 1; i <= NR; i++) { print lines[i]; if (lines[i] == "---" && ++fences == 2) body = i + 1 }
       for (copy = 1; copy <= 9; copy++)
         for (i = body; i <= NR; i++) if (lines[i] !~ /^<@(figure|table) /) print lines[i]
     }' content/report.md >"$long/content/report.md"
measure "report 1x" "$PWD"
measure "report 10x" "$long"
