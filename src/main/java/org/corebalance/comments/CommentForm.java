package org.corebalance.comments;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.corebalance.shared.EmailAddresses;
import org.corebalance.shared.FieldErrors;

/**
 * What a commenter sends. Guests give a name and an e-mail (never shown) and may give a website;
 * signed-in people are known already. {@code elapsed} is how long the page had been open, set by
 * our script (absent without JavaScript); {@code phone} is a field people never see, which only
 * robots fill in.
 */
public record CommentForm(
        String name,
        String email,
        String website,
        String body,
        Boolean notifyReplies,
        Long parent,
        String elapsed,
        String phone) {

    static final int MAX_BODY = 10_000;
    static final int MAX_NAME = 100;
    static final int MAX_WEBSITE = 200;

    static CommentForm empty() {
        return new CommentForm("", "", "", "", false, null, "", "");
    }

    static CommentForm replyTo(long parent) {
        return new CommentForm("", "", "", "", false, parent, "", "");
    }

    public String nameOrEmpty() {
        return name == null ? "" : name;
    }

    public String emailOrEmpty() {
        return email == null ? "" : email;
    }

    public String websiteOrEmpty() {
        return website == null ? "" : website;
    }

    public String bodyOrEmpty() {
        return body == null ? "" : body;
    }

    public boolean wantsReplies() {
        return Boolean.TRUE.equals(notifyReplies);
    }

    boolean robot() {
        return phone != null && !phone.isBlank();
    }

    /** Milliseconds between the page opening and the post, when the browser told us. */
    Long elapsedMillis() {
        if (elapsed == null || elapsed.isBlank() || elapsed.length() > 12 || !elapsed.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(elapsed);
    }

    /** What is wrong with the coach's reply written in the moderation queue, or null when it can be published. */
    static String checkReply(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return "Please write your reply.";
        }
        if (text.length() > MAX_BODY) {
            return "Your reply is %,d characters long; the limit is %,d. Please shorten it (your text is kept below)."
                    .formatted(text.length(), MAX_BODY);
        }
        return null;
    }

    /** The messages for fields a person has to fix; a guest must say who they are. */
    FieldErrors check(boolean guest) {
        FieldErrors errors = FieldErrors.none();
        String text = bodyOrEmpty().strip();
        if (text.isEmpty()) {
            errors = errors.with("body", "Please write your comment.");
        } else if (text.length() > MAX_BODY) {
            errors = errors.with("body", "Your comment is %,d characters long; the limit is %,d. Please shorten it (your text is kept below)."
                    .formatted(text.length(), MAX_BODY));
        }
        if (!guest) {
            return errors;
        }
        String who = nameOrEmpty().strip();
        if (who.isEmpty()) {
            errors = errors.with("name", "Please tell us your name; it shows above your comment.");
        } else if (who.length() > MAX_NAME) {
            errors = errors.with("name", "Keep your name under 100 characters.");
        } else if (!who.matches(EmailAddresses.SINGLE_LINE)) {
            errors = errors.with("name", "Please keep your name on one line.");
        }
        String address = emailOrEmpty().strip();
        if (address.isEmpty()) {
            errors = errors.with("email", "Please enter your e-mail address. It is never shown.");
        } else if (!EmailAddresses.isValid(address)) {
            errors = errors.with("email", "That doesn't look like an e-mail address.");
        }
        if (!websiteOrEmpty().isBlank() && normalisedWebsite() == null) {
            errors = errors.with("website", "Please give a full web address starting with https://, or leave it empty.");
        }
        return errors;
    }

    /** The website as a safe http(s) link, or null when there is none or it is not one. */
    String normalisedWebsite() {
        String value = websiteOrEmpty().strip();
        if (value.isEmpty() || value.length() > MAX_WEBSITE) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
