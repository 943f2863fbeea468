#!/usr/bin/env bash
# Builds the service jar and the benchmarks, and writes the benchmarks' classpath to
# bench/target/classpath.txt. Sourced by the other bench scripts; STAGELENS_SKIP_BUILD=1 reuses
# the jars already built.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(dirname "$BENCH_DIR")
SHARED_DIR=${STAGELENS_SHARED:-$(dirname "$ROOT_DIR")/shared}

if [ "${STAGELENS_SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT_DIR" && ./mvnw -B -q package -DskipTests)
  (cd "$BENCH_DIR" && ../mvnw -B -q package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt)
fi
BENCH_CP="$BENCH_DIR/target/classes:$(cat "$BENCH_DIR/target/classpath.txt")"
