package org.corebalance.membership;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.EmailAddresses;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's staff page (owner only, by URL): invite editors, remove them. */
@Controller
class StaffAdminController {

    private final StaffAccounts staff;
    private final StaffInvitations invitations;
    private final WhoIsSignedIn whoIsSignedIn;
    private final MailApi mail;

    StaffAdminController(StaffAccounts staff, StaffInvitations invitations, WhoIsSignedIn whoIsSignedIn, MailApi mail) {
        this.staff = staff;
        this.invitations = invitations;
        this.whoIsSignedIn = whoIsSignedIn;
        this.mail = mail;
    }

    @GetMapping("/admin/staff")
    String list(Model model) {
        Object notice = model.getAttribute("notice");
        model.addAttribute("page", page("", "", FieldErrors.none(), notice instanceof String text ? text : null));
        return "membership/staff";
    }

    @PostMapping("/admin/staff")
    String invite(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FieldErrors errors = FieldErrors.none();
        if (name.isBlank() || name.length() > 100 || !name.matches(EmailAddresses.SINGLE_LINE)) {
            errors = errors.with("name", "Please enter their name (up to 100 characters).");
        }
        if (!EmailAddresses.isValid(email.strip())) {
            errors = errors.with("email", "That doesn't look like an e-mail address.");
        }
        if (errors.isEmpty() && !invitations.invite(name, email, me().name())) {
            errors = errors.with("email", "Someone with this address already has an account.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", page(name, email, errors, null));
            return "membership/staff";
        }
        redirect.addFlashAttribute("notice", mail.deliveryConfigured()
                ? "Invitation sent to " + email.strip() + ". The link works for 7 days."
                : "The invitation for " + email.strip() + " waits in the Outbox, since e-mail is not being sent yet:"
                        + " open it there and pass the link on. It works for 7 days.");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        if (!invitations.remove(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "The editor was removed and signed out.");
        return "redirect:/admin/staff";
    }

    private SignedIn me() {
        return whoIsSignedIn.currentStaff().orElseThrow();
    }

    private StaffPage page(String name, String email, FieldErrors errors, String notice) {
        List<StaffPage.Member> members = staff.all().stream()
                .map(a -> new StaffPage.Member(a.id(), a.displayName(), a.email(), a.isOwner() ? "Owner" : "Editor",
                        a.passwordHash() == null, !a.isOwner()))
                .toList();
        return new StaffPage(members, name, email, errors, notice);
    }
}
