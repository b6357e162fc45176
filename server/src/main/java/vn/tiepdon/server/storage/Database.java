package vn.tiepdon.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** Threads of the health probes: a probe stuck on a dead database does not hold up the next. */
    private final ExecutorService probes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "db-health-probe");
        t.setDaemon(true);
        return t;
    });
    /** H2 URLs whose data is not in a local file this process writes: nothing to make durable. */
    private static final Pattern H2_NOT_A_LOCAL_FILE =
            Pattern.compile("(?i)jdbc:h2:(mem|tcp|ssl|memFS|memLZF|zip):.*");
    /** A WRITE_DELAY setting in an H2 URL (H2 reads keys case-insensitively, values up to ';'). */
    private static final Pattern WRITE_DELAY_SETTING = Pattern.compile("(?i)(?<!\\\\);WRITE_DELAY=([^;]*)");
    private final HikariDataSource dataSource;
    private final RowLocks rowLocks = new RowLocks();

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the pool and migrates the schema. */
    public static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
        String url = withDurableCommits(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        config.setMaximumPoolSize(10);
        config.setPoolName("tiepdon");
        config.setInitializationFailTimeout(10_000);
        // a request waits at most this long for a connection: a kiosk's call gives up after 15 s
        config.setConnectionTimeout(5_000);
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(ds).locations(migrationLocations(url)).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        log.info("Storage ready at {}", withoutCredentials(url));
        return new Database(ds);
    }

    /**
     * The schema's migrations: {@code db/migration} for every engine, plus those only one engine
     * understands ({@code db/vendor/h2}, {@code db/vendor/postgresql}: the triggers that keep
     * {@code lookup_audit} append-only), numbered in between ({@code V7_1}).
     */
    static String[] migrationLocations(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(java.util.Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return new String[] {"classpath:db/migration", "classpath:db/vendor/h2"};
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"};
        }
        return new String[] {"classpath:db/migration"};
    }

    /**
     * Asks the database {@code select 1}; empty when it answered within {@code timeout}, else a
     * short English reason (for the health check).
     */
    public Optional<String> problem(Duration timeout) {
        CompletableFuture<Optional<String>> check = CompletableFuture.supplyAsync(() -> {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
                st.execute("select 1");
                return Optional.<String>empty();
            } catch (SQLException e) {
                return Optional.of("database error " + e.getSQLState());
            }
        }, probes);
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Optional.of("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return Optional.of("database check failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** This process's locks on incremented rows (see {@link Tx#lockRowUntilEnd}). */
    RowLocks rowLocks() {
        return rowLocks;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * An H2 file URL with {@code WRITE_DELAY=0}. By default H2 answers a commit before writing it:
     * the MVStore keeps committed changes in memory and writes them every WRITE_DELAY ms (500), so
     * a {@code kill -9} of the server lost up to half a second of answered tickets, and their
     * numbers and ids were given again. With 0, each commit writes its changes to the file before
     * {@code commit()} returns (H2 2.2 {@code TransactionStore.endTransaction} calls
     * {@code MVStore.commit()} when the delay is 0): a commit then survives the death of the
     * process, not of the machine, as H2 does not fsync on commit. In the URL rather than a
     * {@code SET WRITE_DELAY 0}: H2 resets the delay to the URL's value, or 500, each time it opens
     * the file. A WRITE_DELAY the URL already sets wins (an operator's choice), with a warning.
     * Other URLs (PostgreSQL, H2 in memory or over TCP) are returned unchanged.
     */
    static String withDurableCommits(String jdbcUrl) {
        if (!jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, 8) || H2_NOT_A_LOCAL_FILE.matcher(jdbcUrl).matches()) {
            return jdbcUrl;
        }
        Matcher explicit = WRITE_DELAY_SETTING.matcher(jdbcUrl);
        if (explicit.find()) {
            if (!explicit.group(1).trim().equals("0")) {
                log.warn("The H2 URL sets WRITE_DELAY={}: tickets committed in the last {} ms before the server"
                        + " process dies are lost; remove the setting to write each commit before answering",
                        explicit.group(1), explicit.group(1));
            }
            return jdbcUrl;
        }
        return jdbcUrl + ";WRITE_DELAY=0";
    }

    /** The JDBC URL without a password parameter, for logs. */
    public static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    @Override
    public void close() {
        probes.shutdownNow();
        dataSource.close();
    }
}
