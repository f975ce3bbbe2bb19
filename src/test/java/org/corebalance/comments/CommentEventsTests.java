package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corebalance.blog.ArticleRef;
import org.corebalance.system.FormRateLimiter;
import org.corebalance.system.PublicRevision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/** What the service announces when a comment arrives or the coach approves one: the facts other parts act on. */
class CommentEventsTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final ArticleRef ARTICLE = new ArticleRef(3, "walking", "Walking");

    private final CommentRepository repository = mock(CommentRepository.class);
    private final FormRateLimiter limiter = mock(FormRateLimiter.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final CommentService service = new CommentService(repository, limiter, mock(PublicRevision.class), events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static Comment comment(long id, Long parent, String email, CommentStatus status, boolean notify) {
        return new Comment(id, ARTICLE.id(), parent, "Name " + id, email, null, false, "text", "<p>text</p>", status, null,
                notify, notify ? "token" + id : null, NOW);
    }

    private static CommentForm guest(String email, Long parent) {
        return new CommentForm("Gina", email, "", "Walking helps.", false, parent, "60000", "");
    }

    @BeforeEach
    void setUp() {
        given(limiter.allow(eq("comment"), anyString(), anyInt(), any())).willReturn(true);
        given(limiter.count(eq("comment"), anyString(), any())).willReturn(1L);
        given(repository.settings()).willReturn(CommentSettings.DEFAULTS);
        given(repository.insert(any(), any())).willReturn(42L);
    }

    @Test
    void aCommentThatWaitsForTheCoachIsAnnouncedAsHeld() {
        var posted = service.post(ARTICLE, guest("new@example.org", null), null, Optional.empty(), "203.0.113.9");

        assertThat(posted).contains(new CommentService.Posted(42, CommentStatus.PENDING));
        verify(events).publishEvent(new CommentHeld(42));
    }

    @Test
    void aVisibleReplyIsAnnouncedWhenTheAuthorAbovePostedAskedToHearOfReplies() {
        Comment question = comment(7, null, "asker@example.org", CommentStatus.APPROVED, true);
        given(repository.hasApprovedFrom("known@example.org")).willReturn(true);
        given(repository.find(42)).willReturn(Optional.of(comment(42, 7L, "known@example.org", CommentStatus.APPROVED, false)));
        given(repository.find(7)).willReturn(Optional.of(question));

        var posted = service.post(ARTICLE, guest("known@example.org", 7L), question, Optional.empty(), "203.0.113.9");

        assertThat(posted).contains(new CommentService.Posted(42, CommentStatus.APPROVED));
        verify(events).publishEvent(new ReplyPublished(42));
        verify(events, never()).publishEvent(any(CommentHeld.class));
    }

    @Test
    void noReplyIsAnnouncedToSomeoneWhoDidNotAskOrWroteItThemself() {
        given(repository.hasApprovedFrom("asker@example.org")).willReturn(true);
        given(repository.find(42)).willReturn(Optional.of(comment(42, 7L, "asker@example.org", CommentStatus.APPROVED, false)));
        given(repository.find(7)).willReturn(Optional.of(comment(7, null, "asker@example.org", CommentStatus.APPROVED, true)));
        service.post(ARTICLE, guest("asker@example.org", 7L), comment(7, null, "asker@example.org", CommentStatus.APPROVED, true),
                Optional.empty(), "203.0.113.9");

        given(repository.find(7)).willReturn(Optional.of(comment(7, null, "other@example.org", CommentStatus.APPROVED, false)));
        given(repository.setStatus(any(), eq(CommentStatus.APPROVED), any())).willReturn(List.of(42L));
        given(repository.findAll(any())).willReturn(List.of(comment(42, 7L, "asker@example.org", CommentStatus.APPROVED, false)));
        service.moderate(Set.of(42L), "approve");

        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void approvingAHeldReplyAnnouncesIt() {
        Comment reply = comment(42, 7L, "replier@example.org", CommentStatus.APPROVED, false);
        given(repository.findAll(any())).willReturn(List.of(comment(42, 7L, "replier@example.org", CommentStatus.PENDING, false)),
                List.of(reply));
        given(repository.setStatus(Set.of(42L), CommentStatus.APPROVED, NOW)).willReturn(List.of(42L));
        given(repository.find(7)).willReturn(Optional.of(comment(7, null, "asker@example.org", CommentStatus.APPROVED, true)));

        assertThat(service.moderate(Set.of(42L), "approve")).isEqualTo(1);
        verify(events).publishEvent(new ReplyPublished(42));
    }

    @Test
    void anAddressThatSentTooManyIsRefusedAndNothingIsStoredOrAnnounced() {
        given(limiter.allow(eq("comment"), eq("203.0.113.9"), eq(CommentService.PER_ADDRESS), eq(CommentService.BURST)))
                .willReturn(false);

        assertThat(service.post(ARTICLE, guest("new@example.org", null), null, Optional.empty(), "203.0.113.9")).isEmpty();
        verify(repository, never()).insert(any(), any());
        verifyNoInteractions(events);
    }
}
