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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A page's model rendered whole into UTF-8 bytes by one output, then written to Tomcat's response
 * stream, as the app's view does; renders per second. Besides, the benchmark thread's own CPU time
 * per render, which other work on a shared machine moves less than the wall clock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageOutputBenchmark extends PageOutputState {

    @Param({"Utf8Page", "Utf8ByteOutput", "Utf8ByteOutput-joined"})
    public String output;

    @Benchmark
    public int renderAndWrite(Cpu cpu) throws IOException {
        cpu.tick();
        int length = PageOutputs.write(output, rendered, response.out);
        response.sent();
        return length;
    }

    /** The benchmark thread's CPU time per render in the iteration, read every 64 renders (a system call each). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long first;
        private long renders;
        public double cpuMicrosPerRender;

        @Setup(Level.Iteration)
        public void reset() {
            first = -1;
            renders = 0;
            cpuMicrosPerRender = 0;
        }

        void tick() {
            if (first < 0) {
                first = THREADS.getCurrentThreadCpuTime();
            } else if ((renders & 63) == 0) {
                cpuMicrosPerRender = (THREADS.getCurrentThreadCpuTime() - first) / 1000.0 / renders;
            }
            renders++;
        }
    }
}
