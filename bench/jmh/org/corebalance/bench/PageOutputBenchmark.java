package org.corebalance.bench;

import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.corebalance.CoreBalanceApplication;
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
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page's model rendered whole into UTF-8 bytes and written to the response's buffer, by the
 * output the view uses, then written to Tomcat's response stream. The models are those of real
 * requests to the app (see bench/page-output.sh).
 * Besides renders per second (wall clock, which other work on the machine lowers), it reports the
 * benchmark thread's own CPU time per render, which other work on a shared machine hardly moves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageOutputBenchmark {

    /** How the templates were compiled: only a label here, the build decides (plain or binary). */
    @Param({"plain"})
    public String templates;

    @Param({"article", "assessment-step"})
    public String page;

    /** Utf8ByteOutput sends its pieces one by one (writeTo); "Utf8ByteOutput-joined" joins them first (toByteArray). */
    @Param({"Utf8Page", "Utf8ByteOutput", "Utf8ByteOutput-joined"})
    public String output;

    private ConfigurableApplicationContext app;
    private TemplateEngine engine;
    private String template;
    private Map<String, Object> model;
    private Render render;
    private TomcatResponse response;

    interface Render {
        int to(OutputStream out) throws IOException;
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        app = new SpringApplicationBuilder(CoreBalanceApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean(ModelCapture.class))
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn",
                        "spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "corebalance.demo.enabled=true", "corebalance.secure-cookies=false")
                .run();
        engine = app.getBean(TemplateEngine.class);
        response = new TomcatResponse();
        String port = app.getEnvironment().getProperty("local.server.port");
        String base = "http://localhost:" + port;
        var client = HttpClient.newHttpClient();
        HttpRequest request = switch (page) {
            case "article" -> HttpRequest.newBuilder(URI.create(base + "/blog/tight-psoas-low-back")).build();
            case "assessment-step" -> HttpRequest.newBuilder(URI.create(base + "/assessment"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString("consent=yes&source=%2Fblog%2Ftight-psoas-low-back")).build();
            default -> throw new IllegalArgumentException(page);
        };
        HttpResponse<byte[]> served = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (served.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + served.statusCode());
        }
        ModelAndView captured = ModelCapture.LAST.get(request.uri().getPath());
        template = captured.getViewName() + ".jte";
        model = new HashMap<>(captured.getModel());
        render = switch (output) {
            case "Utf8Page" -> out -> {
                var whole = new Utf8Page();
                engine.render(template, model, whole);
                out.write(whole.bytes, 0, whole.size);
                return whole.size;
            };
            case "Utf8ByteOutput" -> out -> {
                var whole = new Utf8ByteOutput();
                engine.render(template, model, whole);
                whole.writeTo(out);
                return whole.getContentLength();
            };
            case "Utf8ByteOutput-joined" -> out -> {
                var whole = new Utf8ByteOutput();
                engine.render(template, model, whole);
                out.write(whole.toByteArray());
                return whole.getContentLength();
            };
            default -> throw new IllegalArgumentException(output);
        };
        var check = new java.io.ByteArrayOutputStream();
        render.to(check);
        if (!Arrays.equals(check.toByteArray(), served.body())) {
            throw new IllegalStateException(page + " rendered by " + output + " is not the page the app served");
        }
        var pieces = new int[1];
        engine.render(template, model, new TemplateOutput() {
            @Override
            public void writeContent(String value) {
                pieces[0]++;
            }

            @Override
            public void writeContent(String value, int beginIndex, int endIndex) {
                pieces[0]++;
            }

            @Override
            public void writeBinaryContent(byte[] value) {
                pieces[0]++;
            }
        });
        System.out.printf("%n%s: %s, %d bytes in %d pieces, %d characters outside ASCII%n", page, template,
                served.body().length, pieces[0], new String(served.body(), StandardCharsets.UTF_8).chars().filter(c -> c > 127).count());
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public int renderAndWrite(Cpu cpu) throws IOException {
        cpu.tick();
        int length = render.to(response.out);
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

    /** Keeps the model of each request's view, by path. */
    static class ModelCapture implements WebMvcConfigurer {

        static final Map<String, ModelAndView> LAST = new ConcurrentHashMap<>();

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                        ModelAndView view) {
                    if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")) {
                        LAST.put(request.getRequestURI(), view);
                    }
                }
            });
        }
    }

    /**
     * Tomcat's own response stream (the one the app's view writes to), with the network replaced by
     * nothing: bytes go through its 8 KiB buffer as they would, and each page ends with a flush.
     */
    static final class TomcatResponse {

        private final org.apache.coyote.Response coyote = new org.apache.coyote.Response();
        private final OutputStream out;

        TomcatResponse() throws IOException {
            coyote.setOutputBuffer(new org.apache.coyote.OutputBuffer() {
                private long written;

                @Override
                public int doWrite(java.nio.ByteBuffer chunk) {
                    int length = chunk.remaining();
                    chunk.position(chunk.limit());
                    written += length;
                    return length;
                }

                @Override
                public long getBytesWritten() {
                    return written;
                }
            });
            out = new org.apache.catalina.connector.Response(coyote).getOutputStream();
        }

        void sent() throws IOException {
            out.flush();
            coyote.recycle();
        }
    }

    /** The hand-written whole-page buffer the app's view used before (system.WholePageViews.Utf8Page), as it was. */
    static final class Utf8Page implements TemplateOutput {

        private byte[] bytes = new byte[16 * 1024];
        private int size;

        @Override
        public void writeContent(String value) {
            write(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            write(value.substring(beginIndex, endIndex).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void writeBinaryContent(byte[] value) {
            write(value);
        }

        private void write(byte[] piece) {
            if (size + piece.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + piece.length));
            }
            System.arraycopy(piece, 0, bytes, size, piece.length);
            size += piece.length;
        }
    }
}
