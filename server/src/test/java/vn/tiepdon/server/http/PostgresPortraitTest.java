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
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.ReceptionServer;
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
                    "ticket_sequences", "lookups")) {
                s.executeUpdate("delete from " + table);
            }
        }
        MutableClock clock = TestSetups.clock();
        try (ReceptionServer server = ReceptionServer.start(new ReceptionServer.Settings(TestSetups.hospital(),
                url.get(), Optional.empty(), Optional.empty(), "127.0.0.1", 0),
                TestSetups.answering("000", LookupClass.ELIGIBLE), clock);
             HttpReceptionClient client = new HttpReceptionClient(List.of(server.baseUrl()), Optional.empty(),
                     Duration.ofSeconds(10))) {
            CheckinRequest request = new CheckinRequest("kiosk-1", IdentificationMethod.QR, PortraitApiTest.CCCD_QR,
                    Optional.empty(), Optional.empty());
            long first = client.checkIn(request).ticket().id();
            long second = client.checkIn(request).ticket().id();
            Portrait large = new Portrait("image/jpeg", PortraitApiTest.jpegLike(Portrait.MAX_BYTES));
            Portrait jp2 = new Portrait("image/jp2", PortraitApiTest.jpegLike(9_000));
            client.uploadPortrait(first, new Portrait("image/jpeg", PortraitApiTest.JPEG));
            client.uploadPortrait(first, large);
            client.uploadPortrait(second, jp2);
            assertThat(client.portrait(first)).contains(large);
            assertThat(client.portrait(second)).contains(jp2);

            clock.advanceSeconds(Duration.ofDays(1).toSeconds());
            long today = client.checkIn(request).ticket().id();
            client.uploadPortrait(today, jp2);
            assertThat(server.portraitPurger().purge()).isEqualTo(2);
            assertThat(client.portrait(first)).isEmpty();
            assertThat(client.portrait(today)).contains(jp2);
        }
    }
}
