#!/usr/bin/env bash
# Measures the packaged service on loopback: start-up to first answer, resident memory idle, under
# load and after a minute of load, and wrk throughput and latency for the tutorial Dockerfile and
# the largest ML Dockerfile of the corpus at 1, 16 and 64 connections.
# Usage: bench/service.sh [seconds per wrk run] [seconds of sustained load]
# STAGELENS_SKIP_BUILD=1 reuses the packaged service already in target/.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(dirname "$BENCH_DIR")
SHARED_DIR=${STAGELENS_SHARED:-$(dirname "$ROOT_DIR")/shared}
DURATION=${1:-10}
SUSTAINED=${2:-60}
PORT=${STAGELENS_BENCH_PORT:-18080}
URL="http://127.0.0.1:$PORT/api/v1/analyses"

command -v wrk > /dev/null || apt-get install -y -qq wrk > /dev/null
if [ "${STAGELENS_SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT_DIR" && ./mvnw -B -q package -DskipTests)
fi

TUTORIAL="$SHARED_DIR/cases/tutorial/Dockerfile"
ML_BY_SIZE=$(awk -F'\t' 'NR > 1 && $7 ~ /(^|,)ml(,|$)/ { print $5 "\t" $1 }' \
  "$SHARED_DIR/corpus/MANIFEST.tsv" | sort -rn | cut -f2)

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
post() { curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain' \
  --data-binary "@$1" "$URL" || true; }

START=$(date +%s%N)
java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -jar "$ROOT_DIR/target/quarkus-app/quarkus-run.jar" > "$BENCH_DIR/target/service.log" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2> /dev/null; wait "$SERVICE" 2> /dev/null || true' EXIT
for _ in $(seq 1 600); do
  [ "$(post "$TUTORIAL")" = 200 ] && break
  sleep 0.01
done
echo "start-up to first answer: $(( ($(date +%s%N) - START) / 1000000 )) ms"
[ "$(post "$TUTORIAL")" = 200 ] || { echo "the tutorial was not answered with 200" >&2; exit 1; }
# The largest ML file that analyses with default build options (a few need build arguments).
for name in $ML_BY_SIZE; do
  LARGEST_ML="$SHARED_DIR/corpus/files/$name"
  [ "$(post "$LARGEST_ML")" = 200 ] && break
done
echo "largest ML file that analyses: $name ($(wc -c < "$LARGEST_ML") bytes)"
sleep 2
echo "RSS idle: $(rss_mb "$SERVICE") MB"

echo "| file | connections | requests/s | p50 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for file in "$TUTORIAL" "$LARGEST_ML"; do
  for connections in 1 16 64; do
    threads=$(( connections < 2 ? 1 : 2 ))
    out=$(BODY_FILE="$file" wrk -t"$threads" -c"$connections" -d"${DURATION}s" --latency \
      -s "$BENCH_DIR/wrk/post.lua" "$URL")
    rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
    bad=$(awk '/Non-2xx/ { print $5 }' <<< "$out")
    echo "| ${file#"$SHARED_DIR/"} | $connections | $rps | $p50 | $p99 | ${bad:-0} |"
  done
done
echo "RSS under load (after the 64-connection runs): $(rss_mb "$SERVICE") MB"

BODY_FILE="$TUTORIAL" wrk -t2 -c16 -d"${SUSTAINED}s" --latency -s "$BENCH_DIR/wrk/post.lua" \
  "$URL" | awk '/Requests\/sec/ { print "sustained tutorial load, 16 connections: " $2 " requests/s" }'
echo "RSS after ${SUSTAINED} s of load: $(rss_mb "$SERVICE") MB"
