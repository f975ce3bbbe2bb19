package org.corebalance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.corebalance.membership.StaffFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port over real HTTP, on the database the environment names
 * (in-memory H2 by default, PostgreSQL in CI), with a {@link MutableClock}. Test classes share
 * one database, so each test makes its own data with unique names. Every class so annotated runs in
 * one cached application context; a class that adds its own properties or beans starts another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Staff fixtures are in every such context, so classes that use them share the one context.
@Import({CoreBalanceTest.TestClock.class, StaffFixtures.class})
public @interface CoreBalanceTest {

    /** 2026-11-24 noon UTC: after every demo article's publication date. */
    Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

}
