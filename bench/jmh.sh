#!/usr/bin/env bash
# Runs the JMH benchmarks and prints a table of time per file and MB/s.
# Usage: bench/jmh.sh [extra JMH options, e.g. -p input=tutorial or -prof gc]
# JMH_INCLUDE picks benchmarks by regular expression, e.g. JMH_INCLUDE='PipelineBenchmark.optimize'.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
RESULT="$BENCH_DIR/target/jmh.json"
java -cp "$BENCH_CP" -Dstagelens.shared="$SHARED_DIR" org.openjdk.jmh.Main \
  -jvmArgs "-Dstagelens.shared=$SHARED_DIR" \
  -f 1 -wi 3 -w 1s -i 5 -r 1s -rf json -rff "$RESULT" "$@" "${JMH_INCLUDE:-PipelineBenchmark}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -cp "$BENCH_CP" -Dstagelens.shared="$SHARED_DIR" dev.stagelens.bench.JmhReport "$RESULT"
