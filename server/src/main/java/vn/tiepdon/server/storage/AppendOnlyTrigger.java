package vn.tiepdon.server.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of an append-only table ({@code lookup_audit}): every update or delete of a row is
 * refused with an SQL error, whoever sends it (migration {@code db/vendor/h2/V7_1}). PostgreSQL has
 * the same guard as a PL/pgSQL trigger.
 */
public final class AppendOnlyTrigger implements Trigger {
    /** SQLSTATE 42501 (insufficient privilege), as PostgreSQL's guard answers. */
    static final String REFUSED = "42501";
    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String what = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(table + " is append-only: " + what + " refused", REFUSED);
    }
}
