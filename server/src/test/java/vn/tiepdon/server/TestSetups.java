package vn.tiepdon.server;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.storage.Database;

/** Shared fixtures: a small hospital, a fresh database, a clock that tests move by hand. */
public final class TestSetups {
    private static final AtomicLong DB_COUNTER = new AtomicLong();

    private TestSetups() {
    }

    public static HospitalSetup hospital() {
        return new HospitalSetup("01999", "Bệnh viện Thử", List.of(
                new QueueDefinition("bhyt", "A", "Khám BHYT", false),
                new QueueDefinition("service", "B", "Khám dịch vụ", false),
                new QueueDefinition("priority", "U", "Ưu tiên", true)),
                List.of(new CounterDefinition("1", "Quầy 1", List.of("priority", "bhyt")),
                        new CounterDefinition("2", "Quầy 2", List.of("priority", "bhyt", "service"))),
                ZoneId.of("Asia/Ho_Chi_Minh"), "bhyt");
    }

    /** A fresh in-memory H2 database, or PostgreSQL when {@code pg} (caller checks availability). */
    public static Database h2() {
        return Database.open("jdbc:h2:mem:t" + DB_COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
                Optional.empty(), Optional.empty());
    }

    /** The PostgreSQL URL of the test database, when the environment provides one. */
    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getenv("TIEPDON_TEST_PG_URL")).filter(s -> !s.isBlank());
    }

    public static EligibilityService answering(String code, LookupClass cls) {
        return request -> new LookupOutcome.Answered(code, cls, "Thẻ BHYT hợp lệ.", "Mã " + code,
                Optional.empty(), 12, 1);
    }

    /** A clock tests can move; starts at 2026-11-22 08:00 in Vietnam. */
    public static MutableClock clock() {
        return new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    }
}
