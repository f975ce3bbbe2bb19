#!/usr/bin/env bash
# What the attacks of issue 15 get now, against the production jar on the embedded default with
# no trusted proxy (the default), over real HTTP on loopback. Prints one line per attack.
# 127.0.0.2 stands for "another, fresh address" (Linux routes all of 127/8 to loopback).
#
#   bench/abuse.sh                    # builds the jar first
#   JAR=target/core-balance-0.1.0-SNAPSHOT.jar JAVA_OPTS=-Xmx512m bench/abuse.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PORT=${APP_PORT:-18083}
SLUG=${SLUG:-tight-psoas-low-back}
OWNER=olivia@corebalance.test
PASSWORD='a long owner passphrase for the check'
WORK=$(mktemp -d /tmp/corebalance-abuse.XXXXXX)
BASE="http://127.0.0.1:$PORT"
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${JAR:-}" ]; then
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/core-balance-*.jar | grep -v original | head -n 1)
fi

env CORE_BALANCE_BASE_URL="$BASE" CORE_BALANCE_SECURE_COOKIES=false CORE_BALANCE_OWNER_EMAIL="$OWNER" \
    CORE_BALANCE_OWNER_NAME="Olivia Owner" CORE_BALANCE_OWNER_PASSWORD="$PASSWORD" \
    "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$WORK/data/corebalance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
    > "$WORK/app.log" 2>&1 < /dev/null &
APP_PID=$!
until curl -sf -o /dev/null "$BASE/blog/$SLUG"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 0.2
done

# A same-site form post from a made-up address; prints the status.
post() { curl -s -o /dev/null -w '%{http_code}' -H "Origin: $BASE" -H "Sec-Fetch-Site: same-origin" "$@"; }
tally() { sort | uniq -c | awk '{printf "%s%s×%s", (NR>1?", ":""), $1, $2}'; }

echo "Comments, 40 posts, each with its own made-up X-Forwarded-For: $(
    for i in $(seq 1 40); do
        post -H "X-Forwarded-For: 10.66.0.$i" --data-urlencode "name=Visitor $i" --data-urlencode "email=v$i@example.org" \
            --data-urlencode "body=A question about breathing, number $i" --data "elapsed=30000" "$BASE/blog/$SLUG/comments"; echo
    done | tally) (status×count)"

echo "Contact, 8 posts, made-up addresses, one victim's address: $(
    for i in $(seq 1 8); do
        post -H "X-Forwarded-For: 10.67.0.$i" --data-urlencode "name=Prize desk" --data-urlencode "email=victim@example.org" \
            --data "topic=OTHER" --data-urlencode "message=Claim your prize at https://scam.example/$i" "$BASE/contact"; echo
    done | tally)"

echo "Newsletter, 10 sign-ups of one address from 10 real addresses (127.0.1.x): $(
    for i in $(seq 1 10); do
        post --interface "127.0.1.$i" --data "email=pending@example.org&source=footer" "$BASE/newsletter"; echo
    done | tally)"

# A form a browser posts with its session's CSRF token: interface, form page, action, then curl args.
# Prints "status location seconds" (seconds for the post alone).
form() {
    local interface=$1 page=$2 action=$3 jar="$WORK/jar.$RANDOM" token
    shift 3
    token=$(curl -s --interface "$interface" -c "$jar" "$BASE$page" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null --interface "$interface" -b "$jar" -c "$jar" -w '%{http_code} %{redirect_url} %{time_total}' \
        -H "Origin: $BASE" --data-urlencode "_csrf=$token" "$@" "$BASE$action"
    rm -f "$jar"
}
sign_in() { # interface password
    form "$1" /login /login -H "X-Forwarded-For: 10.68.$RANDOM.1" --data-urlencode "email=$OWNER" --data-urlencode "password=$2"
}
wrong=0
for i in $(seq 1 49); do
    case "$(sign_in 127.0.0.1 "guess number $i")" in
        *error*) wrong=$((wrong + 1)) ;;
    esac
done
right_same=$(sign_in 127.0.0.1 "$PASSWORD" | cut -d' ' -f2)
right_fresh=$(sign_in 127.0.0.2 "$PASSWORD" | cut -d' ' -f2)
echo "Sign-in, 49 wrong passwords for the owner with made-up X-Forwarded-For: $wrong sent back to /login?error"\
     "(\"Too many failed sign-ins\" after the 5th); then the right one from the same address -> $right_same,"\
     "from a fresh address (127.0.0.2) -> $right_fresh"

location() { curl -s -D - -o /dev/null "$@" "$BASE/admin/articles" | tr -d '\r' | grep -i '^location' || echo "no Location"; }
echo "GET /admin/articles with a forged Host -> $(location -H 'Host: evil.example'); with a forged X-Forwarded-Host -> $(location -H 'X-Forwarded-Host: evil.example')"

# Forgot-password: a real account and an unknown one, 5 each, seconds per answer.
times() { for i in 1 2 3 4 5; do form 127.0.0.4 /login/forgot /login/forgot --data-urlencode "email=$1" | cut -d' ' -f3 | tr '\n' ' '; done; }
echo "Forgot password, seconds per answer: real account: $(times "$OWNER")| unknown: $(times nobody@example.org)"

echo "Mail the site queued (from the owner's outbox, recipient: count):"
jar="$WORK/owner"
token=$(curl -s --interface 127.0.0.3 -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null --interface 127.0.0.3 -b "$jar" -c "$jar" -H "Origin: $BASE" --data-urlencode "_csrf=$token" \
    --data-urlencode "email=$OWNER" --data-urlencode "password=$PASSWORD" "$BASE/login"
curl -s --interface 127.0.0.3 -b "$jar" "$BASE/admin/outbox" | grep -oE '(victim|pending|olivia)@[a-z.]+' | sort | uniq -c | sed 's/^/   /'
echo "Dashboard: $(curl -s --interface 127.0.0.3 -b "$jar" "$BASE/admin" | grep -o '<strong>[0-9]*</strong> e-mail[s]* to visitors[^<]*' | sed 's/<[^>]*>//g')"
