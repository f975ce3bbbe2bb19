package org.corebalance.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The outputs compared side by side in one JVM: each operation renders the page once with every
 * output, in turn (each going first as often), and the benchmark thread's CPU time of each is added up apart. Whatever else the
 * machine does then falls on every output alike, which separate forks minutes apart cannot promise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageOutputInTurnsBenchmark extends PageOutputState {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Benchmark
    public int eachInTurn(Turns turns) throws IOException {
        int length = 0;
        int outputs = turns.nanos.length;
        // Each output goes first as often as the others.
        for (int k = 0; k < outputs; k++) {
            int i = (int) ((turns.rounds + k) % outputs);
            long start = THREADS.getCurrentThreadCpuTime();
            length += PageOutputs.write(PageOutputs.OUTPUTS.get(i), rendered, response.out);
            response.sent();
            turns.nanos[i] += THREADS.getCurrentThreadCpuTime() - start;
        }
        turns.count();
        return length;
    }

    /** CPU microseconds per render of each output in the iteration (a clock read before and after each, alike for all). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Turns {

        final long[] nanos = new long[PageOutputs.OUTPUTS.size()];
        long rounds;
        public double utf8PageMicros;
        public double utf8ByteOutputMicros;
        public double utf8ByteOutputJoinedMicros;

        @Setup(Level.Iteration)
        public void reset() {
            java.util.Arrays.fill(nanos, 0);
            rounds = 0;
        }

        void count() {
            rounds++;
            utf8PageMicros = nanos[0] / 1000.0 / rounds;
            utf8ByteOutputMicros = nanos[1] / 1000.0 / rounds;
            utf8ByteOutputJoinedMicros = nanos[2] / 1000.0 / rounds;
        }
    }
}
