#!/usr/bin/env bash
# The load harness: interview turns (answer + feedback) at rising concurrency on H2 and, with
# JOBBOT_BENCH_POSTGRES_URL, on PostgreSQL, next to a bare Helidon JSON endpoint measured in the
# same run as the ceiling. Prints throughput and p50/p99/p99.9 per level.
#
#   jobbot-server/bench-load.sh [seconds-per-level] [users...]          # default: 10 s; 1 8 32 64
#   JOBBOT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/jobbot_test?user=postgres' \
#       jobbot-server/bench-load.sh 10 1 8 32 64
#
# Needs a JDK 21+ and the modules installed in the local Maven repository (./mvnw install once).
set -euo pipefail

. "$(dirname "$0")/bench-classpath.sh"
build_classpath test bench-cp.txt

cd "$module"
exec "$java" -Xmx1g ${JOBBOT_BENCH_JAVA_OPTS:-} -cp "$(cat target/bench-cp.txt):target/classes:target/test-classes" \
    tech.jobbot.server.bench.LoadHarness "$@"
