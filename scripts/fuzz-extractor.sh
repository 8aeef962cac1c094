#!/usr/bin/env bash
# Fuzzes the extractor for as long as asked: ExtractorFuzzTest under Jazzer, guided by coverage, for DURATION
# (a Jazzer duration such as 30m, 2h; default 10m). The corpus it grows stays in ingest-service/.cifuzz-corpus
# and the next run goes on from it. An input that makes the extractor throw, or puts a span outside the text, is
# written under ingest-service/src/test/resources/org/casualtyledger/ingest/extract/ExtractorFuzzTestInputs/anyText/:
# commit it with the fix, and every test run replays it from then on.
#
#   scripts/fuzz-extractor.sh 2h
set -euo pipefail
cd "$(dirname "$0")/.."
export JAZZER_MAX_DURATION="${1:-10m}"
exec ./mvnw -B -pl ingest-service -am test -Dtest=ExtractorFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
