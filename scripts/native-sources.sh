#!/usr/bin/env bash
# Runs Quarkus's native build steps for each service as far as they go without GraalVM:
# -Dquarkus.native.sources-only=true stops after writing the native-image sources and arguments
# to <service>/target/native-sources/ (native-image.args, the runner jar and its lib/).
# Where GraalVM or a container engine exists, build the real binary instead:
#   ./mvnw -B -pl <service> -am package -Dnative [-Dquarkus.native.container-build=true]
# Usage: scripts/native-sources.sh [service...]   (default: all three)
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
  started=$(date +%s)
  echo "native-sources: $service"
  ./mvnw -B -q -pl "$service" -am package -Dnative -Dquarkus.native.sources-only=true -DskipTests
  args="$service/target/native-sources/native-image.args"
  if [ ! -s "$args" ]; then
    echo "native-sources: $service produced no $args" >&2
    exit 1
  fi
  echo "native-sources: $service done in $(( $(date +%s) - started )) s -> $service/target/native-sources/"
done
