#!/usr/bin/env bash
# How a page's HTML becomes the bytes of the response: the app's own whole-page buffer
# (system.WholePageViews.Utf8Page) against jte's Utf8ByteOutput (its pieces written one by one, or
# joined first), each with templates compiled as usual and with jte's precompiled binary static
# content (the jte-maven-plugin's binaryStaticContent). JMH, in-process: the app starts once per fork (embedded in-memory H2, demo
# articles), the model of the psoas demo article page and of the assessment's first step is taken
# from a real request, and the benchmark renders that model whole and writes it to Tomcat's own
# response stream (its network end discards), as the view does. The bytes are checked to be the
# served page's before timing.
#
#   bench/page-output.sh                          # 3 runs x 5 x 2 s per case, on the default java
#   ROUNDS=1 ITERATIONS=2 bench/page-output.sh    # a quick look
#   BENCHMARKS=InTurns bench/page-output.sh       # only the outputs side by side (a quarter of the time)
#   bench/page-output.sh --summary                # the tables of the last runs again
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/page-output.sh
#
# pom.xml is not touched: each variant is built from a copy of it (binaryStaticContent added for
# the second) into its own folder under target/, so the working build is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
ROUNDS=${ROUNDS:-3}
# Which benchmarks (a JMH regular expression): both by default.
BENCHMARKS=${BENCHMARKS:-PageOutput}
ITERATIONS=${ITERATIONS:-5}
JMH_VERSION=1.37
M2=${M2:-$HOME/.m2/repository}
# The pom copies of build() (it runs in a subshell, so they are named here to be removed).
cleanup() { rm -f .bench-plain.pom.xml .bench-binary.pom.xml; }
trap cleanup EXIT

jar() { echo "$M2/$1"; }
JMH_CP="$(jar org/openjdk/jmh/jmh-core/$JMH_VERSION/jmh-core-$JMH_VERSION.jar):$(jar net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar):$(jar org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar)"
JMH_AP="$JMH_CP:$(jar org/openjdk/jmh/jmh-generator-annprocess/$JMH_VERSION/jmh-generator-annprocess-$JMH_VERSION.jar)"
if [ ! -f "$(jar org/openjdk/jmh/jmh-generator-annprocess/$JMH_VERSION/jmh-generator-annprocess-$JMH_VERSION.jar)" ]; then
    ./mvnw -q -B --no-transfer-progress dependency:get -Dartifact=org.openjdk.jmh:jmh-generator-annprocess:$JMH_VERSION
fi

# Builds the app (no tests) into target/bench-<name> from a copy of pom.xml; extra sed expressions
# change the jte plugin's configuration. Prints the classpath.
build() {
    local name=$1 pom=".bench-$1.pom.xml" dir="target/bench-$1"
    shift
    sed -e "s#<build>#<build><directory>\${project.basedir}/$dir</directory>#" "$@" pom.xml > "$pom"
    ./mvnw -q -B -o --no-transfer-progress -f "$pom" compile dependency:build-classpath \
        -Dmdep.outputFile="$PWD/$dir/classpath.txt" -Dmdep.includeScope=runtime >&2
    echo "$PWD/$dir/classes:$(cat "$dir/classpath.txt")"
}

# The table of the last runs: every case's runs side by side.
summary() {
    echo
    echo "$(ls target/bench-plain/jmh/result-*.json | wc -l) runs per case (each one fork: $ITERATIONS x 2 s measured after as much warm-up), $("$JAVA" -version 2>&1 | head -n 1)"
    echo "renders/s: wall clock, mean of the runs ± their standard deviation, then each run's mean ± JMH's 99.9% error"
    echo "CPU µs/render: the benchmark thread's own CPU time (what other work on the machine hardly changes); B/render: allocated"
    jq -rs '
        def mean: add / length;
        def sd: (mean as $m | (map(. - $m | . * .) | add) / ((length - 1) | if . < 1 then 1 else . end) | sqrt);
        def r: . * 10 | round / 10;
        [.[][] | select(.benchmark | endswith("PageOutputBenchmark.renderAndWrite"))]
        | group_by([.params.templates, .params.page, .params.output])[]
        | { case: "\(.[0].params.templates) \(.[0].params.page) \(.[0].params.output)",
            ops: map(.primaryMetric.score), err: map(.primaryMetric.scoreError),
            cpu: map(.secondaryMetrics["cpuMicrosPerRender"].rawData[0] | add / length),
            alloc: map(.secondaryMetrics["gc.alloc.rate.norm"].score) }
        | "\(.case | . + " " * (44 - length)) renders/s \(.ops | mean | round) ± \(.ops | sd | round)  [\([.ops, .err] | transpose | map("\(.[0] | round) ± \(.[1] | if type == "number" then round else . end)") | join(", "))]"
          + "   CPU µs/render \(.cpu | mean | r) ± \(.cpu | sd | r) [\(.cpu | map(r | tostring) | join(", "))]"
          + "   B/render \(.alloc | mean | round)"
    ' target/bench-*/jmh/result-*.json
    echo
    echo "Side by side in one JVM (PageOutputInTurnsBenchmark): CPU µs per render, mean of the runs [each run]"
    jq -rs '
        def mean: add / length;
        def r: . * 10 | round / 10;
        def micros($name): map(.secondaryMetrics[$name].rawData[0] | add / length);
        [.[][] | select(.benchmark | endswith("PageOutputInTurnsBenchmark.eachInTurn"))]
        | group_by([.params.templates, .params.page])[]
        | { case: "\(.[0].params.templates) \(.[0].params.page)", page: micros("utf8PageMicros"),
            pieces: micros("utf8ByteOutputMicros"), joined: micros("utf8ByteOutputJoinedMicros") }
        | "\(.case | . + " " * (30 - length)) Utf8Page \(.page | mean | r) [\(.page | map(r | tostring) | join(", "))]"
          + "   Utf8ByteOutput \(.pieces | mean | r) [\(.pieces | map(r | tostring) | join(", "))]"
          + "   Utf8ByteOutput-joined \(.joined | mean | r) [\(.joined | map(r | tostring) | join(", "))]"
          + "   joined/Utf8Page \(([.joined, .page] | transpose | map(.[0] / .[1]) | mean) * 100 | round)%"
    ' target/bench-*/jmh/result-*.json
}

if [ "${1:-}" = "--summary" ]; then
    summary
    exit 0
fi

echo "Building the app twice (plain, binary static content)..." >&2
PLAIN_CP=$(build plain)
BINARY_CP=$(build binary -e 's#<contentType>Html</contentType>#<contentType>Html</contentType><binaryStaticContent>true</binaryStaticContent><targetResourceDirectory>${project.build.outputDirectory}</targetResourceDirectory>#')

# One JMH run on one build, one fork for each case: PageOutputBenchmark (each page with each output
# on its own) and PageOutputInTurnsBenchmark (each page, every output in turn in one JVM).
run() {
    local name=$1 cp=$2 round=$3 out="target/bench-$1/jmh"
    if [ ! -d "$out/classes" ]; then
        mkdir -p "$out/classes"
        "$JAVAC" -d "$out/classes" -cp "$cp:$JMH_CP" -processorpath "$JMH_AP" bench/jmh/org/corebalance/system/*.java
    fi
    echo "round $round, $name templates ($(cut -d' ' -f1 /proc/loadavg) load)..." >&2
    "$JAVA" -cp "$out/classes:$cp:$JMH_CP" org.openjdk.jmh.Main "$BENCHMARKS" \
        -f 1 -wi "$ITERATIONS" -i "$ITERATIONS" -w 2s -r 2s -p templates="$name" -prof gc \
        -rf json -rff "$PWD/$out/result-$round.json" > "$out/log-$round.txt"
}

echo "Java: $("$JAVA" -version 2>&1 | head -n 1); cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
rm -rf target/bench-plain/jmh target/bench-binary/jmh
# The runs take turns, so that whatever else the machine does falls on every case alike.
for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then order="plain binary"; else order="binary plain"; fi
    for name in $order; do
        if [ "$name" = plain ]; then run plain "$PLAIN_CP" "$round"; else run binary "$BINARY_CP" "$round"; fi
    done
done

summary
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
