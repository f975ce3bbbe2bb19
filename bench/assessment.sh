#!/usr/bin/env bash
# Completed free assessments per second, end to end over HTTP on PostgreSQL, each durably committed:
# consent, then five steps as a browser with htmx sends them (the last answered with the result in
# place), 6 requests per assessment. The load generator is wrk with bench/assessment.lua, on the same
# machine. Afterwards the COMPLETED rows in the database are checked against the completions wrk saw.
#
# The JVM needs minutes of load before its JIT has compiled the hot paths on 2 cores (the rate climbs
# from ~250 to ~550 a second on Java 17), so the default warm-up is 3 minutes.
#
#   bench/assessment.sh                               # 32 connections, 60 s after a 180 s warm-up
#   CONNECTIONS=64 DURATION=30 WARMUP=120 bench/assessment.sh
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/assessment.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
APP_PORT=${APP_PORT:-18081}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-180}
PG_DB="corebalance_bench_assessment_$$"
WORK=$(mktemp -d /tmp/corebalance-bench.XXXXXX)
APP_PID=""

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $PG_DB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk

echo "Building the production jar..."
./mvnw -q -B -DskipTests package
JAR=$(ls target/core-balance-*.jar | grep -v original | head -n 1)

psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 -c "create database $PG_DB"
echo "PostgreSQL synchronous_commit: $(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -Atc 'show synchronous_commit'), fsync: $(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -Atc 'show fsync')"
echo "Java: $("$JAVA" -version 2>&1 | head -n 1)"
env CORE_BALANCE_BASE_URL="http://127.0.0.1:$APP_PORT" SPRING_DATASOURCE_USERNAME=postgres CORE_BALANCE_DEMO=false \
    "$JAVA" $JAVA_OPTS -jar "$PWD/$JAR" --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$PG_DB" > "$WORK/app.log" 2>&1 < /dev/null &
APP_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/assessment"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; echo "app did not start" >&2; exit 1; }
    sleep 0.1
done

run() {
    wrk -t "$CONNECTIONS" -c "$CONNECTIONS" -d "${1}s" --timeout 10s -s bench/assessment.lua "http://127.0.0.1:$APP_PORT" \
        | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}'
}

echo "Warming up for ${WARMUP}s..."
run "$WARMUP" > /dev/null
count() { psql -h 127.0.0.1 -U postgres -d "$PG_DB" -Atc "select count(*) from assessment where status = 'COMPLETED'"; }
before=$(count)
echo "Measuring for ${DURATION}s with $CONNECTIONS connections..."
read -r done_count per_second p50 p99 failed requests < <(run "$DURATION")
after=$(count)

echo
echo "Completed assessments: $done_count in ${DURATION}s = $per_second per second (target: 500)"
echo "Requests: $requests (6 per assessment); one request p50 ${p50} ms, p99 ${p99} ms; failed: $failed"
echo "COMPLETED rows added in the database: $((after - before))"
if [ "$((after - before))" -lt "$done_count" ]; then
    echo "fewer rows than completions seen: an acknowledged assessment was lost" >&2
    exit 1
fi
