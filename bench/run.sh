#!/usr/bin/env bash
# Runs the extraction benchmarks on one thread and prints JMH's figures.
# Usage: bench/run.sh [JMH options]   (default: 5 warm-up and 5 measured iterations on one thread)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -B -q -Pbench -pl bench -am install -DskipTests -Dquarkus.build.skip=true >&2
./mvnw -B -q -Pbench -pl bench dependency:build-classpath -Dmdep.outputFile="$ROOT/bench/target/classpath.txt" >&2
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
# Five warm-up iterations: the seed bulletin reaches steady speed only in the third (2 s each).
if [[ $# -eq 0 ]]; then set -- -f 1 -wi 5 -w 2s -i 5 -r 3s -t 1; fi
java -cp "$CP" org.openjdk.jmh.Main "$@"
echo "# CPU-time throughput (not distorted by other load on the machine):"
java -cp "$CP" org.casualtyledger.bench.CpuThroughput 10
