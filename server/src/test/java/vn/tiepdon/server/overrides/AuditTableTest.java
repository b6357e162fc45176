package vn.tiepdon.server.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tiepdon.server.overrides.OverrideFixture.feePaying;
import static vn.tiepdon.server.overrides.OverrideFixture.lookupId;
import static vn.tiepdon.server.overrides.OverrideFixture.notFound;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.server.storage.Database;

/** The database itself refuses to change or delete an audit row (H2 here; PostgresOverrideTest on PostgreSQL). */
class AuditTableTest {

    /** Tries an update and a delete of every audit row of the fixture's lookups; both must fail and change nothing. */
    static void assertAppendOnly(OverrideFixture f, long lookupId) throws SQLException {
        List<AuditEntry> before = f.desk.lookupAudit(lookupId);
        assertThat(before).isNotEmpty();
        Database db = f.server.server().database();
        for (String sql : List.of(
                "update lookup_audit set reason = 'đã sửa', actor = 'user:khac' where lookup_id = " + lookupId,
                "delete from lookup_audit where lookup_id = " + lookupId)) {
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
        }
        assertThat(f.desk.lookupAudit(lookupId)).isEqualTo(before);
    }

    @Test
    void theAuditCannotBeChangedOrDeleted() throws SQLException {
        try (OverrideFixture f = new OverrideFixture()) {
            f.answer(notFound());
            long id = lookupId(f.checkInQr());
            f.desk.override(id, feePaying("Không có thẻ"));
            assertAppendOnly(f, id);
        }
    }
}
