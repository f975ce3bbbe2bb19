package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A message that could inject headers, add recipients or go nowhere is refused before it is queued. */
class OutgoingMailTests {

    private static OutgoingMail mail(String to, String subject, Map<String, String> headers) {
        return new OutgoingMail(to, "Ana Client", subject, "Hello.", "<p>Hello.</p>", headers, "test");
    }

    @Test
    void acceptsAWellFormedMessageAndKeepsHeaderOrder() {
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<https://corebalance.example/u/abc>");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Reply-To", "visitor@example.org");

        OutgoingMail mail = mail("  ana.client+news@mail.example.com ", "Your plan: week 2", headers);

        assertThat(mail.to()).isEqualTo("ana.client+news@mail.example.com");
        assertThat(mail.headers().keySet()).containsExactly("List-Unsubscribe", "List-Unsubscribe-Post", "Reply-To");
    }

    @Test
    void blankHtmlAndNameMeanNoneAndNullHeadersMeanNone() {
        OutgoingMail mail = new OutgoingMail("a@example.com", " ", "Subject", "Text", "  ", null, "test");

        assertThat(mail.toName()).isNull();
        assertThat(mail.html()).isNull();
        assertThat(mail.headers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "no-at.example.com", "two@@example.com", "a@localhost", "a b@example.com",
            "a@example.com\r\nBcc: victim@example.org", "a@example.com\nX: y", "<a@example.com>", "a@example.com, b@example.com",
            "a@-example.com", "a@example.c"})
    void refusesAMalformedRecipient(String to) {
        assertThatIllegalArgumentException().isThrownBy(() -> mail(to, "Subject", Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello\r\nBcc: victim@example.org", "Hello\nX-Injected: yes", "Hello\rthere", " ", ""})
    void refusesASubjectWithALineBreakOrNothingInIt(String subject) {
        assertThatIllegalArgumentException().isThrownBy(() -> mail("a@example.com", subject, Map.of()));
    }

    @Test
    void refusesLineBreaksInHeaderNamesAndValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> mail("a@example.com", "Subject",
                Map.of("List-Unsubscribe", "<https://x.example/u>\r\nBcc: victim@example.org")));
        assertThatIllegalArgumentException().isThrownBy(() -> mail("a@example.com", "Subject",
                Map.of("X-Note", "one\ntwo")));
        assertThatIllegalArgumentException().isThrownBy(() -> mail("a@example.com", "Subject",
                Map.of("X-Note\r\nBcc", "victim@example.org")));
        assertThatIllegalArgumentException().isThrownBy(() -> mail("a@example.com", "Subject",
                Map.of("X-Bad: name", "value")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bcc", "cc", "TO", "From", "Subject", "Content-Type"})
    void refusesHeadersTheMessageSetsItselfOrThatAddRecipients(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> mail("a@example.com", "Subject",
                Map.of(name, "someone@example.org")));
    }

    @Test
    void refusesALineBreakInTheRecipientNameAndAnEmptyTextBody() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("a@example.com", "Ana\r\nBcc: x@y.org",
                "Subject", "Text", null, null, "test"));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("a@example.com", null,
                "Subject", " ", "<p>Only HTML</p>", null, "test"));
    }

    @Test
    void refusesAMissingOrFreeFormKind() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("a@example.com", null, "S", "T", null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("a@example.com", null, "S", "T", null, null, "Password Reset"));
    }
}
