package org.corebalance.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corebalance.shared.EmailAddresses;

/**
 * One e-mail to queue: a recipient, a subject, a plain-text body and optionally an HTML one,
 * extra headers (such as {@code List-Unsubscribe}) and the kind of message it is
 * ({@code password-reset}, {@code newsletter}), which the outbox page shows. Refuses anything
 * that could inject headers or add recipients.
 */
public record OutgoingMail(String to, String toName, String subject, String text, String html,
        Map<String, String> headers, String kind) {

    static final int MAX_BODY = 1_000_000;

    /** Local part without spaces or address syntax; a domain of at least two labels. */
    private static final Pattern ADDRESS = Pattern.compile(EmailAddresses.PATTERN);
    /** RFC 5322 field name: printable ASCII except the colon. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]{1,76}");
    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    /** Headers the message itself sets; To, Cc and Bcc would also add recipients. */
    private static final Set<String> RESERVED_HEADERS = Set.of("to", "cc", "bcc", "from", "sender", "subject",
            "date", "message-id", "mime-version", "content-type", "content-transfer-encoding", "return-path");

    public OutgoingMail {
        to = to == null ? null : to.strip();
        if (to == null || to.length() > 254 || !ADDRESS.matcher(to).matches()) {
            throw new IllegalArgumentException("Recipient is not an e-mail address: " + to);
        }
        toName = toName == null || toName.isBlank() ? null : toName.strip();
        if (toName != null && (toName.length() > 200 || hasLineBreak(toName))) {
            throw new IllegalArgumentException("Recipient name must be one line of at most 200 characters");
        }
        if (subject == null || subject.isBlank() || subject.length() > 300 || hasLineBreak(subject)) {
            throw new IllegalArgumentException("Subject must be one non-blank line of at most 300 characters");
        }
        if (text == null || text.isBlank() || text.length() > MAX_BODY) {
            throw new IllegalArgumentException("Text body must be non-blank and at most " + MAX_BODY + " characters");
        }
        html = html == null || html.isBlank() ? null : html;
        if (html != null && html.length() > MAX_BODY) {
            throw new IllegalArgumentException("HTML body must be at most " + MAX_BODY + " characters");
        }
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        headers.forEach(OutgoingMail::checkHeader);
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Kind must be a short lower-case name such as password-reset: " + kind);
        }
    }

    private static void checkHeader(String name, String value) {
        if (name == null || !HEADER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a header name: " + name);
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Header " + name + " is set by the outbox itself");
        }
        if (value == null || value.isBlank() || value.length() > 2000 || hasLineBreak(value)) {
            throw new IllegalArgumentException("Header " + name + " must have a one-line value");
        }
    }

    private static boolean hasLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0;
    }
}
