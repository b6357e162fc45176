package vn.tiepdon.server.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.tiepdon.server.overrides.OverrideFixture.CORRECTED_CCCD;
import static vn.tiepdon.server.overrides.OverrideFixture.eligible;
import static vn.tiepdon.server.overrides.OverrideFixture.lookupId;
import static vn.tiepdon.server.overrides.OverrideFixture.notFound;
import static vn.tiepdon.server.overrides.OverrideFixture.rerun;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.server.ScratchPostgres;
import vn.tiepdon.server.TestSetups;

/**
 * Overrides on a real PostgreSQL: a re-run's two lookups and the ticket's pointer, the statistics
 * adding up, and the triggers that keep the audit append-only (TRUNCATE included). Each test runs
 * in a scratch database beside {@code TIEPDON_TEST_PG_URL} (the shared one holds other tests'
 * rows). Skipped, saying why, when TIEPDON_TEST_PG_URL is not set.
 */
@Tag("postgres")
class PostgresOverrideTest {

    private static String url() {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: PostgreSQL test skipped");
        return url.get();
    }

    @Test
    void aRerunOnPostgresKeepsBothLookupsAndTheAuditCannotBeChanged() throws Exception {
        try (ScratchPostgres pg = ScratchPostgres.create(url(), "tiepdon_override");
             OverrideFixture f = new OverrideFixture(pg.url())) {
            f.answer(notFound());
            TicketView issued = f.checkInQr();
            long old = lookupId(issued);
            f.answer(eligible());
            TicketView fixed = f.desk.override(old, rerun("Sai số CCCD", Optional.empty(),
                    Optional.of(CORRECTED_CCCD), Optional.empty(), Optional.empty()));

            LookupView now = fixed.lookup().orElseThrow();
            assertThat(now.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
            assertThat(now.rerunOf()).contains(old);
            assertThat(f.lookup(old).supersededBy()).contains(now.id());
            assertThat(f.ticket(issued.id()).lookup()).map(LookupView::id).contains(now.id());
            assertThat(f.desk.lookupAudit(now.id())).extracting(AuditEntry::action)
                    .containsExactly(LookupOverride.Action.RERUN);

            AuditTableTest.assertAppendOnly(f, old);
            try (Connection c = f.server.server().database().connection(); Statement s = c.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("truncate lookup_audit"))
                        .hasMessageContaining("append-only");
            }
            assertThat(f.desk.lookupAudit(old)).hasSize(1);
        }
    }

    @Test
    void overridesCountApartOnPostgres() throws Exception {
        try (ScratchPostgres pg = ScratchPostgres.create(url(), "tiepdon_override_stats");
             OverrideFixture f = new OverrideFixture(pg.url())) {
            OverrideStatisticsTest.assertAddsUp(OverrideStatisticsTest.sixCheckInsAndTheirFixes(f));
        }
    }
}
