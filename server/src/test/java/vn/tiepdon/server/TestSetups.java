package vn.tiepdon.server;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.queue.ClinicDefinition;
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

    /** A small hospital: queues bhyt, service (fee-paying) and priority, two counters, no clinics. */
    public static HospitalSetup hospital() {
        return new HospitalSetup("01999", "Bệnh viện Thử", List.of(
                new QueueDefinition("bhyt", "A", "Khám BHYT", false),
                new QueueDefinition("service", "B", "Khám dịch vụ", false),
                new QueueDefinition("priority", "U", "Ưu tiên", true)),
                List.of(new CounterDefinition("1", "Quầy 1", List.of("priority", "bhyt")),
                        new CounterDefinition("2", "Quầy 2", List.of("priority", "bhyt", "service"))),
                ZoneId.of("Asia/Ho_Chi_Minh"), "bhyt", vn.tiepdon.core.queue.QueueRules.defaults(),
                new CheckinOptions(List.of(), false, Optional.of("service"), CheckinOptions.DEFAULT_CHOICE_WINDOW));
    }

    /**
     * The small hospital with kiosk registration: clinic {@code noi} waits in its own queue
     * {@code noi} (prefix N, called at counter 3 "Phòng 101"), clinic {@code nhi} in {@code bhyt};
     * fee-paying patients in {@code service}; a kiosk may move its own ticket for 2 minutes.
     */
    public static HospitalSetup hospitalWithClinics() {
        return new HospitalSetup("01999", "Bệnh viện Thử", List.of(
                new QueueDefinition("bhyt", "A", "Khám BHYT", false),
                new QueueDefinition("service", "B", "Khám dịch vụ", false),
                new QueueDefinition("priority", "U", "Ưu tiên", true),
                new QueueDefinition("noi", "N", "Nội tổng quát", false)),
                List.of(new CounterDefinition("1", "Quầy 1", List.of("priority", "bhyt")),
                        new CounterDefinition("2", "Quầy 2", List.of("priority", "bhyt", "service")),
                        new CounterDefinition("3", "Phòng 101", List.of("noi"))),
                ZoneId.of("Asia/Ho_Chi_Minh"), "bhyt", vn.tiepdon.core.queue.QueueRules.defaults(),
                new CheckinOptions(List.of(
                        new ClinicDefinition("noi", "Nội tổng quát", "Phòng 101 – Tầng 1", "noi"),
                        new ClinicDefinition("nhi", "Nhi", "Phòng 110 – Tầng 1", "bhyt")),
                        true, Optional.of("service"), Duration.ofMinutes(2)));
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
