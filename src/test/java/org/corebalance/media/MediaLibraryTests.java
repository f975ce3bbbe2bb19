package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.corebalance.CoreBalanceTest;
import org.corebalance.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The media library a coach picks images from: newest first, paged, with a thumbnail each. */
@CoreBalanceTest
class MediaLibraryTests {

    @Autowired
    MediaApi media;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.set(CoreBalanceTest.NOW);
    }

    @Test
    void listsTheNewestImageFirstWithItsThumbnailAndSizes() {
        Instant later = afterEverythingStored();
        long older = upload("older.jpg", 1200, 900);
        clock.advance(Duration.ofMinutes(5));
        long newer = upload("C:\\fakepath\\newer.jpg", 700, 400);
        long total = jdbc.sql("select count(*) from media_asset").query(Long.class).single();

        MediaLibraryPage page = media.library(1, 20);

        assertThat(page.total()).isEqualTo(total);
        assertThat(page.items()).extracting(MediaItem::id).startsWith(newer, older);
        MediaItem item = page.items().get(0);
        assertThat(item.name()).isEqualTo("newer.jpg");
        assertThat(item.width()).isEqualTo(700);
        assertThat(item.height()).isEqualTo(400);
        assertThat(item.createdAt()).isEqualTo(later.plus(Duration.ofMinutes(5)));
        assertThat(item.thumbnailUrl()).isEqualTo("/media/" + newer + "/480.jpg");
        assertThat(item.image()).isEqualTo(media.describe(newer).orElseThrow());
        assertThat(page.items().get(1).image().srcset()).contains("/media/" + older + "/960.jpg 960w");
    }

    @Test
    void pagesThroughTheLibrary() {
        afterEverythingStored();
        long first = upload("first.jpg", 400, 300);
        long second = upload("second.jpg", 400, 300);
        long third = upload("third.jpg", 400, 300);

        MediaLibraryPage one = media.library(1, 2);
        MediaLibraryPage two = media.library(2, 2);

        assertThat(one.items()).extracting(MediaItem::id).containsExactly(third, second);
        assertThat(two.items()).extracting(MediaItem::id).startsWith(first);
        assertThat(one.hasPrevious()).isFalse();
        assertThat(one.hasNext()).isTrue();
        assertThat(two.hasPrevious()).isTrue();
        assertThat(one.totalPages()).isEqualTo((int) ((one.total() + 1) / 2));

        MediaLibraryPage pastTheEnd = media.library(one.totalPages() + 1, 2);
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(one.total());

        MediaLibraryPage odd = media.library(0, 1000);
        assertThat(odd.page()).isEqualTo(1);
        assertThat(odd.pageSize()).isEqualTo(MediaApi.MAX_PAGE_SIZE);
    }

    @Test
    void knowsWhichImagesExist() {
        long id = upload("exists.jpg", 400, 300);
        long unused = jdbc.sql("select coalesce(max(id), 0) + 1000 from media_asset").query(Long.class).single();

        assertThat(media.exists(id)).isTrue();
        assertThat(media.exists(unused)).isFalse();
    }

    /** Sets the clock past every stored image (other tests move it too), so the next ones are the newest. */
    private Instant afterEverythingStored() {
        Instant newest = jdbc.sql("select max(created_at) from media_asset").query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant).orElse(CoreBalanceTest.NOW);
        Instant later = newest.plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(later);
        return later;
    }

    private long upload(String name, int width, int height) {
        return media.upload(name, new ByteArrayInputStream(TestImages.jpeg(width, height)));
    }
}
