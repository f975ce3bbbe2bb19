package org.corebalance.membership;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.mail.OutgoingMail;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** The owner brings editors in by e-mail and can take them out again. */
@Service
class StaffInvitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final MailApi mail;
    private final PracticeSettingsService settings;
    private final CoreBalanceProperties properties;
    private final SignIns signIns;
    private final Clock clock;

    StaffInvitations(AccountRepository accounts, AccountTokens tokens, PasswordEncoder passwords, MailApi mail,
            PracticeSettingsService settings, CoreBalanceProperties properties, SignIns signIns, Clock clock) {
        this.signIns = signIns;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mail = mail;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the editor's account (no password yet) and e-mails the link to choose one; false if the address is taken. */
    @Transactional
    boolean invite(String name, String email, String invitedBy) {
        String address = StaffAccounts.normalise(email);
        if (accounts.findByEmail(address).isPresent()) {
            return false;
        }
        long id = accounts.insert(address, name.strip(), null, StaffRole.EDITOR, clock.instant());
        String link = properties.baseUrl() + "/invitation?token=" + tokens.issue(id, AccountTokens.Purpose.INVITE, VALID_FOR);
        String practice = settings.current().name();
        String text = """
                Hello %s,

                %s has invited you to help write articles for %s.
                Choose your password here (the link works once, for 7 days):

                %s

                You will then sign in with this e-mail address at %s/login.
                """.formatted(name.strip(), invitedBy, practice, link, properties.baseUrl());
        String html = """
                <p>Hello %s,</p>
                <p>%s has invited you to help write articles for %s.</p>
                <p><a href="%s">Choose your password</a> (the link works once, for 7 days).</p>
                <p>You will then sign in with this e-mail address.</p>
                """.formatted(HtmlUtils.htmlEscape(name.strip()), HtmlUtils.htmlEscape(invitedBy), HtmlUtils.htmlEscape(practice), link);
        mail.send(new OutgoingMail(address, name.strip(), "You're invited to " + practice, text, html, Map.of(), "staff-invitation"));
        return true;
    }

    Optional<Account> invited(String token) {
        return tokens.peek(token, AccountTokens.Purpose.INVITE).flatMap(accounts::findById);
    }

    @Transactional
    boolean accept(String token, String password) {
        Optional<Long> id = tokens.consume(token, AccountTokens.Purpose.INVITE);
        if (id.isEmpty()) {
            return false;
        }
        accounts.updatePassword(id.get(), passwords.encode(password), clock.instant());
        return true;
    }

    /** Removes an editor; they are signed out everywhere at once. The owner cannot be removed. */
    @Transactional
    boolean remove(long id) {
        Optional<Account> account = accounts.findById(id).filter(a -> a.role() == StaffRole.EDITOR);
        if (account.isEmpty()) {
            return false;
        }
        accounts.deleteEditor(id);
        signIns.endAll(account.get().email(), null);
        return true;
    }
}
