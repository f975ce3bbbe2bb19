#!/usr/bin/env bash
# Does the embedded default keep every write it acknowledged when the JVM is killed (kill -9)?
# Each run starts the production jar on a fresh H2 file (the URL the jar's application.properties
# has, moved to a temporary directory), drives concurrent contact messages, newsletter sign-ups and
# comments, each carrying a unique marker, and counts a write as acknowledged only when its success
# redirect arrived. 2-8 s (random) after the first acknowledged write the JVM is killed with
# kill -9; the app is started again on the same file (H2 recovers, Flyway checks), stopped cleanly,
# and the file is read with H2's own Shell. Prints per run: acknowledged, found, lost, writes/s, the
# file's size; exits 1 if any run lost one.
#
#   bench/crash-writes.sh                         # builds the jar first, 10 runs
#   RUNS=20 WORKERS=8 JAR=target/core-balance-0.1.0-SNAPSHOT.jar APP_PORT=18091 bench/crash-writes.sh
#   DATASOURCE_URL='jdbc:h2:file:{dir}/corebalance;MODE=PostgreSQL;...' bench/crash-writes.sh   # another URL
#   KEEP=1 bench/crash-writes.sh                  # keep the files, with a copy as each kill left it
#
# kill -9 ends the JVM but not the operating system: what H2 handed to write() is in the page
# cache and reaches the disk. So this finds writes acknowledged before H2 wrote them, or written
# where its recovery does not look; it says nothing about power loss (that needs fsync, see
# README "The embedded database").
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PORT=${APP_PORT:-18091}
RUNS=${RUNS:-10}
WORKERS=${WORKERS:-8}
MIN_LOAD=${MIN_LOAD:-2} MAX_LOAD=${MAX_LOAD:-8}   # seconds of load before kill -9
SLUG=${SLUG:-tight-psoas-low-back}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/corebalance-crash.XXXXXX)
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -n "${KEEP:-}" ] && echo "kept $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${JAR:-}" ]; then
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/core-balance-*.jar | grep -v original | head -n 1)
fi
# H2 as the jar bundles it, to read the file afterwards; the URL as the jar's settings have it.
unzip -q -j -o "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK"
H2_JAR=$(ls "$WORK"/h2-*.jar)
if [ -z "${DATASOURCE_URL:-}" ]; then
    DATASOURCE_URL=$(unzip -p "$JAR" BOOT-INF/classes/application.properties | sed -n 's/^spring\.datasource\.url=//p' |
        sed 's#jdbc:h2:file:\./data/#jdbc:h2:file:{dir}/#')
fi
case "$DATASOURCE_URL" in *'{dir}'*) ;; *) echo "DATASOURCE_URL must contain {dir}: $DATASOURCE_URL" >&2; exit 2 ;; esac
echo "$(basename "$H2_JAR"), $DATASOURCE_URL; $RUNS runs, $WORKERS workers, kill -9 after ${MIN_LOAD}-${MAX_LOAD} s of load"

# start_app DIR LOG: starts the jar on DIR's database and waits until it is ready (recovered, migrated, demo articles loaded).
start_app() {
    if curl -s -o /dev/null "$BASE/"; then echo "something already answers on port $PORT; set APP_PORT" >&2; return 1; fi
    env CORE_BALANCE_BASE_URL="$BASE" CORE_BALANCE_SECURE_COOKIES=false CORE_BALANCE_TRUSTED_PROXIES=127.0.0.1 \
        "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --spring.datasource.url="${DATASOURCE_URL//\{dir\}/$1}" \
        > "$2" 2>&1 < /dev/null &
    APP_PID=$!
    local waited=0
    until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
        if ! kill -0 "$APP_PID" 2>/dev/null || [ $waited -gt 3000 ]; then
            echo "the app did not start on $1; its log:" >&2; tail -n 40 "$2" >&2; return 1
        fi
        sleep 0.1; waited=$((waited + 1))
    done
}

# worker RUN W DIR: posts until DIR/stop exists; appends the marker of each acknowledged write to DIR/acked.W.
# Every post comes from its own address (X-Forwarded-For, trusted from loopback) with its own e-mail
# address, so no per-client or per-recipient limit refuses it.
worker() {
    local run=$1 w=$2 dir=$3 i=0 marker result
    local common=(-s -o /dev/null --max-time 10 -w '%{http_code} %{redirect_url}' -H "Origin: $BASE" -H "Sec-Fetch-Site: same-origin")
    while [ ! -e "$dir/stop" ]; do
        i=$((i + 1))
        marker="cr${run}x${w}x${i}"
        local ip=(-H "X-Forwarded-For: 10.$((w + 1)).$((i / 250 % 250)).$((i % 250 + 1))")
        case $((i % 3)) in
        0)  result=$(curl "${common[@]}" "${ip[@]}" --data-urlencode "name=Crash $w" --data-urlencode "email=$marker@example.org" \
                --data topic=OTHER --data-urlencode "message=Crash test $marker" "$BASE/contact" || true)
            [[ $result == "302 "*/contact/thanks ]] && echo "$marker" >> "$dir/acked.$w" ;;
        1)  result=$(curl "${common[@]}" "${ip[@]}" --data-urlencode "email=$marker@example.org" --data source=footer \
                "$BASE/newsletter" || true)
            [[ $result == "302 "*/newsletter/check-email ]] && echo "$marker" >> "$dir/acked.$w" ;;
        2)  result=$(curl "${common[@]}" "${ip[@]}" --data-urlencode "name=Crash $w" --data-urlencode "email=$marker@example.org" \
                --data-urlencode "body=Crash test $marker" --data elapsed=30000 "$BASE/blog/$SLUG/comments" || true)
            [[ $result == "302 "*"?comment=published"* || $result == "302 "*"?comment=held"* ]] && echo "$marker" >> "$dir/acked.$w" ;;
        esac
        case $result in 302*|000*) ;; *) echo "$result" >> "$dir/unexpected" ;; esac
    done
}
total_acked=0 total_lost=0 failed_runs=0
printf '%-4s %6s %6s %6s %5s %9s %6s %8s\n' run load_s acked found lost writes/s extra file_MB
for run in $(seq 1 "$RUNS"); do
    dir="$WORK/run$run"
    mkdir -p "$dir"
    start_app "$dir" "$dir/app.log"
    load_ms=$(( MIN_LOAD * 1000 + (RANDOM * 32768 + RANDOM) % ((MAX_LOAD - MIN_LOAD) * 1000 + 1) ))
    pids=()
    started=$(date +%s%3N)
    for w in $(seq 1 "$WORKERS"); do
        worker "$run" "$w" "$dir" & pids+=($!)
    done
    # The random delay counts from the first acknowledged write: a cold JVM answers its first posts slowly.
    for _ in $(seq 1 600); do cat "$dir"/acked.* >/dev/null 2>&1 && break; sleep 0.1; done
    sleep "$(printf '%d.%03d' $((load_ms / 1000)) $((load_ms % 1000)))"
    kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
    load_ms=$(( $(date +%s%3N) - started ))
    touch "$dir/stop"
    wait "${pids[@]}"
    file_mb=$(du -m "$dir/corebalance.mv.db" | cut -f1)
    [ -n "${KEEP:-}" ] && mkdir "$dir/crashed" && cp "$dir"/*.db "$dir/crashed/"   # the file as the kill left it

    # What the app sees after the crash: start it again on the same file, then stop it cleanly.
    if ! start_app "$dir" "$dir/restart.log"; then
        echo "run $run: the database did not open after kill -9" >&2
        failed_runs=$((failed_runs + 1)); APP_PID=""; continue
    fi
    kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

    cat "$dir"/acked.* 2>/dev/null | sort -u > "$dir/acked" || true
    "$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "${DATASOURCE_URL//\{dir\}/$dir}" -user sa -password '' -sql \
        "select cast(message as varchar) from contact_message union all select email from subscriber union all select body_markdown from comment" \
        > "$dir/stored"
    if grep -q '^Error' "$dir/stored"; then cat "$dir/stored" >&2; exit 2; fi
    { grep -o 'cr[0-9]*x[0-9]*x[0-9]*' "$dir/stored" || true; } | sort -u > "$dir/found"
    acked=$(wc -l < "$dir/acked")
    found=$(comm -12 "$dir/acked" "$dir/found" | wc -l)
    lost=$((acked - found))
    extra=$(comm -13 "$dir/acked" "$dir/found" | wc -l)   # committed, answer cut off by the kill
    rate=$(awk -v a="$acked" -v ms="$load_ms" 'BEGIN { printf "%.1f", a * 1000 / ms }')
    printf '%-4s %6.1f %6d %6d %5d %9s %6d %8d\n' "$run" "$(awk -v ms="$load_ms" 'BEGIN { print ms / 1000 }')" \
        "$acked" "$found" "$lost" "$rate" "$extra" "$file_mb"
    if [ "$lost" -gt 0 ]; then
        echo "     lost: $(comm -23 "$dir/acked" "$dir/found" | tr '\n' ' ')"
    fi
    if [ -s "$dir/unexpected" ]; then
        echo "     unexpected answers: $(sort "$dir/unexpected" | cut -c1-60 | uniq -c | sort -rn | head -n 3 | tr -s ' ' | tr '\n' ';')"
    fi
    total_acked=$((total_acked + acked)); total_lost=$((total_lost + lost))
done
echo "total: $total_acked acknowledged, $total_lost lost over $RUNS runs$([ $failed_runs -gt 0 ] && echo ", $failed_runs runs whose database did not open")"
[ "$total_lost" -eq 0 ] && [ "$failed_runs" -eq 0 ]
