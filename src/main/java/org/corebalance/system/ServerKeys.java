package org.corebalance.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The site's own secret keys, one per purpose: 256 random bits made the first time a purpose asks,
 * kept in the database so that every instance and every restart uses the same key, and held in
 * memory after the first read.
 */
@Component
public class ServerKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    ServerKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key for this purpose (a copy), made and stored if there is none yet. */
    public byte[] key(String purpose) {
        return keys.computeIfAbsent(purpose, this::readOrMake).clone();
    }

    private byte[] readOrMake(String purpose) {
        Optional<String> stored = read(purpose);
        if (stored.isEmpty()) {
            byte[] made = new byte[32];
            RANDOM.nextBytes(made);
            try {
                jdbc.sql("insert into server_key (purpose, key_value, created_at) values (:purpose, :key, :now)")
                        .param("purpose", purpose).param("key", Base64.getEncoder().encodeToString(made))
                        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
            } catch (DuplicateKeyException madeElsewhere) {
                // Another instance made it at the same moment; its key is the one read below.
            }
            stored = read(purpose);
        }
        return Base64.getDecoder().decode(stored.orElseThrow());
    }

    private Optional<String> read(String purpose) {
        return jdbc.sql("select key_value from server_key where purpose = :purpose").param("purpose", purpose)
                .query(String.class).optional();
    }
}
