package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.mail.RenderedMails.HOSTILE;

import org.corebalance.mail.RenderedMails;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every e-mail of the membership module, with names as anyone could have typed them. */
class MembershipMailsTests {

    /** What a reader of either part sees of {@link RenderedMails#HOSTILE}: the line break is a space. */
    private static final String HOSTILE_AS_TEXT = HOSTILE.replace("\r\n", " ");
    private static final String RESET = "https://corebalance.example/login/reset?token=Ab-9_xYz";
    private static final String INVITATION = "https://corebalance.example/invitation?token=Cd-8_wVu";

    @Test
    void aPasswordResetGreetsThePersonAndLinksToANewPassword() {
        var mail = RenderedMails.render("membership/mail/password-reset", new PasswordResetMail(HOSTILE, RESET));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("Reset your Core <b>Balance</b> password");
        assertThat(Jsoup.parse(mail.html()).select("a[href=" + RESET + "]").text()).isEqualTo("Choose a new password");
        assertThat(mail.text()).startsWith("Hello " + HOSTILE_AS_TEXT + ",")
                .contains("reset the password of your Core <b>Balance</b> account. Choose a new password within 30 minutes:")
                .contains("Choose a new password <" + RESET + ">")
                .contains("The link works once.");
    }

    @Test
    void anInvitationSaysWhoInvitedWhomAndLinksToChooseAPassword() {
        var model = new InvitationMail(HOSTILE, "Olivia <i>Owner</i>", INVITATION, "https://corebalance.example/login");
        var mail = RenderedMails.render("membership/mail/invitation", model);
        RenderedMails.assertSafe(mail);
        var page = Jsoup.parse(mail.html());
        assertThat(page.select("i")).isEmpty();
        assertThat(mail.subject()).isEqualTo("You're invited to Core <b>Balance</b>");
        assertThat(page.select("a[href=" + INVITATION + "]").text()).isEqualTo("Choose your password");
        assertThat(mail.text()).startsWith("Hello " + HOSTILE_AS_TEXT + ",")
                .contains("Olivia <i>Owner</i> has invited you to help write articles for Core <b>Balance</b>.")
                .contains("Choose your password <" + INVITATION + ">")
                .contains("sign in with this e-mail address at https://corebalance.example/login.");
    }
}
