package vn.tiepdon.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh PostgreSQL database for one test, created next to the one {@code TIEPDON_TEST_PG_URL}
 * names (same server and parameters) and dropped on close: a test that counts rows is not
 * disturbed by the other tests sharing that database, and leaves nothing behind in it.
 */
public final class ScratchPostgres implements AutoCloseable {
    private final String adminUrl;
    private final String name;
    private final String url;

    private ScratchPostgres(String adminUrl, String name, String url) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.url = url;
    }

    public static ScratchPostgres create(String testUrl, String prefix) throws SQLException {
        String name = prefix + "_" + System.nanoTime();
        String url = withDatabase(testUrl, name);
        try (Connection c = DriverManager.getConnection(testUrl); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return new ScratchPostgres(testUrl, name, url);
    }

    /** {@code jdbc:postgresql://host:port/db?params} with {@code db} replaced by {@code database}. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        if (!base.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/database URL: "
                    + base.replaceAll("(?i)password=[^&]*", "password=***"));
        }
        return base.substring(0, slash + 1) + database + params;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }
}
