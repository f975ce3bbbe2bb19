package org.corebalance.admin;

import org.corebalance.assessment.AssessmentApi;
import org.corebalance.blog.BlogApi;
import org.corebalance.comments.CommentsApi;
import java.time.Clock;
import org.corebalance.contact.ContactApi;
import org.corebalance.mail.MailApi;
import org.corebalance.system.SetupState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /admin: the dashboard, or the one-time setup while the practice has no owner. */
@Controller
class DashboardController {

    private final SetupState setup;
    private final BlogApi blog;
    private final ContactApi contact;
    private final CommentsApi comments;
    private final AssessmentApi assessments;
    private final MailApi mail;
    private final Clock clock;

    DashboardController(SetupState setup, BlogApi blog, ContactApi contact, CommentsApi comments, AssessmentApi assessments,
            MailApi mail, Clock clock) {
        this.setup = setup;
        this.blog = blog;
        this.contact = contact;
        this.comments = comments;
        this.assessments = assessments;
        this.mail = mail;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        if (!setup.isComplete()) {
            return "redirect:/admin/setup";
        }
        model.addAttribute("page", new DashboardPage(blog.counts(), contact.unreadMessages(),
                comments.waitingForApproval(), assessments.newLeads(),
                mail.refusedToVisitorsSince(clock.instant().minus(DashboardPage.REFUSED_MAIL_PERIOD)),
                mail.deliveryConfigured()));
        return "admin/dashboard";
    }
}
