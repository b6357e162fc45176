package vn.tiepdon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.storage.Database;

/**
 * Portraits stored, replaced, served and purged on a real PostgreSQL (the bytea column). Skipped
 * (with the reason) when TIEPDON_TEST_PG_URL is not set.
 */
@Tag("postgres")
class PostgresPortraitTest {

    @Test
    void storesServesAndPurgesPortraitsOnPostgres() throws Exception {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: PostgreSQL test skipped");
        try (Database db = Database.open(url.get(), Optional.empty(), Optional.empty());
             Connection c = db.connection(); Statement s = c.createStatement()) {
            for (String table : List.of("ticket_portraits", "events", "lookup_attempts", "tickets",
                    "ticket_sequences", "lookups", "sessions", "devices", "users")) {
                s.executeUpdate("delete from " + table);
            }
        }
        MutableClock clock = TestSetups.clock();
        try (TestServer server = TestServer.builder().jdbcUrl(url.get()).clock(clock).start()) {
            HttpReceptionClient kiosk = server.kiosk();
            HttpReceptionClient desk = server.receptionist();
            CheckinRequest request = new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, PortraitApiTest.CCCD_QR,
                    Optional.empty(), Optional.empty());
            long first = kiosk.checkIn(request).ticket().id();
            long second = kiosk.checkIn(request).ticket().id();
            Portrait large = new Portrait("image/jpeg", PortraitApiTest.jpegLike(Portrait.MAX_BYTES));
            Portrait jp2 = new Portrait("image/jp2", PortraitApiTest.jpegLike(9_000));
            kiosk.uploadPortrait(first, new Portrait("image/jpeg", PortraitApiTest.JPEG));
            kiosk.uploadPortrait(first, large);
            kiosk.uploadPortrait(second, jp2);
            assertThat(desk.portrait(first)).contains(large);
            assertThat(desk.portrait(second)).contains(jp2);

            clock.advanceSeconds(Duration.ofDays(1).toSeconds());
            long today = kiosk.checkIn(request).ticket().id();
            kiosk.uploadPortrait(today, jp2);
            assertThat(server.server().portraitPurger().purge()).isEqualTo(2);
            assertThat(desk.portrait(first)).isEmpty();
            assertThat(desk.portrait(today)).contains(jp2);
        }
    }
}
