package org.corebalance.mail;

/**
 * What every e-mail's frame shows of the practice: its name at the top, and its name, city,
 * contact address and website in the footer. Given to each mail template as {@code letterhead}.
 */
public record Letterhead(String practiceName, String city, String email, String siteUrl) {

    /** The site's address as people read it: without the scheme. */
    public String siteName() {
        return siteUrl.replaceFirst("^https?://", "");
    }
}
