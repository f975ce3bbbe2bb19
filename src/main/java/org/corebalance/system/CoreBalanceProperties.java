package org.corebalance.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of Core Balance, with defaults that make a local run work with no setting at
 * all. In production each comes from an environment variable, e.g. {@code CORE_BALANCE_BASE_URL}.
 * {@code trustedProxies} names the proxies whose forwarded headers count ({@link TrustedProxies}).
 * {@code secureCookies} is null unless set: then cookies follow the base URL's scheme
 * ({@link #cookiesSecure()}).
 */
@Validated
@ConfigurationProperties("corebalance")
public record CoreBalanceProperties(
        @NotBlank @Pattern(regexp = "https?://[^/\\s]+(/[^\\s]*[^/\\s])?", message = "must be an absolute http(s) URL without a trailing slash")
        @DefaultValue("http://localhost:8080") String baseUrl,
        @Valid @NotNull @DefaultValue Practice practice,
        @Valid @NotNull @DefaultValue Demo demo,
        Boolean secureCookies,
        @Valid @NotNull @DefaultValue Jobs jobs,
        @NotNull @DefaultValue List<String> trustedProxies) {

    /**
     * Whether cookies are marked {@code Secure}: as set, or else when the base URL is https. A browser
     * drops a Secure cookie that comes over plain http (except from localhost), so a site opened at
     * http://192.168.1.20:8080 with Secure cookies could keep no session and no form would work.
     */
    public boolean cookiesSecure() {
        return secureCookies != null ? secureCookies : baseUrl.startsWith("https:");
    }

    /** Who the practice is, as shown on every page. */
    public record Practice(
            @NotBlank @DefaultValue("Core Balance") String name,
            @NotBlank @DefaultValue("Stability first for a calmer low back") String tagline,
            @NotBlank @DefaultValue("San Clemente, California") String city,
            @NotBlank @Email @DefaultValue("hello@corebalance.example") String email,
            @NotNull @DefaultValue("America/Los_Angeles") ZoneId timeZone) {
    }

    /**
     * Background jobs (mail delivery, digests, clean-ups) wait in the database; each instance looks
     * for due ones this often.
     */
    public record Jobs(@NotNull @DefaultValue("5s") java.time.Duration pollInterval) {
    }

    /** Demo articles load into an empty database unless this is turned off. */
    public record Demo(@DefaultValue("true") boolean enabled) {
    }
}
