package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** With the setting off, a fresh database stays empty. */
@SpringBootTest(properties = {
        "corebalance.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:demo-off;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DemoContentSwitchTests {

    @Autowired
    BlogService blog;

    @Test
    void theSettingTurnsDemoContentOff() {
        assertThat(blog.count()).isZero();
    }
}
