package org.corebalance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A real HTTP client for the app on its random port; never follows redirects, so tests see them. */
public final class Http {

    private final HttpClient client;
    private final CookieManager cookies;
    private final String base;
    /**
     * Each client is a reader at an address of its own, named in X-Forwarded-For as a proxy would
     * (the test profile names 127.0.0.1 a trusted proxy), so one test's failed sign-ins do not
     * count against another's.
     */
    private final String address = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
            + (1 + (int) (Math.random() * 250));

    public Http(int port) {
        this(port, null);
    }

    private Http(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        var builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        this.client = builder.build();
    }

    /** A client that keeps cookies like a browser, for signed-in journeys. */
    public static Http withCookies(int port) {
        var manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new Http(port, manager);
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public void forget(String cookieName) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(cookieName)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    /** The CSRF token of the first form on a page. */
    public String csrfToken(String path) {
        Document page = page(path);
        var input = page.selectFirst("input[name=_csrf]");
        if (input == null) {
            throw new AssertionError("No CSRF token on " + path);
        }
        return input.attr("value");
    }

    /** Posts a form with the page's CSRF token, as a browser on this site would. */
    public HttpResponse<String> submit(String formPage, String action, String... fields) {
        var body = new StringBuilder("_csrf=").append(encode(csrfToken(formPage)));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return postForm(action, body.toString(), "Origin", base);
    }

    /**
     * Posts a multipart form (fields, then one file, which may be empty) with the CSRF token of
     * {@code formPage}, as a browser on this site would.
     */
    public HttpResponse<String> submitMultipart(String formPage, String action, String fileField, String fileName,
            byte[] file, String... fields) {
        return postMultipart(csrfToken(formPage), action, fileField, fileName, file, fields);
    }

    /** The same with a token already read from the form, as a double-clicked button sends it twice. */
    public HttpResponse<String> postMultipart(String csrfToken, String action, String fileField, String fileName,
            byte[] file, String... fields) {
        String boundary = "----corebalance" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        java.util.function.BiConsumer<String, String> field = (name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        field.accept("_csrf", csrfToken);
        for (int i = 0; i < fields.length; i += 2) {
            field.accept(fields[i], fields[i + 1]);
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("Origin", base)
                .header("X-Forwarded-For", address)
                .build());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String base() {
        return base;
    }

    /** GET as a browser asking for a page would. */
    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", "text/html")
                .header("X-Forwarded-For", address);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("X-Forwarded-For", address).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postForm(String path, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("X-Forwarded-For", address);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** GET a page that must answer 200, parsed. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
