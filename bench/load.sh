#!/usr/bin/env bash
# Load test on loopback: packages the service, starts it, drives it with wrk for a bounded time
# with a mix of corpus Dockerfiles and hostile inputs, and reports 5xx answers, connection errors,
# the java process's resident memory every 10 s, and the heap each garbage collection leaves.
#
#   bench/load.sh [seconds=60] [connections=64]
#
# The service's log is left in target/load-service.log. Needs wrk (apt-get install -y wrk) and
# ../shared/corpus beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-60}"
CONNECTIONS="${2:-64}"
PORT="${LOAD_PORT:-18089}"
WORK="$(mktemp -d)"
trap 'kill "$PID" 2>/dev/null || true; cp "$WORK/service.log" target/load-service.log; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "error: wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -d ../shared/corpus/files ] || { echo "error: ../shared/corpus/files is missing" >&2; exit 1; }

./mvnw -B -q -ntp package -DskipTests
find ../shared/corpus/files -type f > "$WORK/bodies"
python3 - "$WORK" >> "$WORK/bodies" <<'PY'
import random, sys
work = sys.argv[1]
random.seed(7)
cases = {
    "long-line": "FROM alpine\nRUN " + "x" * 70_000 + "\n",
    "many-instructions": "FROM alpine\n" + "RUN a\n" * 12_000,
    "many-stages": "".join(f"FROM alpine AS s{i}\n" for i in range(1_200)),
    "copy-chain": "FROM alpine AS s0\nRUN touch /a\n"
    + "".join(f"FROM alpine AS s{i}\nCOPY --from=s{i-1} /a /a\n" for i in range(1, 900)),
    "doubling-env": "FROM alpine\nENV A=0123456789abcdef\n" + "ENV A=$A$A\n" * 64,
    "star-pattern": "FROM alpine\nCOPY " + "**/" * 100 + "x /d/\n",
    "nested-defaults": "FROM alpine\nENV X=" + "${a:-" * 200 + "x" + "}" * 200 + "\n",
    "unterminated-heredoc": "FROM alpine\nRUN <<EOF\necho\n",
    "unterminated-json": 'FROM alpine\nCMD ["a", \n',
    "junk": "".join(chr(random.randrange(1, 0x3000)) for _ in range(50_000)),
    "many-copies": "FROM alpine\n" + "".join(f"COPY f{i} /d/f{i}\n" for i in range(3_000)),
    "secrets": "FROM alpine\nARG NPM_TOKEN=abcd1234\nENV AWS_SECRET_ACCESS_KEY=xyz987654\n",
}
for name, text in cases.items():
    path = f"{work}/{name}"
    with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(text)
    print(path)
PY

# The JVM is told it has the memory of one Kubernetes replica (deploy/kubernetes: 768Mi limit) and
# sizes its heap as the image's ENTRYPOINT does; every collection is logged to read the live heap.
MEMORY="${LOAD_MEMORY:-768m}"
LOAD_JAVA_OPTS="${LOAD_JAVA_OPTS:-}"
java $LOAD_JAVA_OPTS -XX:MaxRAM="$MEMORY" -XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError \
  -Xlog:gc:file="$WORK/gc.log":uptime -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$PID/status"; }

echo "bodies: $(wc -l < "$WORK/bodies") files ($(ls ../shared/corpus/files | wc -l) corpus)"
echo "rss at start: $(rss)"
( while kill -0 "$PID" 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 10; done ) > "$WORK/rss" &
SAMPLER=$!
LOAD_BODIES="$WORK/bodies" wrk -t4 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s \
  -s bench/load.lua "http://127.0.0.1:$PORT/api/v1/analyses" | tee "$WORK/wrk.out"
kill "$SAMPLER" 2>/dev/null || true
# With the load gone (analyses still queued end within stagelens.limits.analysis-timeout, 10 s), a
# full collection leaves only what the service keeps between requests: the same small figure after
# every run means nothing accumulates.
sleep 12
jcmd "$PID" GC.run >/dev/null
echo "heap after the load and a full GC: $(jstat -gc "$PID" | awk 'NR == 2 {printf "%.1f MB", ($3 + $4 + $6 + $8) / 1024}')"
[ -z "${LOAD_NMT:-}" ] || jcmd "$PID" VM.native_memory summary > target/load-nmt.txt
echo "rss every 10 s: $(awk '{print $2}' "$WORK/rss" | paste -sd' ') (kB)"
echo "rss at end: $(rss)"
grep -c " ERROR " "$WORK/service.log" | sed 's/^/service ERROR lines: /' || true
# The live heap is what a collection leaves; its low point per 10 s window rises when memory leaks.
python3 - "$WORK/gc.log" <<'PY'
import re, sys
windows = {}
for line in open(sys.argv[1]):
    m = re.search(r"\[(\d+\.\d+)s\].*Pause.* (\d+)M->(\d+)M\((\d+)M\)", line)
    if m:
        windows.setdefault(int(float(m.group(1)) // 10), []).append(int(m.group(3)))
print("heap after GC per 10 s window (min/max MB):",
      " ".join(f"{min(v)}/{max(v)}" for _, v in sorted(windows.items())))
PY
grep -q "5xx=0$" "$WORK/wrk.out" && ! grep -q "Socket errors" "$WORK/wrk.out"
