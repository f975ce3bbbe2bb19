package org.corebalance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.corebalance.assessment.AssessmentSliceBeans;
import org.corebalance.blog.BlogSliceBeans;
import org.corebalance.comments.CommentsSliceBeans;
import org.corebalance.contact.ContactSliceBeans;
import org.corebalance.mail.MailSliceBeans;
import org.corebalance.media.MediaSliceBeans;
import org.corebalance.membership.MembershipSliceBeans;
import org.corebalance.newsletter.NewsletterSliceBeans;
import org.corebalance.redirects.RedirectsSliceBeans;
import org.corebalance.system.WebSliceTestConfig;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A web slice test: every controller of the application with the real frame (security with
 * every module's web rules, views, error pages) and each module's services as mocks, reset after
 * each test. Every class so annotated runs in one cached Spring context; get the mocks with
 * {@code @Autowired} rather than {@code @MockitoBean}, which would start a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({WebSliceTestConfig.class, AssessmentSliceBeans.class, BlogSliceBeans.class, CommentsSliceBeans.class,
        ContactSliceBeans.class, MailSliceBeans.class, MediaSliceBeans.class, MembershipSliceBeans.class,
        NewsletterSliceBeans.class, RedirectsSliceBeans.class})
public @interface WebSliceTest {
}
