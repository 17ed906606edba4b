#!/usr/bin/env bash
# Start-up and idle memory: the time from launching the JVM to the first 200 from
# GET /observe/health, for Jobbot (first start on an empty data directory, then restarts) and for a
# bare Helidon SE server (BareServer) started from the same classpath with the same JVM options;
# then Jobbot's resident memory (RSS) after sitting idle. Measured twice: with the JVM's defaults,
# and with a class-data archive of each server's own (-XX:+AutoCreateSharedArchive, written by an
# untimed first run), which is how ./jobbot starts Jobbot.
#
#   jobbot-server/bench-start.sh [runs] [idle-seconds]          # default: 5 runs, 10 s idle
#   JOBBOT_BENCH_JAVA_OPTS='-XX:TieredStopAtLevel=1' jobbot-server/bench-start.sh
#
# Needs a JDK 21+, curl, and the modules installed in the local Maven repository (./mvnw install once).
set -euo pipefail

. "$(dirname "$0")/bench-classpath.sh"
runs="${1:-5}"
idle="${2:-10}"
if ! [ "$runs" -ge 1 ] 2>/dev/null || ! [ "$idle" -ge 0 ] 2>/dev/null; then
    echo "usage: $0 [runs >= 1] [idle-seconds >= 0]" >&2
    exit 2
fi
opts="-Xmx512m ${JOBBOT_BENCH_JAVA_OPTS:-}"
port=18765

build_classpath runtime start-cp.txt
cd "$module"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
# Jars only (a class-data archive refuses directories on the class path): the runtime
# dependencies, and Jobbot's classes with BareServer in one jar.
"${JAVA_HOME:+$JAVA_HOME/bin/}jar" cf "$work/bench.jar" -C target/classes . \
    -C target/test-classes tech/jobbot/server/bench/BareServer.class
cp="$(cat target/start-cp.txt):$work/bench.jar"

# Launches "$@", waits for the health endpoint, sets $took to the milliseconds it took; leaves
# the process running with its pid in $pid.
ready_ms() {
    local start end
    if curl -fs -o /dev/null "http://127.0.0.1:$port/observe/health"; then
        echo "port $port is taken by another server; stop it first" >&2
        exit 1
    fi
    start=$(date +%s%N)
    "$java" $opts $extra -cp "$cp" "$@" > "$work/out.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/observe/health"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the server exited before it was ready:" >&2
            cat "$work/out.log" >&2
            exit 1
        fi
        sleep 0.01
    done
    end=$(date +%s%N)
    took=$(((end - start) / 1000000))
}

stop() {
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

median() {
    sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

archive() {
    echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$work/$1.jsa"
}

measure() {
    local label="$1" cds="$2"
    bare=()
    first=()
    again=()
    if [ "$cds" = yes ]; then
        # Untimed runs that write each server's archive.
        extra="$(archive bare)"; ready_ms tech.jobbot.server.bench.BareServer "$port"; stop
        rm -rf "$work/data"
        extra="$(archive jobbot)"; ready_ms tech.jobbot.server.Main --port "$port" --data-dir "$work/data"; stop
    fi
    for i in $(seq "$runs"); do
        extra="$([ "$cds" = yes ] && archive bare || true)"
        ready_ms tech.jobbot.server.bench.BareServer "$port"
        bare+=("$took")
        stop
        extra="$([ "$cds" = yes ] && archive jobbot || true)"
        rm -rf "$work/data"
        ready_ms tech.jobbot.server.Main --port "$port" --data-dir "$work/data"
        first+=("$took")
        stop
        ready_ms tech.jobbot.server.Main --port "$port" --data-dir "$work/data"
        again+=("$took")
        stop
    done
    local b f a
    b=$(printf '%s\n' "${bare[@]}" | median)
    f=$(printf '%s\n' "${first[@]}" | median)
    a=$(printf '%s\n' "${again[@]}" | median)
    echo "start to ready, $label, median of $runs (JVM options: $opts${extra:+ + class-data archive})"
    echo "  bare Helidon SE                   $b ms   (${bare[*]})"
    echo "  Jobbot, first start (empty data)  $f ms   (${first[*]})  $(awk "BEGIN {printf \"%.2fx\", $f / $b}") bare"
    echo "  Jobbot, restart                   $a ms   (${again[*]})  $(awk "BEGIN {printf \"%.2fx\", $a / $b}") bare"
}

extra=""
measure "JVM defaults" no
measure "class-data archives" yes

ready_ms tech.jobbot.server.Main --port "$port" --data-dir "$work/data"
sleep "$idle"
rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
threads=$(awk '/^Threads/ {print $2}' "/proc/$pid/status")
stop
echo "Jobbot idle after ${idle} s: RSS $rss MB, $threads threads"
