#!/usr/bin/env bash
# Completed free assessments per second, end to end over HTTP on PostgreSQL, each durably committed:
# consent, five steps (htmx: each answered in place) and the result page, 7 requests per assessment.
# The load generator (bench/AssessmentLoad.java) runs on the same machine. Afterwards the count of
# COMPLETED rows in the database is checked against the count the generator saw.
#
#   bench/assessment.sh                      # 64 workers, 30 s after a 15 s warm-up
#   WORKERS=32 DURATION=60 bench/assessment.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
APP_PORT=${APP_PORT:-18081}
WORKERS=${WORKERS:-64}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-15}
PG_DB="corebalance_bench_assessment_$$"
WORK=$(mktemp -d /tmp/corebalance-bench.XXXXXX)
APP_PID=""

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $PG_DB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "Building the production jar..."
./mvnw -q -B -DskipTests package
JAR=$(ls target/core-balance-*.jar | grep -v original | head -n 1)

psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 -c "create database $PG_DB"
echo "PostgreSQL synchronous_commit: $(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -Atc 'show synchronous_commit'), fsync: $(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -Atc 'show fsync')"
env CORE_BALANCE_BASE_URL="http://127.0.0.1:$APP_PORT" SPRING_DATASOURCE_USERNAME=postgres CORE_BALANCE_DEMO=false \
    "$JAVA" $JAVA_OPTS -jar "$PWD/$JAR" --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$PG_DB" > "$WORK/app.log" 2>&1 < /dev/null &
APP_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/assessment"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; echo "app did not start" >&2; exit 1; }
    sleep 0.1
done

echo "Warming up for ${WARMUP}s..."
"$JAVA" bench/AssessmentLoad.java "http://127.0.0.1:$APP_PORT" "$WORKERS" "$WARMUP" > /dev/null
before=$(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -Atc "select count(*) from assessment where status = 'COMPLETED'")
echo "Measuring for ${DURATION}s with $WORKERS workers..."
read -r done_count per_second p50 p99 failed < <("$JAVA" bench/AssessmentLoad.java "http://127.0.0.1:$APP_PORT" "$WORKERS" "$DURATION")
after=$(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -Atc "select count(*) from assessment where status = 'COMPLETED'")

echo
echo "Completed assessments: $done_count in ${DURATION}s = $per_second per second (target: 500)"
echo "One whole assessment (7 requests): p50 ${p50} ms, p99 ${p99} ms; failed: $failed"
echo "COMPLETED rows added in the database: $((after - before))"
if [ "$((after - before))" -lt "$done_count" ]; then
    echo "fewer rows than completions seen: an acknowledged assessment was lost" >&2
    exit 1
fi
