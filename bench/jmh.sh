#!/usr/bin/env bash
# JMH benchmarks of the model layers, on the shipped inputs. Usage: bench/jmh.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "${@:-ModelBenchmark}"
