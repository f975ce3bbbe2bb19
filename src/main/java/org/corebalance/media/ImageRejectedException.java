package org.corebalance.media;

/**
 * An uploaded file that cannot become an image on the site. The message is a sentence written for
 * the coach who uploaded it: it says what is wrong and what to do, so a page can show it as it is.
 */
public class ImageRejectedException extends RuntimeException {

    ImageRejectedException(String message) {
        super(message);
    }

    ImageRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
