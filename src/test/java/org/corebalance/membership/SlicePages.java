package org.corebalance.membership;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.ResultActions;

/** The page a slice test's request was answered with, read as a browser would. */
final class SlicePages {

    private SlicePages() {
    }

    static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
