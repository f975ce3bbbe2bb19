package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The first start on an empty database of its own: the demo articles are in before the web server
 * takes its first request, and one log line says where to open the site and the back office.
 */
@CoreBalanceTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:first-open;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(FirstStartTests.ArticlesWhenThePortOpens.class)
class FirstStartTests {

    @LocalServerPort
    int port;
    @Autowired
    ArticlesWhenThePortOpens whenThePortOpened;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoArticlesAreInBeforeTheWebServerTakesRequests() {
        long loaded = jdbc.sql("select count(*) from article").query(Long.class).single();
        assertThat(loaded).isGreaterThanOrEqualTo(6);
        assertThat(whenThePortOpened.count.get()).as("articles when the web server's port was published").isEqualTo(loaded);
        assertThat(new Http(port).page("/").select("article, .article-card")).isNotEmpty();
    }

    @Test
    void oneLineSaysWhereToOpenTheSiteAndTheBackOffice(CapturedOutput output) {
        // The base URL is http://localhost:8080; the server listens on a random port, and the line says which.
        String base = "http://localhost:" + port;
        String line = "Core Balance is ready: the site at " + base + "/ and the back office at " + base
                + "/admin (first start: it asks you to create the owner's account)";
        assertThat(output.getOut()).contains(line);
        assertThat(output.getOut().split("Core Balance is ready", -1)).hasSize(2);
        assertThat(output.getOut().lines().filter(l -> l.contains(line)).findFirst().orElseThrow()).contains("INFO");
    }

    /** Counts the articles at the moment the web server says its port is open. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ArticlesWhenThePortOpens implements ApplicationListener<ServletWebServerInitializedEvent> {

        final AtomicLong count = new AtomicLong(-1);
        private final JdbcClient jdbc;

        ArticlesWhenThePortOpens(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void onApplicationEvent(ServletWebServerInitializedEvent event) {
            count.set(jdbc.sql("select count(*) from article").query(Long.class).single());
        }
    }
}
