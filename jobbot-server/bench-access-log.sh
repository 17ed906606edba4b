#!/usr/bin/env bash
# What the access log costs: throughput with it on and off (alternating, same run) and the rate at
# which access records reach the database.
#
#   jobbot-server/bench-access-log.sh [seconds] [clients] [records]          # H2 in memory
#   JOBBOT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/jobbot_test?user=postgres' \
#       jobbot-server/bench-access-log.sh                                     # PostgreSQL
#
# Needs a JDK 21+ and the modules installed in the local Maven repository (./mvnw install once).
set -euo pipefail

. "$(dirname "$0")/bench-classpath.sh"
build_classpath test bench-cp.txt

cd "$module"
exec "$java" -cp "$(cat target/bench-cp.txt):target/classes:target/test-classes" \
    tech.jobbot.server.bench.AccessLogBenchmark "$@"
