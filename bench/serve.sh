#!/usr/bin/env bash
# Times the preview: from saving a content file to the new text being served, over several saves.
# Usage: bench/serve.sh [SAVES]   (package first: mvn -B -q -DskipTests package; needs curl)
set -euo pipefail
cd "$(dirname "$0")/.."
saves="${1:-10}"
[ -f target/euromesh.jar ] || { echo "build the jar first: mvn -B -q -DskipTests package" >&2; exit 1; }
work="$(mktemp -d)"
cp -r data content templates "$work/"
port=$((20000 + RANDOM % 20000))
java -jar target/euromesh.jar serve --root "$work" --out "$work/site" --port "$port" --quiet >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
url="http://127.0.0.1:$port/results.html"
until curl -fs "$url" 2>/dev/null | grep -q "Results"; do sleep 0.1; done
sleep 3   # let the first PDF finish so it does not compete with the measured saves
now_ms() { date +%s%3N; }
for i in $(seq "$saves"); do
  marker="bench-marker-$i-$RANDOM"
  printf '\n%s\n' "$marker" >>"$work/content/results.md"
  start=$(now_ms)
  until curl -fs "$url" | grep -q "$marker"; do :; done
  echo $(( $(now_ms) - start ))
  sleep 1.5   # let the background PDF of this save finish
done | sort -n | awk -v n="$saves" '{ v[NR]=$1 } END {
  printf "save to served HTML, %d saves: median %d ms (min %d, max %d)\n", n, v[int((n+1)/2)], v[1], v[n] }'
