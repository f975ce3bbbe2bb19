package org.corebalance.system;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Security from the first line: strict headers on every response, CSRF tokens on every form a
 * signed-in person sends, a session-free cross-site guard on anonymous public forms, sign-in for
 * staff with sessions in the database, and the coach's area split between the owner and editors.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    /** No inline script, no third-party origin, no framing. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * HSTS for a year, sent whenever the request arrived over HTTPS (directly or, per
     * {@link TrustedProxies}, through a named proxy) and never over plain HTTP. One writer, also used
     * by {@link PublicPageCache}, which decides per request rather than replaying the first render's.
     */
    static final HstsHeaderWriter HSTS = new HstsHeaderWriter();

    /** Powerful features the site never uses stay off, also for anything it might embed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    static final Duration REMEMBER_ME = Duration.ofDays(30);
    private static final Set<String> STAFF = Set.of("ROLE_OWNER", "ROLE_EDITOR");

    /** Argon2id with the parameters OWASP recommends (19 MiB, 2 iterations, 1 lane). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
    }

    /** What every module declared about its pages and forms. */
    @Bean
    WebRuleSet webRuleSet(List<WebRules> modules) {
        return WebRuleSet.of(modules);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CoreBalanceProperties properties, SetupState setup,
            UserDetailsService staff, DataSource dataSource, WebRuleSet rules) throws Exception {
        var adminPages = pathPattern("/admin/**");
        var rememberedSignIns = new JdbcTokenRepositoryImpl();
        rememberedSignIns.setDataSource(dataSource);
        var requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(adminPages);

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(rules.openToAllMatcher()).permitAll()
                        .requestMatchers(HttpMethod.GET, "/admin").access((authentication, context) ->
                                new AuthorizationDecision(!setup.isComplete() || isStaff(authentication.get())))
                        .requestMatchers(rules.ownerOnlyMatcher()).hasRole("OWNER")
                        .requestMatchers("/admin/**").hasAnyRole("OWNER", "EDITOR")
                        .requestMatchers("/app/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/admin", false)
                        .failureUrl("/login?error"))
                .rememberMe(remember -> remember
                        .tokenRepository(rememberedSignIns)
                        .userDetailsService(staff)
                        .rememberMeParameter("remember")
                        .rememberMeCookieName("CB_REMEMBER")
                        .useSecureCookie(properties.cookiesSecure())
                        .tokenValiditySeconds((int) REMEMBER_ME.toSeconds())
                        // Tokens are checked against the database; the key only has to match within this instance.
                        .key(randomKey()))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("CB_SESSION", "CB_REMEMBER"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst())
                        .accessDeniedHandler(new FormOverPlainHttp(properties.cookiesSecure())))
                .csrf(csrf -> csrf.ignoringRequestMatchers(rules.anonymousFormWithoutSessionMatcher(),
                        rules.oneClickPostMatcher()))
                .addFilterBefore(new CrossSiteFormGuard(rules.anonymousFormMatcher(), properties.baseUrl()), CsrfFilter.class)
                // Only the coach's pages remember where someone was going; a reader's page view creates no session.
                .requestCache(cache -> cache.requestCache(requestCache))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.disable())
                        .addHeaderWriter(HSTS)
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    /**
     * Every cookie the site sets (the session, remember-me, anything later) is {@code SameSite=Lax}:
     * sent when a person follows a link here, never with another site's form or script.
     */
    @Bean
    CookieSameSiteSupplier sameSiteLaxForEveryCookie() {
        return CookieSameSiteSupplier.ofLax();
    }

    /** To the sign-in page by a relative redirect: the request's Host never becomes part of a URL. */
    private static LoginUrlAuthenticationEntryPoint signInFirst() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    private static boolean isStaff(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(STAFF::contains);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
