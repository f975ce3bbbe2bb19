package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.corebalance.CoreBalanceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How responses travel, over real HTTP: compressed when the reader accepts gzip (also from the
 * public page cache), the right Vary and conditional answers, HSTS decided per request, hashed
 * assets kept for good, and the icon where browsers look for it. Java's HTTP client does not
 * decompress, so what is asserted is what went over the wire.
 */
@CoreBalanceTest
class HttpDeliveryTests {

    static final String ARTICLE = "/blog/tight-psoas-low-back";
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js)/[a-z.]+-[0-9a-f]{32}\\.(?:css|js))\"");

    @LocalServerPort
    int port;
    @Autowired
    PublicRevision revision;
    @Autowired
    TransactionTemplate transactions;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The next request for a public page renders it afresh (as any public change would). */
    private void forgetCachedPages() {
        transactions.executeWithoutResult(status -> revision.bump());
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] body) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> varyFields(HttpHeaders headers) {
        return headers.allValues("Vary").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void anArticleIsCompressedForReadersWhoAcceptGzipWhetherRenderedOrCached() {
        forgetCachedPages();
        HttpResponse<byte[]> rendered = get(ARTICLE, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> cached = get(ARTICLE, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = get(ARTICLE);
        forgetCachedPages();
        HttpResponse<byte[]> renderedPlain = get(ARTICLE);

        for (HttpResponse<byte[]> gzipped : List.of(rendered, cached)) {
            assertThat(gzipped.statusCode()).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(varyFields(gzipped.headers())).containsOnlyOnce("accept-encoding").contains("hx-request");
            assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
            assertThat(gunzip(gzipped.body())).isEqualTo(text(plain)).contains("Why a tight psoas pulls on your low back");
        }
        for (HttpResponse<byte[]> identity : List.of(plain, renderedPlain)) {
            assertThat(identity.statusCode()).isEqualTo(200);
            assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(varyFields(identity.headers())).containsOnlyOnce("accept-encoding");
            assertThat(text(identity).strip()).startsWith("<!DOCTYPE html>");
            assertThat(identity.headers().firstValueAsLong("Content-Length")).hasValue(identity.body().length);
        }
        // The same representation either way: one (weak) ETag.
        assertThat(cached.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
        assertThat(plain.headers().firstValue("ETag").orElseThrow()).startsWith("W/\"");
    }

    @Test
    void readersWhoRefuseGzipOrNameOtherCodingsGetThePlainPage() {
        get(ARTICLE);
        for (String refusal : List.of("identity", "gzip;q=0", "br", "gzip;q=nonsense", "*;q=0", "gzip;q=0, *")) {
            HttpResponse<byte[]> response = get(ARTICLE, "Accept-Encoding", refusal);
            assertThat(response.statusCode()).as(refusal).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(refusal).isEmpty();
            assertThat(text(response).strip()).as(refusal).startsWith("<!DOCTYPE html>");
        }
        for (String acceptance : List.of("*", "GZIP;q=0.5", "br;q=1.0, gzip;q=0.001")) {
            assertThat(get(ARTICLE, "Accept-Encoding", acceptance).headers().firstValue("Content-Encoding"))
                    .as(acceptance).contains("gzip");
        }
    }

    @Test
    void aCachedPageAnswersItsETagWith304EitherWay() {
        forgetCachedPages();
        String etag = get(ARTICLE, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
        for (String ifNoneMatch : List.of(etag, etag.substring(2), "\"other\", " + etag)) {
            HttpResponse<byte[]> again = get(ARTICLE, "Accept-Encoding", "gzip", "If-None-Match", ifNoneMatch);
            assertThat(again.statusCode()).as(ifNoneMatch).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(varyFields(again.headers())).contains("accept-encoding");
        }
        assertThat(get(ARTICLE, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(ARTICLE, "If-None-Match", "W/\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void feedsSitemapsScriptsAndStylesAreCompressedToo() {
        // An article open for comments: one of the pages that load htmx.
        String page = text(get("/blog/tight-psoas-low-back"));
        Matcher assets = ASSET.matcher(page);
        int found = 0;
        while (assets.find()) {
            found++;
            HttpResponse<byte[]> asset = get(assets.group(1), "Accept-Encoding", "gzip");
            assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
            assertThat(asset.headers().firstValue("Content-Encoding")).as(assets.group(1)).contains("gzip");
            assertThat(varyFields(asset.headers())).as(assets.group(1)).contains("accept-encoding");
            assertThat(gunzip(asset.body())).isNotBlank();
        }
        assertThat(found).as("stylesheet, htmx and the site's script").isEqualTo(3);
        for (String path : List.of("/feed.xml", "/sitemap.xml", "/blog")) {
            HttpResponse<byte[]> response = get(path, "Accept-Encoding", "gzip");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(gunzip(response.body())).as(path).startsWith("<");
        }
    }

    @Test
    void hstsIsDecidedPerRequestEvenForACachedPage() {
        // First rendered over plain HTTP, then asked for over HTTPS through the (trusted) proxy.
        forgetCachedPages();
        HttpResponse<byte[]> overHttp = get(ARTICLE);
        HttpResponse<byte[]> overHttps = get(ARTICLE, "X-Forwarded-Proto", "https");
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .startsWith("max-age=31536000").contains("includeSubDomains");
        assertThat(overHttps.headers().allValues("Strict-Transport-Security")).hasSize(1);

        // First rendered over HTTPS: a plain-HTTP reader does not get its HSTS.
        forgetCachedPages();
        assertThat(get(ARTICLE, "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(get(ARTICLE).headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get(ARTICLE, "X-Forwarded-Proto", "http").headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get(ARTICLE, "X-Forwarded-Proto", "https", "Accept-Encoding", "gzip").headers()
                .allValues("Strict-Transport-Security")).hasSize(1);
    }

    @Test
    void hashedAssetsAreImmutableAndRevalidate() {
        Matcher stylesheet = ASSET.matcher(text(get("/")));
        assertThat(stylesheet.find()).isTrue();
        String css = stylesheet.group(1);
        HttpResponse<byte[]> first = get(css);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "public", "immutable");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get(css, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(css, "If-None-Match", etag, "Accept-Encoding", "gzip").statusCode()).isEqualTo(304);
        assertThat(get(css, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(css, "If-None-Match", "W/\"stale\"").statusCode()).isEqualTo(200);
        // A made-up hash is no asset at all (and certainly nothing to keep for a year).
        HttpResponse<byte[]> madeUp = get(css.replaceFirst("-[0-9a-f]{32}", "-" + "0".repeat(32)));
        assertThat(madeUp.statusCode()).isEqualTo(404);
        assertThat(madeUp.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    @Test
    void theIconByItsPlainNameIsKeptOnlyBriefly() {
        for (String path : List.of("/img/icon.svg", "/favicon.ico")) {
            HttpResponse<byte[]> icon = get(path);
            assertThat(icon.statusCode()).as(path).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("image/svg+xml");
            assertThat(text(icon)).as(path).contains("<svg");
            String cacheControl = icon.headers().firstValue("Cache-Control").orElseThrow();
            assertThat(cacheControl).as(path).contains("max-age=3600").doesNotContain("immutable");
            String etag = icon.headers().firstValue("ETag").orElseThrow();
            assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        }
        assertThat(get("/favicon.ico").body()).isEqualTo(get("/img/icon.svg").body());
    }

    @Test
    void permissionsPolicyNamesNoObsoleteFeature() {
        for (String path : List.of("/", ARTICLE, "/favicon.ico", "/no-such-page")) {
            String policy = get(path).headers().firstValue("Permissions-Policy").orElseThrow();
            assertThat(policy).as(path).contains("camera=()", "microphone=()", "geolocation=()")
                    .doesNotContain("interest-cohort");
        }
    }
}
