#!/usr/bin/env bash
# Data rights at scale: export of a person with many interviews (time, heap growth), their erasure,
# and the purge of a million expired rate-limit events.
#
#   jobbot-sdk/bench-data-rights.sh                     # 1,000 interviews, 1,000,000 rows, on H2
#   JOBBOT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/jobbot_test?user=postgres' \
#       jobbot-sdk/bench-data-rights.sh [interviews] [rows]   # on PostgreSQL (a fresh schema)
#
# Needs a JDK 21+ and the modules installed in the local Maven repository (./mvnw install once).
set -euo pipefail

module="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$module/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

(cd "$root" && ./mvnw -o -q -B test-compile -pl jobbot-sdk \
    && ./mvnw -o -q -B dependency:build-classpath -pl jobbot-sdk -Dmdep.outputFile=target/bench-cp.txt \
        -Dmdep.includeScope=test)

cd "$module"
exec "$java" -Xmx256m -cp "$(cat target/bench-cp.txt):target/classes:target/test-classes" \
    tech.jobbot.sdk.bench.DataRightsBenchmark "$@"
