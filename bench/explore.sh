#!/usr/bin/env bash
# The Explore page in headless Chromium: gzipped size of its assets (WebAssembly, JavaScript fallback,
# from disk), page load to first result, a control change's update, and the 10 000-draw Monte Carlo
# in the worker; medians over several runs. Needs Debian's chromium and chromium-driver.
# Usage: bench/explore.sh [PAGE_LOADS]   (package first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/euromesh.jar ] || { echo "build the jar first: mvn -B -q -DskipTests package" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
java -jar target/euromesh.jar build --quiet --out "$out/site"
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.euromesh.bench.ExploreBenchmark "$out/site" "${1:-5}"
