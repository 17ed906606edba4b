#!/usr/bin/env bash
# JMH benchmarks: the built-in interviewer (plan generation for a realistic job, the whole feedback for
# a 500-word answer) and, in DomainBenchmark, skills extraction and consent checks.
#
#   jobbot-adapters/jobbot-adapter-embedded/bench.sh              # short run: ~1 minute
#   jobbot-adapters/jobbot-adapter-embedded/bench.sh -f 1 -wi 5 -i 10 -w 2s -r 2s   # any JMH options
#   jobbot-adapters/jobbot-adapter-embedded/bench.sh DomainBenchmark -f 1 ...        # skills, consent checks
#   jobbot-adapters/jobbot-adapter-embedded/bench.sh 'Benchmark' -f 1 ...            # every benchmark
#
# Needs a JDK 21+ (JAVA_HOME, else the java on the PATH) and jobbot-domain, jobbot-ports and
# jobbot-adapter-skills installed in the local Maven repository (./mvnw install once). Compiles only
# this module; results are in microseconds, SampleTime mode, with p0.50 and p0.99 per benchmark.
set -euo pipefail

module="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$module/../.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

(cd "$root" && ./mvnw -o -q -B test-compile -pl jobbot-adapters/jobbot-adapter-embedded)

cd "$module"
which=InterviewerBenchmark
if [ "$#" -gt 0 ] && [ "${1#-}" = "$1" ]; then
    which="$1"
    shift
fi
if [ "$#" -eq 0 ]; then
    set -- -f 1 -wi 2 -i 3 -w 1s -r 1s
fi
exec "$java" -cp "$(cat target/cp.txt):target/classes:target/test-classes" org.openjdk.jmh.Main "$which" "$@"
