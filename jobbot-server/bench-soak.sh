#!/usr/bin/env bash
# The soak: interview turns at a steady concurrency for many minutes, one line per interval with
# throughput, p99, heap in use after a full collection and live threads (the curve to read for
# unbounded growth). H2, or PostgreSQL with JOBBOT_BENCH_POSTGRES_URL.
#
#   jobbot-server/bench-soak.sh [minutes] [users] [interval-seconds]     # default: 10 16 30
#
# Needs a JDK 21+ and the modules installed in the local Maven repository (./mvnw install once).
set -euo pipefail

. "$(dirname "$0")/bench-classpath.sh"
build_classpath test bench-cp.txt

cd "$module"
exec "$java" -Xmx512m ${JOBBOT_BENCH_JAVA_OPTS:-} -cp "$(cat target/bench-cp.txt):target/classes:target/test-classes" \
    tech.jobbot.server.bench.Soak "$@"
