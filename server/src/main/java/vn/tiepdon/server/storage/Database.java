package vn.tiepdon.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool and the schema. H2 (a file on one machine) or PostgreSQL (many kiosks);
 * migrations run at start, so a new release upgrades the schema by itself.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the pool and migrates the schema. */
    public static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        config.setMaximumPoolSize(10);
        config.setPoolName("tiepdon");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        log.info("Storage ready at {}", withoutCredentials(jdbcUrl));
        return new Database(ds);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The JDBC URL without a password parameter, for logs. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
