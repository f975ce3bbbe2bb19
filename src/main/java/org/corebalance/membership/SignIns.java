package org.corebalance.membership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions and remembered sign-ins on every instance at once (they all live in
 * the database), for example after a password change or when an editor is removed.
 */
@Component
class SignIns {

    private final JdbcClient jdbc;

    SignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends all of them except the session {@code keepSessionId} (the one making the change), if given. */
    void endAll(String email, String keepSessionId) {
        jdbc.sql("delete from spring_session where principal_name = :email and session_id <> :keep")
                .param("email", email).param("keep", keepSessionId == null ? "" : keepSessionId).update();
        jdbc.sql("delete from persistent_logins where username = :email").param("email", email).update();
    }
}
