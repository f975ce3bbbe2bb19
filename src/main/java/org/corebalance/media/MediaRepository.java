package org.corebalance.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
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

    /** Every image and the widths it has (no pixels), oldest first. */
    List<MediaAsset> findAll() {
        return jdbc.sql("select " + ASSET_COLUMNS + " from media_asset order by id").query(MediaRepository::asset).list();
    }

    /**
     * The image, its row locked until the transaction ends: whoever else locks it (an article
     * taking it, see {@link #lockExisting}) waits, and sees it gone if it is deleted meanwhile.
     */
    Optional<MediaAsset> findForUpdate(long id) {
        return jdbc.sql("select " + ASSET_COLUMNS + " from media_asset where id = :id for update")
                .param("id", id)
                .query(MediaRepository::asset)
                .optional();
    }

    /** Which of these images exist, each row locked until the transaction ends (in id order, so two never deadlock). */
    List<Long> lockExisting(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from media_asset where id in (:ids) order by id for update")
                .param("ids", List.copyOf(ids))
                .query(Long.class)
                .list();
    }

    /** Deletes the image with all its sizes; false when it was not there. */
    boolean delete(long id) {
        return jdbc.sql("delete from media_asset where id = :id").param("id", id).update() > 0;
    }

    /**
     * Adds a size to an image unless it has that size already or is gone; true when added. Run
     * outside a transaction: an instance adding the same size at the same moment makes this one's
     * insert fail, which then means the same as finding it there.
     */
    boolean addVariant(long id, Variant variant) {
        try {
            return jdbc.sql("""
                    insert into media_variant (asset_id, width, height, content_type, bytes)
                    select id, :width, :height, :type, :bytes from media_asset
                    where id = :id and not exists (select 1 from media_variant where asset_id = :id and width = :width)""")
                    .param("id", id)
                    .param("width", variant.width())
                    .param("height", variant.height())
                    .param("type", variant.contentType())
                    .param("bytes", variant.bytes())
                    .update() == 1;
        } catch (DataIntegrityViolationException e) {
            // Already there, or the image was deleted meanwhile.
            return false;
        }
    }

    /** Records the widths the image has now, as its sizes say. */
    void recordWidths(long id) {
        List<Integer> widths = jdbc.sql("select width from media_variant where asset_id = :id order by width")
                .param("id", id).query(Integer.class).list();
        if (!widths.isEmpty()) {
            jdbc.sql("update media_asset set variant_widths = :widths where id = :id")
                    .param("widths", widths.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .param("id", id)
                    .update();
        }
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
