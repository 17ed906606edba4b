# Sourced by the bench-*.sh scripts: where things are, and build_classpath SCOPE FILE, which
# compiles jobbot-server with its tests (offline) and writes the class path of that Maven scope
# to target/FILE.
module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$module/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

build_classpath() {
    (cd "$root" && ./mvnw -o -q -B test-compile -pl jobbot-server \
        && ./mvnw -o -q -B dependency:build-classpath -pl jobbot-server -Dmdep.outputFile="target/$2" \
            -Dmdep.includeScope="$1")
}
