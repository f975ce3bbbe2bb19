package org.corebalance.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database: a session attribute is written with an upsert, because two requests
 * of one new session (two tabs opened at once) both add the CSRF token, and a plain insert makes
 * the second fail. The session cookie is {@code Secure} as {@link CoreBalanceProperties#cookiesSecure()} says.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    /** H2's own upsert (PostgreSQL's ON CONFLICT ... DO UPDATE is not understood in its PostgreSQL mode). */
    static final String H2_UPSERT_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    /** Set here rather than by {@code server.servlet.session.cookie.secure}, which cannot follow the base URL. */
    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookie(CoreBalanceProperties properties) {
        boolean secure = properties.cookiesSecure();
        return serializer -> serializer.setUseSecureCookie(secure);
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
            throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (product.toLowerCase().contains("postgres")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
    }
}
