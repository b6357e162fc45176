package vn.tiepdon.server.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.RecentCheck;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.ScratchPostgres;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;

/**
 * Checks of a card by other facilities, from the card check's answer to the ticket on the desk: a
 * check by this hospital (01999) or one older than the window is not shown; the same check listed
 * by later answers is kept once; every lookup of the card near that time shows it.
 */
class OtherFacilityChecksTest {
    /** A CCCD QR of patient An (079090001234). */
    static final String AN_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static final String BINH_QR = "079185005678||Trần Thị Bình|02031985|Nữ|3 Hai Bà Trưng, Hà Nội|01012022";
    /** The clock starts at 2026-11-22 08:00 in Vietnam. */
    private final MutableClock clock = TestSetups.clock();
    private final AtomicReference<List<GatewayCard.Check>> listed = new AtomicReference<>(List.of());
    private TestServer test;

    @AfterEach
    void stop() {
        if (test != null) {
            test.close();
        }
    }

    private TestServer start(String jdbcUrl) {
        test = TestServer.builder().jdbcUrl(jdbcUrl).clock(clock).eligibility(request -> new LookupOutcome.Answered(
                "000", LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ.", "Mã 000", Optional.of(card(listed.get())), 12, 1))
                .start();
        return test;
    }

    private TestServer start() {
        return start("jdbc:h2:mem:checks" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    private static GatewayCard card(List<GatewayCard.Check> checks) {
        return new GatewayCard(Optional.of("HC4790790001234"), Optional.of("Nguyễn Văn An"), Optional.of("15/08/1990"),
                Optional.of("Nam"), Optional.empty(), Optional.of("79024"), Optional.of("01/01/2026"),
                Optional.of("31/12/2026"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                checks);
    }

    private static GatewayCard.Check check(String user, String at, String message) {
        return new GatewayCard.Check(user, at, Optional.ofNullable(message), Optional.of("000"));
    }

    private TicketView checkIn(String qr) {
        return test.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, qr, Optional.empty(),
                Optional.empty())).ticket();
    }

    private static final RecentCheck YESTERDAY_AT_79024 = new RecentCheck("79024",
            Instant.parse("2026-11-21T07:05:00Z"), Optional.of("Thẻ còn giá trị sử dụng"));

    private static List<GatewayCard.Check> todaysAnswer() {
        return List.of(
                check("01999_BV", "202611220755", "ours, this morning"),
                check("79024_BV", "202611211405", "Thẻ còn giá trị sử dụng"),
                check("48001_BV", "202611170900", "five days ago"));
    }

    @Test
    void theTicketShowsARecentCheckByAnotherFacilityButNotOursNorAnOldOne() {
        start();
        listed.set(todaysAnswer());

        TicketView issued = checkIn(AN_QR);

        LookupView lookup = issued.lookup().orElseThrow();
        assertThat(lookup.otherFacilityChecks()).containsExactly(YESTERDAY_AT_79024);
        assertThat(test.receptionist().tickets(Optional.of(TicketStatus.WAITING)).get(0).lookup().orElseThrow()
                .otherFacilityChecks()).containsExactly(YESTERDAY_AT_79024);
        assertThat(test.receptionist().lookups(LocalDate.of(2026, 11, 22), false).get(0).otherFacilityChecks())
                .containsExactly(YESTERDAY_AT_79024);
    }

    @Test
    void aCardNobodyElseCheckedShowsNone() {
        start();
        listed.set(List.of(check("01999_BV", "202611220755", "ours")));

        assertThat(checkIn(BINH_QR).lookup().orElseThrow().otherFacilityChecks()).isEmpty();
        assertThat(test.receptionist().lookups(LocalDate.of(2026, 11, 22), false).get(0).otherFacilityChecks())
                .isEmpty();
    }

    @Test
    void theSameCheckListedAgainIsKeptOnceAndShownOnEveryLookupOfTheCardNearIt() throws Exception {
        start();
        listed.set(todaysAnswer());
        checkIn(AN_QR);
        clock.advance(Duration.ofMinutes(30));
        checkIn(AN_QR);
        listed.set(List.of());
        clock.advance(Duration.ofMinutes(30));

        TicketView third = checkIn(AN_QR);
        TicketView other = checkIn(BINH_QR);

        assertThat(third.lookup().orElseThrow().otherFacilityChecks()).containsExactly(YESTERDAY_AT_79024);
        assertThat(other.lookup().orElseThrow().otherFacilityChecks()).isEmpty();
        assertThat(rows()).containsExactly("079090001234|79024");
    }

    @Test
    void aCheckOlderThanTheWindowOfTheLookupIsNoLongerShown() {
        start();
        listed.set(todaysAnswer());
        TicketView first = checkIn(AN_QR);
        listed.set(List.of());
        clock.advance(Duration.ofDays(3));

        TicketView later = checkIn(AN_QR);

        assertThat(later.lookup().orElseThrow().otherFacilityChecks()).isEmpty();
        List<LookupView> firstDay = test.receptionist().lookups(LocalDate.of(2026, 11, 22), false);
        assertThat(firstDay).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(first.lookup().orElseThrow().id());
            assertThat(l.otherFacilityChecks()).containsExactly(YESTERDAY_AT_79024);
        });
    }

    @Test
    @Tag("postgres")
    void keepsAndShowsTheChecksOnPostgres() throws Exception {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: PostgreSQL test skipped");
        try (ScratchPostgres pg = ScratchPostgres.create(url.get(), "tiepdon_checks")) {
            start(pg.url());
            listed.set(todaysAnswer());
            checkIn(AN_QR);
            clock.advance(Duration.ofMinutes(5));

            TicketView again = checkIn(AN_QR);

            assertThat(again.lookup().orElseThrow().otherFacilityChecks()).containsExactly(YESTERDAY_AT_79024);
            assertThat(test.receptionist().tickets(Optional.empty()).get(0).lookup().orElseThrow()
                    .otherFacilityChecks()).containsExactly(YESTERDAY_AT_79024);
            assertThat(rows()).containsExactly("079090001234|79024");
            test.close();
            test = null;
        }
    }

    private List<String> rows() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = test.server().database().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select card_key, facility_code from other_facility_checks"
                     + " order by checked_at")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return out;
    }
}
