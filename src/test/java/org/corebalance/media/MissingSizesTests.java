package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An image stored when the site made fewer widths is offered in just those (never a width that
 * is not there) until the new ones are made from its largest; then in all.
 */
@CoreBalanceTest
class MissingSizesTests {

    @LocalServerPort
    int port;
    @Autowired
    MediaApi media;
    @Autowired
    MissingSizes missingSizes;
    @Autowired
    MediaRepository repository;
    @Autowired
    StaffFixtures staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOlderImageGetsTheNewerWidthsFromItsLargestAndOffersOnlyWhatItHas() {
        long id = media.upload("older.jpg", new ByteArrayInputStream(TestImages.jpeg(2400, 1600)));
        // As images were stored before 640, 800 and 1200 were made.
        jdbc.sql("delete from media_variant where asset_id = ? and width in (640, 800, 1200)").param(id).update();
        jdbc.sql("update media_asset set variant_widths = '480,960,1600' where id = ?").param(id).update();
        media.forget(id);
        var coach = Http.withCookies(port);
        coach.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);

        assertThat(media.describe(id).orElseThrow().srcset())
                .isEqualTo("/media/%1$d/480.jpg 480w, /media/%1$d/960.jpg 960w, /media/%1$d/1600.jpg 1600w".formatted(id));
        assertThat(coach.getBytes("/media/" + id + "/640.jpg").statusCode()).isEqualTo(404);

        assertThat(missingSizes.addAll()).isPositive();

        String srcset = media.describe(id).orElseThrow().srcset();
        assertThat(srcset).contains("/media/" + id + "/640.jpg 640w", "/media/" + id + "/800.jpg 800w",
                "/media/" + id + "/1200.jpg 1200w");
        for (String candidate : srcset.split(", ")) {
            String[] parts = candidate.split(" ");
            var served = coach.getBytes(parts[0]);
            assertThat(served.statusCode()).as(parts[0]).isEqualTo(200);
            BufferedImage image = TestImages.read(served.body());
            assertThat(image.getWidth() + "w").isEqualTo(parts[1]);
        }
        assertThat(TestImages.read(coach.getBytes("/media/" + id + "/1200.jpg").body()).getHeight()).isEqualTo(800);
        MediaAsset again = repositoryAsset(id);
        assertThat(again.variantWidths()).containsExactly(480, 640, 800, 960, 1200, 1600);
        assertThat(MissingSizes.missing(again)).isEmpty();
    }

    @Test
    void anImageWithoutItsLargestSizeIsLeftAsItIs() {
        long id = media.upload("broken.jpg", new ByteArrayInputStream(TestImages.jpeg(1000, 700)));
        jdbc.sql("delete from media_variant where asset_id = ? and width in (640, 1000)").param(id).update();
        jdbc.sql("update media_asset set variant_widths = '480,800,960,1000' where id = ?").param(id).update();

        missingSizes.addAll();

        assertThat(repositoryAsset(id).variantWidths()).containsExactly(480, 800, 960, 1000);
        assertThat(MissingSizes.missing(repositoryAsset(id))).isEqualTo(List.of(640));
    }

    private MediaAsset repositoryAsset(long id) {
        return repository.find(id).orElseThrow();
    }
}
