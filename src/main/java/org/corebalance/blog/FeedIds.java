package org.corebalance.blog;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Atom feed's ids: {@code tag:} URIs (RFC 4151) that never change, so feed readers know an
 * article again after the practice moves to another domain or edits its slug. The tagging entity
 * (the site's host and the day of the first feed, e.g. {@code corebalance.example,2026-11-24}) is
 * chosen once and kept in the database, so every instance and every later base URL use the same.
 */
@Component
class FeedIds {

    /** RFC 4151's DNSname: the only kind of host a tagging entity may name. */
    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private final JdbcClient jdbc;
    private final CoreBalanceProperties properties;
    private final Clock clock;
    private volatile String taggingEntity;

    FeedIds(JdbcClient jdbc, CoreBalanceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    String feed() {
        return "tag:" + taggingEntity() + ":feed";
    }

    /** Names the article, not its address: the same after a slug change. */
    String article(long id) {
        return "tag:" + taggingEntity() + ":articles/" + id;
    }

    private String taggingEntity() {
        String entity = taggingEntity;
        if (entity == null) {
            entity = read().orElseGet(this::choose);
            taggingEntity = entity;
        }
        return entity;
    }

    private String choose() {
        String host = URI.create(properties.baseUrl()).getHost();
        host = host == null ? "" : host.toLowerCase(Locale.ROOT);
        String entity = (DNS_NAME.matcher(host).matches() ? host : "localhost") + ","
                + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            jdbc.sql("insert into feed_identity (id, tagging_entity, created_at) values (1, :entity, :now)")
                    .param("entity", entity).param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException choseElsewhere) {
            // Another instance chose at the same moment; its choice is the one read below.
        }
        return read().orElseThrow();
    }

    private Optional<String> read() {
        return jdbc.sql("select tagging_entity from feed_identity where id = 1").query(String.class).optional();
    }
}
