package org.corebalance.mail;

import jakarta.mail.MessagingException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;

/**
 * What the SMTP server answered when it did not take a message: the command it answered, the reply
 * code and the reply itself ({@code 554 5.7.1 <ana@client.example>: Relay access denied}).
 *
 * <p>Angus Mail, the Jakarta Mail implementation, puts these in its SMTP exceptions
 * ({@code SMTPAddressFailedException}, {@code SMTPSendFailedException}), usually nested in a
 * {@link jakarta.mail.SendFailedException}. It is a runtime dependency only, so they are read through
 * their public {@code getCommand()} and {@code getReturnCode()} by name; an exception without them
 * (a dropped connection, a timeout) has no answer.
 */
record SmtpAnswer(String command, int code, String reply) {

    private static final int MAX_DEPTH = 10;

    /** The first server answer in the failure's chain of causes, if the server gave one. */
    static Optional<SmtpAnswer> in(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            Optional<SmtpAnswer> answer = of(current);
            if (answer.isPresent()) {
                return answer;
            }
            current = current instanceof MessagingException messaging && messaging.getNextException() != null
                    ? messaging.getNextException() : current.getCause();
        }
        return Optional.empty();
    }

    private static Optional<SmtpAnswer> of(Throwable exception) {
        try {
            Method code = exception.getClass().getMethod("getReturnCode");
            Method command = exception.getClass().getMethod("getCommand");
            if (code.getReturnType() != int.class || command.getReturnType() != String.class) {
                return Optional.empty();
            }
            int value = (int) code.invoke(exception);
            if (value < 200 || value > 599) {
                return Optional.empty();
            }
            String reply = String.valueOf(exception.getMessage()).replaceAll("\\s+", " ").strip();
            return Optional.of(new SmtpAnswer(String.valueOf(command.invoke(exception)), value, reply));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A 5xx answer to the recipient (RCPT) or to the message itself (DATA and its end): it will not
     * be taken on another try. A 5xx to MAIL FROM refuses the practice's own sender, a setting to fix
     * rather than a reason to give up this message, so it is retried like a temporary failure.
     */
    boolean permanent() {
        return code >= 500 && !command.toUpperCase(Locale.ROOT).startsWith("MAIL");
    }
}
