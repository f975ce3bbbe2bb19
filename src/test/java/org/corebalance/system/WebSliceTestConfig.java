package org.corebalance.system;

import static org.mockito.Mockito.mock;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.mockito.stubbing.Answer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.bean.override.mockito.MockReset;

/**
 * What the web slice tests of any module need from the frame: settings, clock, security, layout
 * data and jte views. The practice counts as set up, and whoever a request is made as
 * ({@code .with(user("owner@example.org").roles("OWNER"))}) is the one signed in; tests may stub
 * both ({@code given(setup.isComplete())}, {@code given(whoIsSignedIn.current())}).
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoreBalanceProperties.class)
@ImportAutoConfiguration(JteAutoConfiguration.class)
@Import({ClockConfig.class, SecurityConfig.class, WholePageViews.class, SiteViews.class, SiteModelAdvice.class, AdminMenus.class,
        StaffModelAdvice.class, CsrfModelAdvice.class, ErrorPages.class, SystemWebRules.class})
public class WebSliceTestConfig {

    /** The stable id of the person a slice test signs in as. */
    public static final long SIGNED_IN_ID = 1;

    /**
     * A mock for the one shared slice context, reset after each test (as {@code @MockitoBean}
     * would, which would give every test class a context of its own instead).
     */
    public static <T> T sliceMock(Class<T> type) {
        return mock(type, MockReset.withSettings(MockReset.AFTER));
    }

    private static <T> T sliceMock(Class<T> type, Answer<?> unstubbed) {
        return mock(type, MockReset.withSettings(MockReset.AFTER).defaultAnswer(unstubbed));
    }

    @Bean
    WhoIsSignedIn whoIsSignedIn() {
        return sliceMock(WhoIsSignedIn.class, invocation -> invocation.getMethod().isDefault()
                ? invocation.callRealMethod() : fromSecurityContext());
    }

    /** The request's authenticated user as a signed-in person: their name is their e-mail, their role their highest. */
    private static Optional<SignedIn> fromSecurityContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        SignedIn.Role role = roles.contains("ROLE_OWNER") ? SignedIn.Role.OWNER
                : roles.contains("ROLE_EDITOR") ? SignedIn.Role.EDITOR : SignedIn.Role.MEMBER;
        return Optional.of(new SignedIn(SIGNED_IN_ID, authentication.getName(), authentication.getName(), role));
    }

    @Bean
    SetupState setupState() {
        return sliceMock(SetupState.class, invocation -> true);
    }

    /**
     * The public page cache would serve one test's page to the next (the revision never moves
     * here); it has full-application tests of its own, so slices go without it.
     */
    @Bean
    static BeanPostProcessor noPublicPageCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof FilterRegistrationBean<?> registration && registration.getFilter() instanceof PublicPageCache) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
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
        return sliceMock(PracticeSettingsService.class, invocation -> invocation.getMethod().getName().equals("current")
                ? new PracticeSettings("Core Balance", "San Clemente, California", "hello@corebalance.example",
                        java.time.ZoneId.of("America/Los_Angeles"), java.util.List.of(), true)
                : null);
    }
}
