#!/usr/bin/env bash
# H2 alone under kill -9, without the app: bench/H2CrashWriter.java commits from 8 threads into a
# file whose free space lies between older chunks, is killed 1-5 s later, and the committed ids it
# printed are looked up in the file. A quick check of an H2 version or URL setting before the
# end-to-end bench/crash-writes.sh (a minute instead of half an hour).
#
#   bench/h2-crash.sh                                    # the H2 version in pom.xml, 10 runs
#   H2_VERSION=2.5.252 RUNS=6 bench/h2-crash.sh          # another version (fetched through Maven)
#   OPTIONS='WRITE_DELAY=0;RETENTION_TIME=0' bench/h2-crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
RUNS=${RUNS:-10}
THREADS=${THREADS:-8}
H2_VERSION=${H2_VERSION:-$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)}
# RETENTION_TIME=0 frees dead chunks at once, as 45 s of uptime would.
OPTIONS=${OPTIONS:-$(sed -n 's/^spring\.datasource\.url=jdbc:h2:file:[^;]*;//p' src/main/resources/application.properties);RETENTION_TIME=0}
H2_JAR="$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
[ -f "$H2_JAR" ] || ./mvnw -q -B dependency:get -Dartifact="com.h2database:h2:$H2_VERSION" -Dtransitive=false
WORK=$(mktemp -d /tmp/corebalance-h2crash.XXXXXX)
WRITER=""
cleanup() {
    [ -n "$WRITER" ] && kill -9 "$WRITER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
"${JAVA}c" -d "$WORK/classes" bench/H2CrashWriter.java

echo "H2 $H2_VERSION, $OPTIONS; $RUNS runs, $THREADS threads"
total_acked=0 total_lost=0
for run in $(seq 1 "$RUNS"); do
    dir="$WORK/run$run"
    mkdir -p "$dir"
    url="jdbc:h2:file:$dir/db;$OPTIONS"
    "$JAVA" -Xmx256m -cp "$H2_JAR:$WORK/classes" H2CrashWriter write "$url" "$THREADS" > "$dir/acked" 2> "$dir/errors" &
    WRITER=$!
    for _ in $(seq 1 1200); do
        [ -s "$dir/acked" ] && break
        kill -0 "$WRITER" 2>/dev/null || { cat "$dir/errors" >&2; exit 2; }
        sleep 0.1
    done
    sleep "$((RANDOM % 5 + 1)).$((RANDOM % 10))"
    kill -9 "$WRITER"; wait "$WRITER" 2>/dev/null || true; WRITER=""
    "$JAVA" -cp "$H2_JAR:$WORK/classes" H2CrashWriter count "$url" | sort -u > "$dir/found"
    sort -u "$dir/acked" > "$dir/acked.sorted"
    acked=$(wc -l < "$dir/acked.sorted")
    lost=$(comm -23 "$dir/acked.sorted" "$dir/found" | wc -l)
    echo "run $run: $acked committed, $lost lost"
    total_acked=$((total_acked + acked)); total_lost=$((total_lost + lost))
    rm -rf "$dir"
done
echo "total: $total_acked committed, $total_lost lost over $RUNS runs"
[ "$total_lost" -eq 0 ]
