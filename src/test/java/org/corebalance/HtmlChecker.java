package org.corebalance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process on one page's
 * HTML: its errors, each as "line N: message". Warnings and notes are not errors and are left out.
 */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** The errors of the page being checked; the checker is set up once (its schemas take a while). */
    private static final List<String> found = new ArrayList<>();
    private static SimpleDocumentValidator validator;

    public static synchronized List<String> errors(String html) {
        found.clear();
        try {
            if (validator == null) {
                validator = setUp();
            }
            var source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            validator = null;
            throw new IllegalStateException("the HTML checker could not run", e);
        }
        return List.copyOf(found);
    }

    private static SimpleDocumentValidator setUp() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                found.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        var checker = new SimpleDocumentValidator(false, false, false);
        checker.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
        checker.setUpValidatorAndParsers(handler, true, false);
        return checker;
    }

    /**
     * The htmx script loads exactly on the pages that use it (issue 17): a page with {@code data-hx-*}
     * attributes loads it, a page without does not. Null when so, else what is wrong.
     */
    public static String htmxMismatch(String html) {
        var page = Jsoup.parse(html);
        boolean uses = page.getAllElements().stream()
                .anyMatch(element -> element.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("data-hx-")));
        boolean loads = !page.select("script[src*=htmx]").isEmpty();
        if (uses == loads) {
            return null;
        }
        return uses ? "uses htmx attributes but does not load htmx" : "loads htmx but uses none of its attributes";
    }
}
