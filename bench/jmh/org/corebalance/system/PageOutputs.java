package org.corebalance.system;

import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corebalance.CoreBalanceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What both page-output benchmarks share (in the app's package, to use its own whole-page buffer):
 * the app and a page's real model, the outputs compared, and Tomcat's stream.
 */
final class PageOutputs {

    /**
     * The ways of turning a rendered page into the response's bytes: the app's own whole-page
     * buffer ({@link WholePageViews.Utf8Page}), jte's Utf8ByteOutput sending its pieces one by one
     * (writeTo), and the same joined first and sent in one write (toByteArray).
     */
    static final List<String> OUTPUTS = List.of("Utf8Page", "Utf8ByteOutput", "Utf8ByteOutput-joined");

    private PageOutputs() {
    }

    /** Renders the page with one of {@link #OUTPUTS} and writes it to {@code out}; returns its length in bytes. */
    static int write(String output, Page page, OutputStream out) throws IOException {
        switch (output) {
            case "Utf8Page" -> {
                var whole = new WholePageViews.Utf8Page();
                page.engine().render(page.template(), page.model(), whole);
                whole.writeTo(out);
                return whole.size();
            }
            case "Utf8ByteOutput" -> {
                var whole = new Utf8ByteOutput();
                page.engine().render(page.template(), page.model(), whole);
                whole.writeTo(out);
                return whole.getContentLength();
            }
            case "Utf8ByteOutput-joined" -> {
                var whole = new Utf8ByteOutput();
                page.engine().render(page.template(), page.model(), whole);
                out.write(whole.toByteArray());
                return whole.getContentLength();
            }
            default -> throw new IllegalArgumentException(output);
        }
    }

    /** The app (started once per fork) and the model one of its pages was rendered from in a real request. */
    record Page(ConfigurableApplicationContext app, TemplateEngine engine, String template, Map<String, Object> model,
            byte[] served) {

        /**
         * The psoas demo article ("article"), the assessment's first step as a whole page
         * ("assessment-step") and as the part htmx swaps in ("assessment-step-htmx"). Checks that
         * every output gives the very bytes the app served.
         */
        static Page of(String name) throws Exception {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(CoreBalanceApplication.class)
                    .initializers(context -> ((GenericApplicationContext) context).registerBean(ModelCapture.class))
                    .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn",
                            "spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                            "corebalance.demo.enabled=true", "corebalance.secure-cookies=false")
                    .run();
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpRequest.Builder consent = HttpRequest.newBuilder(URI.create(base + "/assessment"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString("consent=yes&source=%2Fblog%2Ftight-psoas-low-back"));
            HttpRequest request = switch (name) {
                case "article" -> HttpRequest.newBuilder(URI.create(base + "/blog/tight-psoas-low-back")).build();
                case "assessment-step" -> consent.build();
                case "assessment-step-htmx" -> consent.header("HX-Request", "true").build();
                default -> throw new IllegalArgumentException(name);
            };
            HttpResponse<byte[]> served = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (served.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + served.statusCode());
            }
            ModelAndView captured = ModelCapture.LAST.get(request.uri().getPath());
            var page = new Page(app, app.getBean(TemplateEngine.class), captured.getViewName() + ".jte",
                    new HashMap<>(captured.getModel()), served.body());
            for (String output : OUTPUTS) {
                var check = new ByteArrayOutputStream();
                write(output, page, check);
                if (!Arrays.equals(check.toByteArray(), served.body())) {
                    throw new IllegalStateException(name + " written by " + output + " is not the page the app served");
                }
            }
            System.out.printf("%n%s: %s, %d bytes in %d pieces, %d characters outside ASCII%n", name, page.template(),
                    served.body().length, page.pieces(), new String(served.body(), StandardCharsets.UTF_8).chars()
                            .filter(c -> c > 127).count());
            return page;
        }

        /** How many pieces the template writes (each a call on the output). */
        int pieces() {
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
            return pieces[0];
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
        final OutputStream out;

        TomcatResponse() throws IOException {
            coyote.setOutputBuffer(new org.apache.coyote.OutputBuffer() {
                private long written;

                @Override
                public int doWrite(ByteBuffer chunk) {
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
}
