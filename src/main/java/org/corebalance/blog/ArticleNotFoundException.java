package org.corebalance.blog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No article a reader may see lives at this address. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ArticleNotFoundException extends RuntimeException {

    ArticleNotFoundException(String what) {
        super("No article at " + what);
    }
}
