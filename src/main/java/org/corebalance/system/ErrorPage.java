package org.corebalance.system;

import org.corebalance.shared.PageMeta;
import org.springframework.http.HttpStatus;

/**
 * What the error page says; public because the template renders it. {@code plainHttpForm}: a form
 * posted over plain http while cookies must be Secure ({@link FormOverPlainHttp}), so the page
 * lists what to set.
 */
public record ErrorPage(int status, String heading, String message, boolean notFound, boolean plainHttpForm, PageMeta meta) {

    static ErrorPage formOverPlainHttp() {
        String heading = "This form needs a secure connection";
        String message = "The site is set to keep its cookies for https only, and this page came over plain http,"
                + " so your browser set its cookie aside and the form could not be checked. Nothing was saved.";
        return new ErrorPage(403, heading, message, false, true, new PageMeta(heading, message, null, "website", null, null));
    }

    static ErrorPage of(HttpStatus status) {
        String heading;
        String message;
        if (status == HttpStatus.NOT_FOUND) {
            heading = "We couldn't find that page";
            message = "The link may be old, or the page may have moved. These are good places to carry on:";
        } else if (status.is4xxClientError()) {
            heading = "We couldn't handle that request";
            message = switch (status.value()) {
                case 403 -> "That action isn't allowed from here.";
                case 413 -> "That file is larger than 10 MB, the most the site accepts. "
                        + "Export the photo smaller (about 3,000 pixels wide is plenty) and upload it again.";
                case 414 -> "That address is too long to be a page of this site.";
                case 429 -> "That was a lot of requests in a short time. Please wait a minute and try again.";
                default -> "Something about the request wasn't right. Please go back and try again.";
            };
        } else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            heading = "We’ll be right back";
            message = "Part of the site is briefly out of reach. Articles you have read stay available;"
                    + " please try this again in a minute. Nothing you sent before now is lost.";
        } else {
            heading = "Something went wrong on our side";
            message = "Sorry about that. Please try again in a moment.";
        }
        // No canonical address: error pages are not to be indexed.
        var meta = new PageMeta(heading, message, null, "website", null, null);
        return new ErrorPage(status.value(), heading, message, status == HttpStatus.NOT_FOUND, false, meta);
    }
}
