#!/usr/bin/env bash
# Article page throughput: Core Balance (production build, PostgreSQL and the embedded H2)
# against nginx serving the same HTML as a static file, with the same wrk load on 127.0.0.1.
# Each is measured as wrk sends it (no Accept-Encoding) and as browsers do (Accept-Encoding: gzip),
# with the article's bytes on the wire both ways.
# Also measures start-up to the first served page (embedded default) and resident memory under load.
#
#   bench/article.sh                 # defaults below
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JAVA_OPTS=-Xmx512m bench/article.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18089}
THREADS=2 CONNECTIONS=64 DURATION=${DURATION:-20s} WARMUP=${WARMUP:-10s}
SLUG=${SLUG:-tight-psoas-low-back}
PG_DB="corebalance_bench_$$"
WORK=$(mktemp -d /tmp/corebalance-bench.XXXXXX)
APP_PID="" NGINX_STARTED=""

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -n "$NGINX_STARTED" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $PG_DB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light

echo "Building the production jar..."
./mvnw -q -B -DskipTests package
JAR=$(ls target/core-balance-*.jar | grep -v original | head -n 1)

now_ms() { date +%s%3N; }

# Starts the app with the given extra environment; sets APP_PID and STARTUP_MS (to the first served page).
start_app() {
    local started
    started=$(now_ms)
    env CORE_BALANCE_BASE_URL="http://127.0.0.1:$APP_PORT" "$@" \
        "$JAVA" $JAVA_OPTS -jar "$PWD/$JAR" --server.port="$APP_PORT" \
        --spring.datasource.url="${DATASOURCE:-jdbc:h2:file:$WORK/data/corebalance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0}" \
        > "$WORK/app.log" 2>&1 < /dev/null &
    APP_PID=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/"; do
        kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; echo "app did not start" >&2; exit 1; }
        sleep 0.05
    done
    STARTUP_MS=$(( $(now_ms) - started ))
    # Demo articles load right after start-up; wait for the one we measure.
    until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/blog/$SLUG"; do sleep 0.1; done
}

stop_app() {
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

# Prints "requests/s p50 p99" for a URL after a warm-up; extra arguments go to wrk (e.g. a header).
load() {
    local url=$1
    shift
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$WORK/wrk.txt"
    local rps p50 p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
    if grep -q "Non-2xx" "$WORK/wrk.txt"; then echo "non-2xx answers during the load:" >&2; cat "$WORK/wrk.txt" >&2; exit 1; fi
    echo "$rps $p50 $p99"
}

rss_during_load() {
    local url=$1 peak=0 rss
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$url" >/dev/null &
    local wrk_pid=$!
    while kill -0 "$wrk_pid" 2>/dev/null; do
        rss=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
        [ "${rss:-0}" -gt "$peak" ] && peak=$rss
        sleep 0.5
    done
    echo $(( peak / 1024 ))
}

URL="http://127.0.0.1:$APP_PORT/blog/$SLUG"
declare -A RESULT

echo "== Core Balance on the embedded H2 (fresh ./data under $WORK)"
start_app CORE_BALANCE_DEMO=true
H2_STARTUP_MS=$STARTUP_MS
curl -sf "$URL" > "$WORK/article.html"
# curl without --compressed keeps the bytes as sent, so this is what crosses the wire.
WIRE_PLAIN=$(curl -sf -o /dev/null -w '%{size_download}' "$URL")
WIRE_GZIP=$(curl -sf -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$URL")
ENCODING=$(curl -sf -o /dev/null -D - -H 'Accept-Encoding: gzip' "$URL" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')
[ "$ENCODING" = gzip ] || { echo "the article was not sent gzip-compressed to a reader who accepts it" >&2; exit 1; }
RESULT[h2]=$(load "$URL")
RESULT[h2_gzip]=$(load "$URL" -H "Accept-Encoding: gzip")
RSS_MB=$(rss_during_load "$URL")
stop_app

echo "== Core Balance on PostgreSQL (127.0.0.1:5432/$PG_DB)"
psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 -c "create database $PG_DB"
DATASOURCE="jdbc:postgresql://127.0.0.1:5432/$PG_DB" start_app SPRING_DATASOURCE_USERNAME=postgres
RESULT[pg]=$(load "$URL")
RESULT[pg_gzip]=$(load "$URL" -H "Accept-Encoding: gzip")
# A reader who sends any cookie always gets a fresh render (no page cache): the worst case.
RESULT[pg_uncached]=$(load "$URL" -H "Cookie: bench=1")
stop_app

echo "== nginx serving the same article HTML as a static file"
mkdir -p "$WORK/nginx/html"
# nginx workers run as www-data; mktemp made the folder private to root.
chmod 755 "$WORK" "$WORK/nginx" "$WORK/nginx/html"
cp "$WORK/article.html" "$WORK/nginx/html/article.html"
chmod 644 "$WORK/nginx/html/article.html"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    default_type text/html;
    # Compressed per request (nginx's default level 1) for those who ask, as a typical setup does.
    gzip on;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
NGINX_STARTED=1
RESULT[nginx]=$(load "http://127.0.0.1:$NGINX_PORT/article.html")
RESULT[nginx_gzip]=$(load "http://127.0.0.1:$NGINX_PORT/article.html" -H "Accept-Encoding: gzip")

read -r NGINX_RPS _ _ <<< "${RESULT[nginx]}"
read -r NGINX_GZIP_RPS _ _ <<< "${RESULT[nginx_gzip]}"
echo
echo "Article page /blog/$SLUG, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $("$JAVA" -version 2>&1 | head -n 1)"
echo "Bytes on the wire: $WIRE_PLAIN without Accept-Encoding, $WIRE_GZIP with Accept-Encoding: gzip"
printf '%-34s %12s %10s %10s %10s\n' "server" "requests/s" "p50" "p99" "vs nginx"
for key in pg pg_gzip pg_uncached h2 h2_gzip nginx nginx_gzip; do
    read -r rps p50 p99 <<< "${RESULT[$key]}"
    case $key in
        pg) name="Core Balance, PostgreSQL";;
        pg_gzip) name="  same, Accept-Encoding: gzip";;
        pg_uncached) name="  same, every page rendered";;
        h2) name="Core Balance, embedded H2";;
        h2_gzip) name="  same, Accept-Encoding: gzip";;
        nginx) name="nginx static file";;
        nginx_gzip) name="  same, Accept-Encoding: gzip";;
    esac
    # Compressed answers are compared with nginx compressing, plain ones with nginx plain.
    base=$NGINX_RPS
    [[ $key == *_gzip ]] && base=$NGINX_GZIP_RPS
    printf '%-34s %12s %10s %10s %9s%%\n' "$name" "$rps" "$p50" "$p99" "$(awk -v a="$rps" -v b="$base" 'BEGIN {printf "%.0f", 100 * a / b}')"
done
echo "Start-up to first served page (embedded H2, empty database): ${H2_STARTUP_MS} ms"
echo "Resident memory of the app under this load (embedded H2): ${RSS_MB} MiB"
echo "Targets: >= 25% of nginx, p99 <= 50 ms."
