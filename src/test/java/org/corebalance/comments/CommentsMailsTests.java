package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.mail.RenderedMails.HOSTILE;

import java.util.List;
import org.corebalance.mail.RenderedMails;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every e-mail of the comments module, written with what a stranger could type into a comment (and a title with markup). */
class CommentsMailsTests {

    private static final String FOLDED = "<script>alert(1)</script> Ann Bcc: evil@example.org &amp; \"O'Neil\"";
    private static final String STOP = "https://corebalance.example/comments/stop?token=abc123";
    private static final String CONVERSATION = "https://corebalance.example/blog/walking#comment-42";

    private static ReplyMail reply(boolean byCoach) {
        return new ReplyMail(HOSTILE, HOSTILE, byCoach, HOSTILE,
                CommentMarkdown.render(HOSTILE + "\n\nWalk *gently*, see [the article](https://example.org/walk)."),
                CONVERSATION, STOP);
    }

    @Test
    void theCommenterIsToldOfAReplyWithTheConversationAndAOneClickWayToStopInBothParts() {
        var mail = RenderedMails.render("comments/mail/reply", reply(false));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("New reply to your comment on \u201c" + FOLDED + "\u201d");
        assertThat(mail.text()).startsWith("Hello " + FOLDED + ",\n\n" + FOLDED + " replied to your comment on \u201c" + FOLDED + "\u201d:")
                .doesNotContain("(the coach)")
                .contains("\n\n<script>alert(1)</script> Ann Bcc: evil@example.org & \"O'Neil\"\n\n"
                        + "Walk gently, see the article <https://example.org/walk>.\n\n")
                .contains("Read the conversation <" + CONVERSATION + ">")
                .contains("Stop these e-mails in one click <" + STOP + ">");
        var page = Jsoup.parse(mail.html());
        assertThat(page.select("a[href=" + STOP + "]").text()).isEqualTo("Stop these e-mails in one click");
        assertThat(page.select("a[href=" + CONVERSATION + "]").text()).isEqualTo("Read the conversation");
        assertThat(page.select("blockquote em").text()).isEqualTo("gently");
    }

    @Test
    void aReplyFromTheCoachSaysSo() {
        var mail = RenderedMails.render("comments/mail/reply", reply(true));
        RenderedMails.assertSafe(mail);
        assertThat(mail.text()).contains(FOLDED + " (the coach) replied to your comment");
    }

    @Test
    void theCoachIsToldOfOneHeldComment() {
        var mail = RenderedMails.render("comments/mail/held", new HeldCommentsMail(List.of(
                new HeldCommentsMail.Held(HOSTILE, HOSTILE, "First comment from this e-mail address", HOSTILE + "\n\nMore")),
                "https://corebalance.example/admin/comments"));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("A comment is waiting for you");
        assertThat(mail.text()).startsWith("One comment is waiting for you before readers can see it:\n\n- " + FOLDED
                        + " on \u201c" + FOLDED + "\u201d (First comment from this e-mail address):\n"
                        + HOSTILE.replace("\r\n", "\n") + "\n\nMore")
                .contains("Approve, mark as spam or delete them <https://corebalance.example/admin/comments>");
    }

    @Test
    void theCoachIsToldOfManyHeldCommentsInOneEmail() {
        var mail = RenderedMails.render("comments/mail/held", new HeldCommentsMail(List.of(
                new HeldCommentsMail.Held("Ann", "Walking", "2 links", "See https://a.example and www.b.example"),
                new HeldCommentsMail.Held(HOSTILE, "an article", HOSTILE, HOSTILE),
                new HeldCommentsMail.Held("Cy", HOSTILE, "Sent 0.9 seconds after the page opened", "Quick!")),
                "https://corebalance.example/admin/comments"));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("3 comments are waiting for you");
        assertThat(mail.text()).startsWith("3 comments are waiting for you before readers can see them:")
                .contains("- Ann on \u201cWalking\u201d (2 links):\nSee https://a.example and www.b.example\n")
                .contains("- " + FOLDED + " on \u201can article\u201d (" + FOLDED + "):\n")
                .contains("- Cy on \u201c" + FOLDED + "\u201d (Sent 0.9 seconds after the page opened):\nQuick!\n")
                .contains("Approve, mark as spam or delete them <https://corebalance.example/admin/comments>");
        assertThat(Jsoup.parse(mail.html()).select("li")).hasSize(3);
    }
}
