package org.corebalance.system;

import static org.mockito.Mockito.mock;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import javax.sql.DataSource;
import java.util.Optional;
import org.corebalance.shared.WhoIsSignedIn;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * What a {@code @WebMvcTest} of any module needs from the frame: settings, clock, security, layout
 * data and jte views. Nobody is signed in, and the practice counts as set up.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoreBalanceProperties.class)
@ImportAutoConfiguration(JteAutoConfiguration.class)
@Import({ClockConfig.class, SecurityConfig.class, WholePageViews.class, SiteViews.class, SiteModelAdvice.class, StaffModelAdvice.class, CsrfModelAdvice.class,
        ErrorPages.class})
public class WebSliceTestConfig {

    @Bean
    WhoIsSignedIn nobodySignedIn() {
        return Optional::empty;
    }

    @Bean
    SetupState setUp() {
        return () -> true;
    }

    @Bean
    UserDetailsService noStaff() {
        return email -> {
            throw new UsernameNotFoundException(email);
        };
    }

    @Bean
    PublicRevision publicRevision() {
        return mock(PublicRevision.class);
    }

    @Bean
    DataSource unusedDataSource() {
        return mock(DataSource.class);
    }

    @Bean
    PracticeSettingsService practiceSettings() {
        return mock(PracticeSettingsService.class, invocation -> invocation.getMethod().getName().equals("current")
                ? new PracticeSettings("Core Balance", "San Clemente, California", "hello@corebalance.example",
                        java.time.ZoneId.of("America/Los_Angeles"), java.util.List.of(), true)
                : null);
    }
}
