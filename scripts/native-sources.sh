#!/usr/bin/env bash
# Runs Quarkus's native build steps for each service as far as they go without GraalVM:
# -Dquarkus.native.sources-only=true stops after writing the native-image sources and arguments
# to <service>/target/native-sources/ (native-image.args, the runner jar and its lib/).
# Where GraalVM or a container engine exists, build the real binary instead:
#   ./mvnw -B -pl <service> -am package -Dnative [-Dquarkus.native.container-build=true]
# Usage: scripts/native-sources.sh [service...]   (default: all three, in one Maven reactor)
set -euo pipefail
cd "$(dirname "$0")/.."

services=("$@")
if [ ${#services[@]} -eq 0 ]; then
  services=(ingest-service tally-service gateway)
fi

for service in "${services[@]}"; do
  if [ ! -f "$service/pom.xml" ]; then
    echo "native-sources: no such service: $service" >&2
    exit 2
  fi
done

for service in "${services[@]}"; do
  rm -rf "$service/target/native-sources"
done

# One reactor for all services, so that the modules they share are built once.
started=$(date +%s)
list=$(IFS=,; echo "${services[*]}")
echo "native-sources: $list"
./mvnw -B -q -pl "$list" -am package -Dnative -Dquarkus.native.sources-only=true -DskipTests
for service in "${services[@]}"; do
  args="$service/target/native-sources/native-image.args"
  if [ ! -s "$args" ]; then
    echo "native-sources: $service produced no $args" >&2
    exit 1
  fi
  echo "native-sources: $service -> $service/target/native-sources/ ($(ls "$service/target/native-sources/lib" | wc -l) jars)"
done
echo "native-sources: done in $(( $(date +%s) - started )) s"
