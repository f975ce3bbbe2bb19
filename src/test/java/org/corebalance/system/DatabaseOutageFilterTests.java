package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is out of reach" (a 503), and which are faults of ours (a 500). */
class DatabaseOutageFilterTests {

    @Test
    void aLostOrRefusedConnectionIsAnOutage() {
        assertThat(DatabaseOutageFilter.isOutage(new DataAccessResourceFailureException("I/O error"))).isTrue();
        assertThat(DatabaseOutageFilter.isOutage(new RuntimeException(new SQLTransientConnectionException("timed out")))).isTrue();
        assertThat(DatabaseOutageFilter.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutageFilter.isOutage(new SQLException("connection failure", "08006"))).isTrue();
    }

    @Test
    void aRollbackThatFailedAfterTheConnectionWasLostIsStillAnOutage() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("I/O error while sending"));
        assertThat(DatabaseOutageFilter.isOutage(rollback)).isTrue();
        assertThat(DatabaseOutageFilter.isOutage(new TransactionSystemException("commit failed", new SQLException("x")))).isFalse();
    }

    @Test
    void aFaultInAQueryIsNot() {
        assertThat(DatabaseOutageFilter.isOutage(new BadSqlGrammarException("select", "selec 1", new SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(DatabaseOutageFilter.isOutage(new DuplicateKeyException("twice"))).isFalse();
        assertThat(DatabaseOutageFilter.isOutage(new IllegalStateException("bug"))).isFalse();
    }
}
