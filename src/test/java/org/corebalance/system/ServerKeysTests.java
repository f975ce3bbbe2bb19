package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreBalanceTest
class ServerKeysTests {

    @Autowired
    ServerKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKeyIsMadeOnceKeptInTheDatabaseAndTheSameForEveryInstance() {
        String purpose = "test-" + UUID.randomUUID();
        byte[] first = keys.key(purpose);
        assertThat(first).hasSize(32);
        assertThat(keys.key(purpose)).isEqualTo(first);
        assertThat(keys.key(purpose + "-other")).as("each purpose its own key").isNotEqualTo(first);

        String stored = jdbc.sql("select key_value from server_key where purpose = :purpose").param("purpose", purpose)
                .query(String.class).single();
        assertThat(Base64.getDecoder().decode(stored)).isEqualTo(first);
        assertThat(new ServerKeys(jdbc, Clock.systemUTC()).key(purpose)).as("another instance, or after a restart").isEqualTo(first);

        first[0]++;
        assertThat(keys.key(purpose)).as("callers get a copy they cannot spoil").isNotEqualTo(first);
    }
}
