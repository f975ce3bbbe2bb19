package org.corebalance.media;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String ASSET_COLUMNS = "id, name, width, height, variant_widths, created_at";

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
        return jdbc.sql("select " + ASSET_COLUMNS + " from media_asset where id = :id")
                .param("id", id)
                .query(MediaRepository::asset)
                .optional();
    }

    /** Newest first; images stored at the same instant newest id first. */
    List<MediaAsset> findNewest(int limit, int offset) {
        return jdbc.sql("select " + ASSET_COLUMNS + " from media_asset order by created_at desc, id desc"
                        + " limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(MediaRepository::asset)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from media_asset").query(Long.class).single();
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from media_asset where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Variant> findVariant(long id, int width) {
        return jdbc.sql("select width, height, content_type, bytes from media_variant where asset_id = :id and width = :width")
                .param("id", id)
                .param("width", width)
                .query((rs, n) -> new Variant(rs.getInt("width"), rs.getInt("height"), rs.getString("content_type"),
                        rs.getBytes("bytes")))
                .optional();
    }

    private static MediaAsset asset(ResultSet rs, int row) throws SQLException {
        return new MediaAsset(rs.getLong("id"), rs.getString("name"), rs.getInt("width"), rs.getInt("height"),
                Arrays.stream(rs.getString("variant_widths").split(",")).map(Integer::valueOf).sorted().toList(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** One encoded size of an image. */
    record Variant(int width, int height, String contentType, byte[] bytes) {
    }
}
