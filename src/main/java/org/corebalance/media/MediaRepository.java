package org.corebalance.media;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores images and their variants in the shared database. */
@Repository
class MediaRepository {

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, int width, int height, List<Variant> variants, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into media_asset (name, width, height, variant_widths, created_at)
                values (:name, :width, :height, :widths, :now)""")
                .param("name", name)
                .param("width", width)
                .param("height", height)
                .param("widths", variants.stream().map(v -> String.valueOf(v.width())).collect(Collectors.joining(",")))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Variant variant : variants) {
            jdbc.sql("""
                    insert into media_variant (asset_id, width, height, content_type, bytes)
                    values (:id, :width, :height, :type, :bytes)""")
                    .param("id", id)
                    .param("width", variant.width())
                    .param("height", variant.height())
                    .param("type", variant.contentType())
                    .param("bytes", variant.bytes())
                    .update();
        }
        return id;
    }

    Optional<MediaAsset> find(long id) {
        return jdbc.sql("select id, name, width, height, variant_widths from media_asset where id = :id")
                .param("id", id)
                .query((rs, n) -> new MediaAsset(rs.getLong("id"), rs.getString("name"), rs.getInt("width"),
                        rs.getInt("height"), Arrays.stream(rs.getString("variant_widths").split(","))
                                .map(Integer::valueOf).sorted().toList()))
                .optional();
    }

    Optional<Variant> findVariant(long id, int width) {
        return jdbc.sql("select width, height, content_type, bytes from media_variant where asset_id = :id and width = :width")
                .param("id", id)
                .param("width", width)
                .query((rs, n) -> new Variant(rs.getInt("width"), rs.getInt("height"), rs.getString("content_type"),
                        rs.getBytes("bytes")))
                .optional();
    }

    /** One encoded size of an image. */
    record Variant(int width, int height, String contentType, byte[] bytes) {
    }
}
