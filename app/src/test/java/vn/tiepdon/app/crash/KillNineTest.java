package vn.tiepdon.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.app.crash.CheckinLoad.Answered;
import vn.tiepdon.app.crash.EventRecorder.Seen;
import vn.tiepdon.bhxhsim.BhxhSimulator;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.server.ScratchPostgres;

/**
 * Durable before answered: a real {@code ./tiepdon server} process takes check-ins from six kiosk
 * threads and is killed with SIGKILL after 300 answered tickets; restarted on the same database
 * and port, it takes more check-ins and counter calls. Every ticket a kiosk received must still be
 * there with its number, no number may be given twice, numbering goes on above the numbers given
 * before the crash, event ids stay gapless and are never reused, and a hall display subscribed
 * all along (reconnecting by itself with {@code Last-Event-ID}) receives every event exactly once.
 * On an H2 file, and on a fresh PostgreSQL database when {@code TIEPDON_TEST_PG_URL} is set.
 */
class KillNineTest {
    /**
     * Appended to the H2 URL when set, only to show that this test catches a server that answers
     * before its commit is on disk: {@code -Dtiepdon.test.kill9.h2UrlSuffix=;WRITE_DELAY=500}.
     */
    static final String H2_URL_SUFFIX_PROPERTY = "tiepdon.test.kill9.h2UrlSuffix";
    private static final String KIOSK_ID = "kiosk-kill9";
    private static final String DISPLAY_ID = "display-kill9";
    private static final String ACCOUNT = "01999_BV";
    private static final int KIOSK_THREADS = 6;
    private static final int ANSWERED_BEFORE_KILL = 300;
    private static final int CHECKINS_AFTER_RESTART = 50;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(45);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DISPLAY_TIMEOUT = Duration.ofSeconds(30);
    /** The event of the first check-in (alone, on a fresh database): the streams start after it. */
    private static final long FIRST_EVENT = 1;
    /** The exit status of a JVM killed by SIGKILL (128 + 9). */
    private static final int KILLED_BY_SIGKILL = 137;

    @TempDir
    Path dir;

    @Test
    void everyAnsweredTicketSurvivesKillNineOnAnH2File() throws Exception {
        String suffix = System.getProperty(H2_URL_SUFFIX_PROPERTY, "");
        if (!suffix.isEmpty()) {
            System.out.println("KILL9 NOTE H2 URL suffix '" + suffix + "' from -D" + H2_URL_SUFFIX_PROPERTY
                    + " (a demonstration of failure, not the durability test)");
        }
        crashAndRecover("H2", "jdbc:h2:file:" + dir.resolve("data").resolve("tiepdon").toAbsolutePath() + suffix);
    }

    @Test
    @Tag("postgres")
    void everyAnsweredTicketSurvivesKillNineOnPostgres() throws Exception {
        Optional<String> url = Optional.ofNullable(System.getenv("TIEPDON_TEST_PG_URL")).filter(u -> !u.isBlank());
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: the kill -9 test on PostgreSQL is skipped"
                + " (set it to e.g. jdbc:postgresql://127.0.0.1:5432/tiepdon_test?user=postgres; the test creates"
                + " and drops its own database there)");
        try (ScratchPostgres db = ScratchPostgres.create(url.get(), "tiepdon_kill9")) {
            crashAndRecover("PostgreSQL", db.url());
        }
    }

    private void crashAndRecover(String engine, String storageUrl) throws Exception {
        Stopwatch time = new Stopwatch();
        int port = freePort();
        String adminPassword = randomPassword();
        List<HttpReceptionClient> clients = new ArrayList<>();
        try (BhxhSimulator sim = startSimulator()) {
            Path config = writeConfig(storageUrl, port, sim.baseUrl());
            Map<String, String> env = serverEnvironment(sim, adminPassword);
            try (ServerProcess first = ServerProcess.start("server-1", config, port, env)) {
                first.awaitHealthy(START_TIMEOUT);
                time.lap("start");
                String url = first.baseUrl();

                HttpReceptionClient admin = client(url, Optional.empty(), clients);
                admin.login("admin", adminPassword);
                String kioskToken = admin.registerDevice(KIOSK_ID, Role.KIOSK).token();
                String displayToken = admin.registerDevice(DISPLAY_ID, Role.DISPLAY).token();
                List<HttpReceptionClient> kiosks = new ArrayList<>();
                for (int i = 0; i < KIOSK_THREADS; i++) {
                    kiosks.add(client(url, Optional.of(kioskToken), clients));
                }
                // A stream from 0 is live only (the server replays after an id, never from the start),
                // so the display would race its own connection against the first check-ins. Instead the
                // first check-in comes alone (event 1 on a fresh database) and the display subscribes
                // after it: the server replays from 2 on, and everything after comes over the stream.
                CheckinResponse warmUp = kiosks.get(0).checkIn(CheckinLoad.request(KIOSK_ID, 0));
                Answered firstTicket = answered(warmUp);
                EventRecorder hall = new EventRecorder();
                client(url, Optional.of(displayToken), clients).subscribeHall(FIRST_EVENT, hall::hall);

                // 1. check-ins from six threads until 300 are answered, then kill -9 under load
                CheckinLoad beforeKill = CheckinLoad.start("kiosk-before", kiosks, KIOSK_ID, Integer.MAX_VALUE);
                Await.until(() -> beforeKill.answeredCount() >= ANSWERED_BEFORE_KILL - 1
                                || !beforeKill.failedWhileUp().isEmpty() || !first.isAlive(), LOAD_TIMEOUT,
                        () -> beforeKill.answeredCount() + " of " + ANSWERED_BEFORE_KILL + " check-ins answered;"
                                + " server output:\n" + first.tail());
                assertThat(beforeKill.failedWhileUp()).as("check-ins failed while server-1 was up; its output:\n%s",
                        first.tail()).isEmpty();
                beforeKill.stop();
                int exit = first.killNine(Duration.ofSeconds(10));
                time.lap("load");
                assertThat(first.isAlive()).isFalse();
                assertThat(exit).as("exit status of server-1 after SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
                beforeKill.awaitEnd(Duration.ofSeconds(30));
                List<Answered> before = new ArrayList<>(List.of(firstTicket));
                before.addAll(beforeKill.answered());
                int hallEventsAtKill = hall.size();

                // 2. the same database and port again; more check-ins, counter calls, a last check-in
                try (ServerProcess second = ServerProcess.start("server-2", config, port, env)) {
                    second.awaitHealthy(START_TIMEOUT);
                    time.lap("restart");
                    CheckinLoad afterRestart = CheckinLoad.start("kiosk-after", kiosks, KIOSK_ID,
                            CHECKINS_AFTER_RESTART);
                    afterRestart.awaitEnd(LOAD_TIMEOUT);
                    assertThat(afterRestart.failedWhileUp()).as("check-ins failed after the restart; output:\n%s",
                            second.tail()).isEmpty();
                    List<Answered> after = new ArrayList<>(afterRestart.answered());
                    assertThat(after).hasSize(CHECKINS_AFTER_RESTART);
                    List<TicketView> called = new ArrayList<>();
                    for (String counter : List.of("1", "2", "1", "2")) {
                        admin.counter(CounterVerb.NEXT, counter).ifPresent(called::add);
                    }
                    assertThat(called).as("tickets called by counters 1 and 2 after the restart").hasSize(4);
                    // issued after every other change: its event has the highest id of the test
                    Answered last = answered(kiosks.get(0).checkIn(CheckinLoad.request(KIOSK_ID, 1)));
                    after.add(last);
                    time.lap("after");

                    Await.until(() -> hall.has(EventType.TICKET_ISSUED, last.ticketId()), DISPLAY_TIMEOUT,
                            () -> "the display (subscribed before the kill) has not received ticket.issued of the"
                                    + " last ticket " + last + "; it has " + hall.size() + " events, the last "
                                    + hall.lastId());
                    EventRecorder staff = new EventRecorder();
                    admin.subscribe(FIRST_EVENT, staff::staff);
                    Await.until(() -> staff.has(EventType.TICKET_ISSUED, last.ticketId()), DISPLAY_TIMEOUT,
                            () -> "a staff stream replaying after event " + FIRST_EVENT + " has not reached the last"
                                    + " ticket " + last + "; it has " + staff.size() + " events");
                    List<TicketView> today = admin.tickets(Optional.empty());
                    time.lap("display");

                    SoftAssertions soft = new SoftAssertions();
                    Verdict v = check(soft, firstTicket, before, after, called, today, hall.all(), staff.all());
                    System.out.println("KILL9 RESULT engine=" + engine
                            + " answeredBeforeKill=" + before.size()
                            + " inFlightAtKill=" + beforeKill.inFlightLost()
                            + " committedButUnanswered=" + v.committedUnanswered()
                            + " answeredAfterRestart=" + after.size()
                            + " counterCalls=" + called.size()
                            + " ticketsInDay=" + today.size()
                            + " displayEvents=" + v.hallEvents()
                            + " displayEventsAtKill=" + hallEventsAtKill
                            + " lastEventId=" + v.lastEventId()
                            + " lookupCompletedEvents=" + v.lookupCompleted()
                            + " pendingLookups=" + v.pendingLookups()
                            + " answeredLost=" + v.answeredLost()
                            + " numbersGivenTwice=" + v.numbersGivenTwice()
                            + " exitStatus=" + exit
                            + " " + time);
                    soft.assertAll();
                }
            }
        } finally {
            clients.forEach(HttpReceptionClient::close);
        }
    }

    private static Answered answered(CheckinResponse r) {
        return new Answered(r.ticket().id(), r.ticket().queueId(), r.ticket().number(), r.lookup().pending());
    }

    private record Verdict(int committedUnanswered, int hallEvents, long lastEventId, long lookupCompleted,
                           long pendingLookups, int answeredLost, int numbersGivenTwice) {
    }

    /**
     * Every property at once (soft assertions), each failure naming only the offending tickets,
     * numbers or event ids.
     */
    private static Verdict check(SoftAssertions soft, Answered firstTicket, List<Answered> before,
                                 List<Answered> after, List<TicketView> called, List<TicketView> today,
                                 List<Seen> hall, List<Seen> staffAll) {
        List<Answered> answered = new ArrayList<>(before);
        answered.addAll(after);
        Answered last = after.get(after.size() - 1);

        // no ticket and no number given twice to kiosks, across the crash
        soft.assertThat(duplicates(answered.stream().map(Answered::ticketId).toList()))
                .as("ticket ids the kiosks received twice").isEmpty();
        soft.assertThat(duplicates(answered.stream().map(a -> a.queueId() + " " + a.number()).toList()))
                .as("(queue, number) the kiosks received twice, before the kill and after the restart").isEmpty();

        // every answered ticket is stored, with the number the patient holds
        Map<Long, TicketView> byId = today.stream().collect(Collectors.toMap(TicketView::id, Function.identity()));
        List<String> lost = new ArrayList<>();
        for (Answered a : answered) {
            TicketView t = byId.get(a.ticketId());
            if (t == null || !t.queueId().equals(a.queueId()) || !t.number().equals(a.number())) {
                lost.add(a.ticketId() + " " + a.queueId() + " " + a.number()
                        + (t == null ? " missing" : " stored as " + t.queueId() + " " + t.number()));
            }
        }
        soft.assertThat(lost).as("answered tickets not in GET /api/v1/tickets as answered (of %s answered, %s"
                + " before the kill)", answered.size(), before.size()).isEmpty();
        soft.assertThat(called.stream().filter(c -> !byId.containsKey(c.id())).map(TicketView::number).toList())
                .as("called tickets not in the day's list").isEmpty();

        // the day's list: each number once, numbering 1..n per queue (in-flight transactions left no gap),
        // the numbers after the restart above every number before it
        soft.assertThat(duplicates(today.stream().map(t -> t.queueId() + " " + t.number()).toList()))
                .as("(queue, number) twice in the day's list").isEmpty();
        Set<Long> afterIds = after.stream().map(Answered::ticketId).collect(Collectors.toSet());
        for (String queue : CheckinLoad.QUEUES) {
            List<Long> numbers = today.stream().filter(t -> t.queueId().equals(queue))
                    .map(t -> (long) sequence(t.number())).toList();
            soft.assertThat(missing(LongStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers))
                    .as("numbers 1..%s of queue %s missing from the day's list", numbers.size(), queue).isEmpty();
            int maxBefore = today.stream().filter(t -> t.queueId().equals(queue) && !afterIds.contains(t.id()))
                    .mapToInt(t -> sequence(t.number())).max().orElse(0);
            int minAfter = after.stream().filter(a -> a.queueId().equals(queue))
                    .mapToInt(a -> sequence(a.number())).min().orElseThrow();
            soft.assertThat(minAfter).as("first number of queue %s after the restart (highest before: %s)", queue,
                    maxBefore).isGreaterThan(maxBefore);
        }

        // the event log replayed after the first check-in's event: ids without a gap up to the last
        // check-in's, and one ticket.issued for each stored ticket but the first
        long lastEventId = staffAll.stream().filter(s -> s.type() == EventType.TICKET_ISSUED
                && s.ticketId() == last.ticketId()).mapToLong(Seen::id).findFirst().orElseThrow();
        List<Seen> staff = staffAll.stream().filter(s -> s.id() <= lastEventId).toList();
        List<Long> staffIds = staff.stream().map(Seen::id).toList();
        List<Long> allIds = LongStream.rangeClosed(FIRST_EVENT + 1, lastEventId).boxed().toList();
        soft.assertThat(staffIds).as("event ids replayed after %s", FIRST_EVENT).isSorted();
        soft.assertThat(duplicates(staffIds)).as("event ids twice in the log").isEmpty();
        soft.assertThat(missing(allIds, staffIds)).as("event ids missing from the log up to the last check-in's"
                + " (%s)", lastEventId).isEmpty();
        Map<Long, Long> issuedInLog = issuedPerTicket(staff);
        soft.assertThat(today.stream().filter(t -> t.id() != firstTicket.ticketId())
                        .filter(t -> issuedInLog.getOrDefault(t.id(), 0L) != 1)
                        .map(t -> t.number() + " x" + issuedInLog.getOrDefault(t.id(), 0L)).toList())
                .as("stored tickets without exactly one ticket.issued in the event log").isEmpty();
        soft.assertThat(issuedInLog.keySet().stream().filter(id -> !byId.containsKey(id)).toList())
                .as("tickets with a ticket.issued event that are not in the day's list").isEmpty();

        // the display, subscribed before the kill: every hall event of the log exactly once, in id order
        List<Seen> display = hall.stream().filter(s -> s.id() <= lastEventId).toList();
        List<Long> displayIds = display.stream().map(Seen::id).toList();
        List<Seen> hallInLog = staff.stream().filter(s -> s.type().forHall()).toList();
        soft.assertThat(displayIds).as("event ids the display received").isSorted();
        soft.assertThat(duplicates(displayIds)).as("event ids the display received twice").isEmpty();
        soft.assertThat(display.stream().filter(s -> !hallInLog.contains(s)).toList())
                .as("events the display received that the stored log does not hold (lost or id reused)").isEmpty();
        soft.assertThat(hallInLog.stream().filter(s -> !display.contains(s)).toList())
                .as("hall events of the stored log the display did not receive").isEmpty();
        Map<Long, Long> issuedOnDisplay = issuedPerTicket(display);
        soft.assertThat(answered.stream().filter(a -> a != firstTicket)
                        .filter(a -> issuedOnDisplay.getOrDefault(a.ticketId(), 0L) != 1)
                        .map(a -> a.number() + " x" + issuedOnDisplay.getOrDefault(a.ticketId(), 0L)).toList())
                .as("answered tickets whose ticket.issued the display did not receive exactly once").isEmpty();
        long lookupCompleted = staff.stream().filter(s -> s.type() == EventType.LOOKUP_COMPLETED).count();
        if (lookupCompleted == 0) {
            soft.assertThat(missing(allIds, displayIds)).as("event ids the display missed (all events are hall"
                    + " events here)").isEmpty();
        }

        Set<Long> answeredIds = answered.stream().map(Answered::ticketId).collect(Collectors.toSet());
        int committedUnanswered = (int) today.stream().filter(t -> !answeredIds.contains(t.id())).count();
        long pending = answered.stream().filter(Answered::pendingLookup).count();
        return new Verdict(committedUnanswered, display.size(), lastEventId, lookupCompleted, pending, lost.size(),
                duplicates(answered.stream().map(a -> a.queueId() + " " + a.number()).toList()).size());
    }

    private static <T> List<T> duplicates(List<T> values) {
        Set<T> seen = new HashSet<>();
        return values.stream().filter(v -> !seen.add(v)).distinct().toList();
    }

    /** The values of {@code expected} that {@code actual} lacks. */
    private static List<Long> missing(List<Long> expected, List<Long> actual) {
        Set<Long> present = new HashSet<>(actual);
        return expected.stream().filter(v -> !present.contains(v)).toList();
    }

    private static Map<Long, Long> issuedPerTicket(List<Seen> events) {
        return events.stream().filter(s -> s.type() == EventType.TICKET_ISSUED)
                .collect(Collectors.groupingBy(Seen::ticketId, HashMap::new, Collectors.counting()));
    }

    /** {@code A012} is 12. */
    private static int sequence(String number) {
        return Integer.parseInt(number.replaceFirst("^[A-Z]+", ""));
    }

    private static BhxhSimulator startSimulator() {
        SimSettings settings = SimSettings.demo()
                .withAccounts(List.of(new SimSettings.Account(ACCOUNT, SimSettings.DEMO_PASSWORD)))
                .withFaults(new SimSettings.Faults(5, 15, 0, 0, 0));
        return new BhxhSimulator(settings, DemoPopulation.create(), Clock.systemUTC()).start(0);
    }

    private Map<String, String> serverEnvironment(BhxhSimulator sim, String adminPassword) throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        return Map.of(
                "TIEPDON_BHXH_URL", sim.baseUrl(),
                "TIEPDON_BHXH_USERNAME", ACCOUNT,
                "TIEPDON_BHXH_PASSWORD", SimSettings.DEMO_PASSWORD,
                "TIEPDON_BHXH_STAFF_NAME", SimSettings.DEMO_STAFF_NAME,
                "TIEPDON_BHXH_STAFF_CCCD", SimSettings.DEMO_STAFF_CCCD,
                "TIEPDON_ADMIN_PASSWORD", adminPassword,
                "TIEPDON_LOG_DIR", logs.toString());
    }

    /** {@code config/tiepdon.yaml}'s shape, on this test's storage and port. */
    private Path writeConfig(String storageUrl, int port, String gatewayUrl) throws IOException {
        String yaml = """
                hospital:
                  code: "01999"
                  name: "Bệnh viện Thử Kill Chín"
                  zone: "Asia/Ho_Chi_Minh"
                server:
                  host: "127.0.0.1"
                  port: %d
                  storage: "%s"
                gateway:
                  url: "%s"
                  budget: "4s"
                  breaker: { failures: 5, openFor: "30s" }
                  retry:   { first: "10s", max: "5m", count: 12 }
                checkin:
                  defaultQueue: "bhyt"
                queues:
                  - { id: "bhyt",     prefix: "A", name: "Khám BHYT" }
                  - { id: "service",  prefix: "B", name: "Khám dịch vụ" }
                  - { id: "priority", prefix: "U", name: "Ưu tiên", priority: true }
                counters:
                  - { id: "1", name: "Quầy 1", serves: ["priority", "bhyt"] }
                  - { id: "2", name: "Quầy 2", serves: ["priority", "bhyt", "service"] }
                client:
                  servers: ["http://127.0.0.1:%d"]
                  timeout: "10s"
                access:
                  lockout: { attempts: 5, duration: "15m" }
                  sessionTtl: "8h"
                display:
                  historySize: 8
                """.formatted(port, storageUrl, gatewayUrl, port);
        Path file = dir.resolve("tiepdon.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private static HttpReceptionClient client(String url, Optional<String> token, List<HttpReceptionClient> all) {
        HttpReceptionClient c = new HttpReceptionClient(List.of(url), token, Duration.ofSeconds(15));
        all.add(c);
        return c;
    }

    /** A free port, chosen once: both server processes listen on it, so clients keep one URL. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Milliseconds of each phase, for the result line. */
    private static final class Stopwatch {
        private final long started = System.nanoTime();
        private long lap = started;
        private final StringBuilder laps = new StringBuilder();

        void lap(String phase) {
            long now = System.nanoTime();
            laps.append(phase).append("Millis=").append((now - lap) / 1_000_000).append(' ');
            lap = now;
        }

        @Override
        public String toString() {
            return laps + "totalMillis=" + (System.nanoTime() - started) / 1_000_000;
        }
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
