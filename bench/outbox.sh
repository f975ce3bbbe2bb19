#!/usr/bin/env bash
# The outbox against a local SMTP server (bench/SmtpSink.java, which takes every message and logs
# when it took it, its Message-ID and its recipient), on a fresh PostgreSQL database per run.
#
#   bench/outbox.sh throughput   N messages (default 5000) queued at once, one instance: messages per
#                                second from the first accepted message to the last, and each once
#   bench/outbox.sh crash        N messages (default 3000), two instances on one database; once KILL_AT
#                                (default 500) have arrived, kill -9 the instance running the delivery
#                                job: how long mail stopped, when all had arrived, duplicates, missing
#
#   JAR=target/core-balance-0.1.0-SNAPSHOT.jar bench/outbox.sh throughput   # default: builds the jar
#   N=1000 DELAY_MS=20 TIMEOUT=180 bench/outbox.sh crash                     # DELAY_MS: sink's answer time
#   KEEP=1 bench/outbox.sh crash                                             # keep the sink's and apps' logs
#
# Needs a JDK, curl, psql and PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-throughput}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DELAY_MS=${DELAY_MS:-0}
TIMEOUT=${TIMEOUT:-180}
SINK_PORT=${SINK_PORT:-12525}
PORTS=(18091 18092)
DB="outbox_bench_$$"
WORK=$(mktemp -d /tmp/corebalance-outbox.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
    if [ -n "${KEEP:-}" ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

case "$MODE" in
    throughput) N=${N:-5000}; INSTANCES=1 ;;
    crash) N=${N:-3000}; INSTANCES=2; KILL_AT=${KILL_AT:-500} ;;
    *) echo "usage: $0 throughput|crash" >&2; exit 2 ;;
esac

if [ -z "${JAR:-}" ]; then
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/core-balance-*.jar | grep -v original | head -n 1)
fi
now_ms() { date +%s%3N; }

psql -q -d postgres -v ON_ERROR_STOP=1 -c "create database $DB"
"$JAVA" bench/SmtpSink.java "$SINK_PORT" "$WORK/sink.log" "$DELAY_MS" > "$WORK/sink.out" 2>&1 &
PIDS+=($!)
until grep -q "SMTP sink" "$WORK/sink.out" 2>/dev/null; do sleep 0.2; done

APPS=()
for i in $(seq 0 $((INSTANCES - 1))); do
    env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
        SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SINK_PORT" \
        CORE_BALANCE_DEMO=false CORE_BALANCE_SECURE_COOKIES=false \
        "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="${PORTS[$i]}" > "$WORK/app-$i.log" 2>&1 < /dev/null &
    PIDS+=($!)
    APPS+=($!)
    # One at a time: two instances migrating one empty database at once would race in Flyway.
    until curl -sf -o /dev/null "http://127.0.0.1:${PORTS[$i]}/actuator/health"; do
        kill -0 "${APPS[$i]}" 2>/dev/null || { tail -50 "$WORK/app-$i.log"; exit 1; }
        sleep 0.5
    done
done

# A newsletter's worth of messages, as the newsletter module queues them (text, HTML, unsubscribe headers).
QUEUED_AT=$(now_ms)
psql -q -d "$DB" -v ON_ERROR_STOP=1 <<SQL
insert into mail_outbox (recipient, recipient_name, subject, body_text, body_html, headers, kind, status, attempts,
                         next_attempt_at, created_at)
select 'reader-' || n || '@client.example', 'Reader ' || n, 'Week 3: breathing before bracing',
       repeat('Breathe out slowly, let the ribs settle, then brace gently as if to cough. ', 25),
       '<p>' || repeat('Breathe out slowly, let the ribs settle, then brace <b>gently</b> as if to cough. ', 50) || '</p>',
       'List-Unsubscribe: <https://corebalance.example/newsletter/unsubscribe/' || md5(n::text) || E'>\n'
           || E'List-Unsubscribe-Post: List-Unsubscribe=One-Click\n',
       'newsletter', 'PENDING', 0, now(), now()
from generate_series(1, $N) as n;
SQL

# Only the queued readers count: the application may send a little mail of its own (to the practice).
arrived() { awk '/ reader-/ { n++ } END { print n + 0 }' "$WORK/sink.log"; }
# Distinct recipients so far (each queued message has its own).
recipients() { awk '/ reader-/ { print $3 }' "$WORK/sink.log" | sort -u | wc -l; }

if [ "$MODE" = crash ]; then
    until [ "$(arrived)" -ge "$KILL_AT" ]; do sleep 0.05; done
    # The instance running the job: db-scheduler's picked_by ends in its process id; older builds name
    # only the host, then the one holding a connection to the sink is the sender.
    VICTIM=""
    PICKED=$(psql -tA -d "$DB" -c "select picked_by from scheduled_tasks where task_name = 'mail-outbox-delivery' and picked")
    for pid in "${APPS[@]}"; do [ "${PICKED##*#}" = "$pid" ] && VICTIM=$pid; done
    for _ in $(seq 1 50); do
        [ -n "$VICTIM" ] && break
        for pid in $(ss -tnpH state established "( dport = :$SINK_PORT )" | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u); do
            for app in "${APPS[@]}"; do [ "$pid" = "$app" ] && VICTIM=$pid; done
        done
        sleep 0.02
    done
    [ -n "$VICTIM" ] || { echo "could not tell which instance sends" >&2; exit 1; }
    kill -9 "$VICTIM"
    KILLED_AT=$(now_ms)
    { wait "$VICTIM"; } 2>/dev/null || true
    BEFORE_KILL=$(arrived)
    echo "killed the sending instance (pid $VICTIM) after $BEFORE_KILL of $N messages"
fi

DEADLINE=$(( $(now_ms) + TIMEOUT * 1000 + N * 1000 / 5 ))
until [ "$(recipients)" -ge "$N" ] || [ "$(now_ms)" -gt "$DEADLINE" ]; do sleep 0.5; done
sleep 1

awk '/ reader-/' "$WORK/sink.log" > "$WORK/readers.log"
TOTAL=$(arrived)
UNIQUE_RECIPIENTS=$(recipients)
UNIQUE_IDS=$(awk '{print $2}' "$WORK/readers.log" | sort -u | wc -l)
SAME_ID_TWICE=$(awk '{print $2}' "$WORK/readers.log" | sort | uniq -d | wc -l)
TWICE=$(awk '{print $3}' "$WORK/readers.log" | sort | uniq -d | wc -l)
OWN=$(psql -tA -d "$DB" -F' ' -R', ' -c "select kind, count(*) from mail_outbox where recipient not like 'reader-%' group by kind order by 1")
[ -z "$OWN" ] || echo "(the application's own mail, not counted: $OWN)"
echo "arrived: $TOTAL messages for $UNIQUE_RECIPIENTS of $N recipients ($((N - UNIQUE_RECIPIENTS)) missing);" \
    "recipients who got one twice: $TWICE, of which under one Message-ID: $SAME_ID_TWICE; distinct Message-IDs: $UNIQUE_IDS"
echo "outbox: $(psql -tA -d "$DB" -F' ' -R', ' -c "select status, count(*) from mail_outbox where recipient like 'reader-%' group by status order by 1")"

if [ "$MODE" = throughput ]; then
    awk -v n="$N" -v queued="$QUEUED_AT" 'NR == 1 { first = $1 } { last = $1 } END {
        printf "throughput: %.1f messages/s from the first to the last accepted (%d in %.1f s); %.1f s from queued to the last\n",
            (NR - 1) * 1000 / (last - first), NR, (last - first) / 1000, (last - queued) / 1000 }' "$WORK/readers.log"
else
    # The longest pause in accepted mail after the kill (or until now, if mail never came back).
    awk -v killed="$KILLED_AT" -v end="$(now_ms)" -v complete="$([ "$UNIQUE_RECIPIENTS" -ge "$N" ] && echo 1 || echo 0)" '
        $1 >= killed { if (prev == "") prev = killed; if ($1 - prev > gap) gap = $1 - prev; prev = $1; last = $1 }
        END { if (prev == "") { prev = killed }; if (!complete && end - prev > gap) gap = end - prev;
              printf "recovery: mail stopped for %.1f s after the kill; ", gap / 1000;
              if (last != "") printf "the last message arrived %.1f s after the kill\n", (last - killed) / 1000; else print "nothing arrived after it" }' \
        "$WORK/readers.log"
fi
