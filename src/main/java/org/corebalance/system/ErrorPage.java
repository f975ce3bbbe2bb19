package org.corebalance.system;

import org.corebalance.shared.PageMeta;
import org.springframework.http.HttpStatus;

/** What the error page says; public because the template renders it. */
public record ErrorPage(int status, String heading, String message, boolean notFound, PageMeta meta) {

    static ErrorPage of(HttpStatus status) {
        String heading;
        String message;
        if (status == HttpStatus.NOT_FOUND) {
            heading = "We couldn't find that page";
            message = "The link may be old, or the page may have moved. These are good places to carry on:";
        } else if (status.is4xxClientError()) {
            heading = "We couldn't handle that request";
            message = switch (status) {
                case FORBIDDEN -> "That action isn't allowed from here.";
                case TOO_MANY_REQUESTS -> "That was a lot of requests in a short time. Please wait a minute and try again.";
                case URI_TOO_LONG -> "That address is too long to be a page of this site.";
                default -> "Something about the request wasn't right. Please go back and try again.";
            };
        } else {
            heading = "Something went wrong on our side";
            message = "Sorry about that. Please try again in a moment.";
        }
        var meta = new PageMeta(heading, message, "/", "website", null, null);
        return new ErrorPage(status.value(), heading, message, status == HttpStatus.NOT_FOUND, meta);
    }
}
