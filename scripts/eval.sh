#!/usr/bin/env bash
# Scores the extractor on evaluation files (../shared/eval/*.jsonl, *.json): one JSON line per file.
# Usage: scripts/eval.sh [--errors N] [--layers] FILE...   (--layers: share of gold claims passing each layer of a match)   Runs in-process: no services, no database.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CP_FILE="$ROOT/extract-eval/target/eval-classpath.txt"
cd "$ROOT"
if [[ ! -f "$CP_FILE" || ! -d extract-eval/target/classes \
      || -n "$(find extract-eval/src/main ingest-service/src/main ledger-common/src/main -newer "$CP_FILE" -type f 2>/dev/null | head -1)" ]]; then
  # One reactor run: the modules resolve from the reactor, so nothing needs to be installed in ~/.m2.
  ./mvnw -B -q -pl extract-eval -am compile dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE" >&2
fi
CP="$ROOT/extract-eval/target/classes:$ROOT/ingest-service/target/classes:$ROOT/ledger-common/target/classes:$(cat "$CP_FILE")"
ARGS=()
for a in "$@"; do
  if [[ -f "$a" ]]; then ARGS+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"); else ARGS+=("$a"); fi
done
exec java -cp "$CP" org.casualtyledger.eval.EvaluationCommand "${ARGS[@]}"
