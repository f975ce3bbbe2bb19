package org.corebalance.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox sends mail; every setting has a default. The SMTP server itself is Spring
 * Boot's {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent.
 *
 * @param from sender address; blank means the practice's public address
 * @param fromName sender name; blank means the practice's name
 * @param batchSize messages a delivery pass claims at a time (it claims the next batch when one is sent)
 * @param maxAttempts attempts before a message is marked failed
 * @param retryBase wait after the first failure; later waits grow from it (x4, x20, x120, x720)
 * @param deliveryInterval pause between two delivery passes
 * @param claimTimeout how long a pass owns the messages it claimed before another may take them over,
 *     renewed while it sends; after a crash its messages wait this long at most
 */
@Validated
@ConfigurationProperties("corebalance.mail")
record MailSettings(
        @Email @DefaultValue("") String from,
        @Pattern(regexp = "[^\\r\\n]{0,100}", message = "must be one line of at most 100 characters")
        @DefaultValue("") String fromName,
        @Min(1) @Max(500) @DefaultValue("50") int batchSize,
        @Min(1) @Max(50) @DefaultValue("8") int maxAttempts,
        @NotNull @DurationMin(millis = 1) @DefaultValue("30s") Duration retryBase,
        @NotNull @DurationMin(millis = 10) @DefaultValue("5s") Duration deliveryInterval,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration claimTimeout) {
}
