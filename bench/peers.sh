#!/usr/bin/env bash
# Times stagelens against dockerfile-ast (parse) and dockerfile-utils (validate) on the same
# corpus files, warm, one after the other in this run, and prints the ratios.
# Usage: bench/peers.sh [warm-up seconds] [measured passes]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
WARMUP=${1:-10}
PASSES=${2:-15}

(cd "$BENCH_DIR/peers" && npm ci --no-audit --no-fund --silent)
FILES="$BENCH_DIR/target/corpus-files.txt"
OURS=$(java -cp "$BENCH_CP" -Dstagelens.shared="$SHARED_DIR" dev.stagelens.bench.CorpusTimer \
  "$FILES" "$WARMUP" "$PASSES" parse graph analyze)
THEIRS=$(node "$BENCH_DIR/peers/time-peers.js" "$FILES" "$WARMUP" "$PASSES")
printf '%s\n%s\n' "$OURS" "$THEIRS"

ns() { printf '%s\n%s\n' "$OURS" "$THEIRS" | awk -v who="$1" -v phase="$2" \
  '$1 == who && $2 == phase { sub("ns_per_file=", "", $4); print $4 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "validate ratio vs dockerfile-utils (their validate / our full analysis):" \
  "$(ratio "$(ns dockerfile-utils validate)" "$(ns stagelens analyze)")x"
echo "analysis ratio vs dockerfile-ast (their parse / our full analysis):" \
  "$(ratio "$(ns dockerfile-ast parse)" "$(ns stagelens analyze)")x"
echo "parse ratio vs dockerfile-ast: $(ratio "$(ns dockerfile-ast parse)" "$(ns stagelens parse)")x"
