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
 */
@Validated
@ConfigurationProperties("corebalance")
public record CoreBalanceProperties(
        @NotBlank @Pattern(regexp = "https?://[^/\\s]+(/[^\\s]*[^/\\s])?", message = "must be an absolute http(s) URL without a trailing slash")
        @DefaultValue("http://localhost:8080") String baseUrl,
        @Valid @NotNull @DefaultValue Practice practice,
        @Valid @NotNull @DefaultValue Demo demo,
        @DefaultValue("true") boolean secureCookies,
        @Valid @NotNull @DefaultValue Jobs jobs,
        @NotNull @DefaultValue List<String> trustedProxies) {

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
