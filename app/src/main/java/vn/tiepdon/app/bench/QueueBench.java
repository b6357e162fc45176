package vn.tiepdon.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.demo.DemoCodes;
import vn.tiepdon.app.demo.DemoSystem;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.server.HospitalSetup;

/**
 * The queue under load, through the real HTTP API with real tokens: kiosks (one device token each)
 * check demo people in as fast as they are answered (bhxh-sim over HTTP at a small latency);
 * desks (one receptionist session each, each at its own counter serving every queue) press
 * {@code next}, then {@code finish}, in a loop; a display subscribed to the hall stream receives
 * every event. Measures tickets per second, the round trips of issue ({@code POST /checkins}) and
 * call ({@code next} that called a ticket), and for each call the delay from the moment the desk
 * sent {@code next} to the display's receiving its {@code ticket.called} (also given from the
 * moment the desk had its answer). Finds tickets issued twice and tickets called twice; counts
 * failed requests.
 *
 * <p>Everything runs in one process on the same cores: the server, bhxh-sim and the clients'
 * threads compete for the CPU, so the figures are the whole system's on that machine.
 */
public final class QueueBench {
    /** The hall board's goal: a call on the board within this time of the receptionist's click. */
    public static final Duration EVENT_GOAL = Duration.ofMillis(100);
    /** A desk whose request failed presses again after this pause. */
    private static final Duration DESK_RETRY = Duration.ofMillis(50);
    /**
     * A desk that found nobody waiting presses again when the display shows a new ticket, or after
     * this long (as a receptionist watches the screen instead of pressing all the time).
     */
    private static final Duration DESK_IDLE = Duration.ofSeconds(1);
    /** After the run, how long the display may take to receive the last calls' events. */
    private static final Duration EVENT_DRAIN = Duration.ofSeconds(10);
    private static final long SEED = 20261201L;

    private final Settings settings;
    private final PrintStream out;

    /**
     * @param measured how long the figures are taken, after {@code warmup} of the same load
     * @param db       another database than a fresh H2 file ({@code jdbc:postgresql:...})
     */
    public record Options(int kiosks, int desks, Duration measured, Duration warmup, long gatewayLatencyMillis,
                          Optional<String> db, double rate) {
        public Options {
            if (kiosks < 1 || kiosks > 1000) {
                throw new IllegalArgumentException("--kiosks must be 1-1000, got " + kiosks);
            }
            if (desks < 1 || desks > 200) {
                throw new IllegalArgumentException("--desks must be 1-200, got " + desks);
            }
            if (measured.isNegative() || measured.isZero()) {
                throw new IllegalArgumentException("--seconds must be at least 1");
            }
            if (warmup.isNegative()) {
                throw new IllegalArgumentException("--warmup-seconds must not be negative");
            }
            if (gatewayLatencyMillis < 0) {
                throw new IllegalArgumentException("--gateway-latency-ms must not be negative");
            }
            if (db.isPresent() && !db.get().startsWith("jdbc:postgresql:") && !db.get().startsWith("jdbc:h2:")) {
                throw new IllegalArgumentException("--db must be a jdbc:postgresql: (or jdbc:h2:) URL");
            }
            if (rate < 0 || Double.isNaN(rate)) {
                throw new IllegalArgumentException("--rate must not be negative (0: as fast as answered)");
            }
        }

        /** As fast as the server answers. */
        public Options(int kiosks, int desks, Duration measured, Duration warmup, long gatewayLatencyMillis,
                       Optional<String> db) {
            this(kiosks, desks, measured, warmup, gatewayLatencyMillis, db, 0);
        }

        /** Nanoseconds between one kiosk's check-ins at {@code rate} (0: none). */
        long kioskIntervalNanos() {
            return rate == 0 ? 0 : Math.round(kiosks / rate * 1e9);
        }
    }

    public QueueBench(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * The configured hospital with {@code desks} counters ({@code 1}, {@code 2}…), each serving every
     * queue, priority queues first: each desk has its own counter, and any desk may call any ticket.
     */
    public static HospitalSetup withCounters(HospitalSetup base, int desks) {
        List<String> serves = base.queues().stream()
                .sorted(Comparator.comparing((QueueDefinition q) -> !q.priority()))
                .map(QueueDefinition::id).toList();
        List<CounterDefinition> counters = IntStream.rangeClosed(1, desks)
                .mapToObj(i -> new CounterDefinition(Integer.toString(i), "Quầy " + i, serves)).toList();
        return new HospitalSetup(base.hospitalCode(), base.hospitalName(), base.queues(), counters, base.zone(),
                base.defaultQueueId(), base.rules());
    }

    /** The codes the kiosks scan: demo people whose lookup answers at once, two of them priority by age. */
    static List<String> patientCodes() {
        return List.of(
                DemoCodes.cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD),
                DemoCodes.bhytQr(DemoPopulation.ELIGIBLE_BY_CARD),
                DemoCodes.cccdQr(DemoPopulation.MILITARY),
                DemoCodes.cccdQr(DemoPopulation.REDUCED),
                DemoCodes.cccdQr(DemoPopulation.OLD_CARD_VALID_NEW_CARD),
                DemoCodes.cccdQr(DemoPopulation.EXPIRED_CARD),
                DemoCodes.bhytQr(DemoPopulation.ELIGIBLE_BIRTH_YEAR_ONLY),
                DemoCodes.cccdQr(DemoPopulation.CHILD_WITHOUT_CARD));
    }

    public BenchResult run(Options o) throws Exception {
        Path home = Files.createTempDirectory("tiepdon-bench-queue-");
        Clock clock = Clock.system(settings.hospital().zone());
        HospitalSetup hospital = withCounters(settings.hospital(), o.desks());
        List<HttpReceptionClient> clients = new ArrayList<>();
        try (DemoSystem system = DemoSystem.start(settings, hospital, o.db(), home, clock)) {
            system.sim().setFaults(new SimSettings.Faults(o.gatewayLatencyMillis(), 0, 0, 0, 0));
            List<Kiosk> kiosks = new ArrayList<>();
            for (int i = 1; i <= o.kiosks(); i++) {
                HttpReceptionClient c = system.deviceClient("kiosk-" + i, Role.KIOSK);
                clients.add(c);
                kiosks.add(new Kiosk("kiosk-" + i, c, new Random(SEED + i), o.kioskIntervalNanos(),
                        o.kioskIntervalNanos() * (i - 1) / o.kiosks()));
            }
            List<Desk> desks = new ArrayList<>();
            for (int i = 0; i < o.desks(); i++) {
                HttpReceptionClient c = system.receptionistClient("bench-desk-" + (i + 1));
                clients.add(c);
                desks.add(new Desk(hospital.counters().get(i).id(), c));
            }
            return measure(system, hospital, kiosks, desks, o);
        } finally {
            clients.forEach(HttpReceptionClient::close);
            deleteQuietly(home);
        }
    }

    private BenchResult measure(DemoSystem system, HospitalSetup hospital, List<Kiosk> kiosks, List<Desk> desks,
                                Options o) throws Exception {
        QueueTally tally = new QueueTally(hospital.zone());
        CountDownLatch firstEvent = new CountDownLatch(1);
        long after = system.server().events().lastId();
        ReceptionApi.EventSubscription display = system.displayClient().subscribeHall(after, e -> {
            tally.hallEvent(e, System.nanoTime());
            firstEvent.countDown();
        });
        try {
            // the display is receiving before the load starts: one ticket issued, its event seen
            kiosks.get(0).checkIn(tally, Long.MAX_VALUE, Long.MAX_VALUE);
            if (!firstEvent.await(EVENT_DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the display received no event within " + EVENT_DRAIN);
            }
            double loadBefore = systemLoad();
            long measureFrom = System.nanoTime() + o.warmup().toNanos();
            long stopAt = measureFrom + o.measured().toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(kiosks.size() + desks.size());
            List<Future<?>> running = new ArrayList<>();
            try {
                for (Kiosk k : kiosks) {
                    running.add(pool.submit(() -> k.loop(tally, measureFrom, stopAt)));
                }
                for (Desk d : desks) {
                    running.add(pool.submit(() -> {
                        d.loop(tally, measureFrom, stopAt);
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double loadAfter = systemLoad();
            boolean drained = tally.awaitCallEvents(EVENT_DRAIN);
            if (loadBefore >= 0) {
                out.printf(java.util.Locale.ROOT, "system load average (1 min) before the run %.2f, after %.2f, on %d"
                        + " cores (other work on the machine shares them)%n", loadBefore, loadAfter,
                        Runtime.getRuntime().availableProcessors());
            }
            return result(tally.summary(), kiosks, desks, o, drained);
        } finally {
            display.close();
        }
    }

    private BenchResult result(QueueTally.Summary s, List<Kiosk> kiosks, List<Desk> desks, Options o,
                               boolean drained) {
        double seconds = o.measured().toMillis() / 1000.0;
        long[] issue = merged(kiosks.stream().map(k -> k.issue));
        long[] call = merged(desks.stream().map(d -> d.call));
        long[] finish = merged(desks.stream().map(d -> d.finish));
        long tickets = kiosks.stream().mapToLong(k -> k.inWindow.sum()).sum();
        long calls = desks.stream().mapToLong(d -> d.inWindow.sum()).sum();
        long empty = desks.stream().mapToLong(d -> d.empty.sum()).sum();
        long[] event = s.eventAfterSendMicros();
        long[] afterAnswer = s.eventAfterAnswerMicros();
        double eventP99 = ms(BenchResult.percentile(event, 99));
        boolean goalMet = event.length > 0 && BenchResult.percentile(event, 99) <= EVENT_GOAL.toMillis() * 1_000;
        out.printf("%d kiosks (%s), %d desks (one counter each), %.0f s measured after %d s warm-up, bhxh-sim"
                        + " latency %d ms, %s%n", o.kiosks(),
                o.rate() == 0 ? "each as fast as answered" : String.format(java.util.Locale.ROOT,
                        "%.1f check-ins/s in all", o.rate()), o.desks(), seconds, o.warmup().toSeconds(),
                o.gatewayLatencyMillis(), dbName(o));
        out.printf("issued %d tickets in the window (%.1f/s), %d over the whole run; issue p50 %.2f ms, p99 %.2f ms%n",
                tickets, tickets / seconds, s.issued(), ms(BenchResult.percentile(issue, 50)),
                ms(BenchResult.percentile(issue, 99)));
        out.printf("called %d in the window (%.1f/s), %d over the whole run; next p50 %.2f ms, p99 %.2f ms;"
                        + " finish p50 %.2f ms, p99 %.2f ms; %d next found nobody waiting; %d left waiting%n",
                calls, calls / seconds, s.called(), ms(BenchResult.percentile(call, 50)),
                ms(BenchResult.percentile(call, 99)), ms(BenchResult.percentile(finish, 50)),
                ms(BenchResult.percentile(finish, 99)), empty, s.issued() - s.called());
        out.printf("ticket.called on the display, from the desk's sending next: p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                        + " (%d calls); from the desk's having the answer: p50 %.2f ms, p99 %.2f ms; goal p99 <= %d ms:"
                        + " %s%n", ms(BenchResult.percentile(event, 50)), eventP99,
                ms(event.length == 0 ? 0 : event[event.length - 1]), event.length,
                ms(BenchResult.percentile(afterAnswer, 50)), ms(BenchResult.percentile(afterAnswer, 99)),
                EVENT_GOAL.toMillis(), goalMet ? "met" : "MISSED");
        out.printf("duplicates: %d issued twice, %d called twice, %d call events naming another counter;"
                        + " %d calls without their event%s; %d hall events received; errors: %s%n",
                s.duplicateIssues(), s.duplicateCalls(), s.wrongCounterEvents(), s.missingEvents(),
                drained ? "" : " after waiting " + EVENT_DRAIN.toSeconds() + " s", s.hallEvents(),
                s.errors().isEmpty() ? "none" : s.errors());
        return new BenchResult().putText("bench", "queue").put("kiosks", o.kiosks()).put("desks", o.desks())
                .put("seconds", o.measured().toSeconds()).put("rate", o.rate())
                .put("gateway_latency_ms", o.gatewayLatencyMillis())
                .putText("db", dbName(o))
                .put("tickets", tickets).put("per_second", tickets / seconds)
                .put("calls", calls).put("calls_per_second", calls / seconds)
                .put("issue_p50_ms", ms(BenchResult.percentile(issue, 50)))
                .put("issue_p99_ms", ms(BenchResult.percentile(issue, 99)))
                .put("call_p50_ms", ms(BenchResult.percentile(call, 50)))
                .put("call_p99_ms", ms(BenchResult.percentile(call, 99)))
                .put("event_p50_ms", ms(BenchResult.percentile(event, 50)))
                .put("event_p99_ms", eventP99)
                .put("event_max_ms", ms(event.length == 0 ? 0 : event[event.length - 1]))
                .put("event_after_answer_p99_ms", ms(BenchResult.percentile(afterAnswer, 99)))
                .putText("event_goal_met", Boolean.toString(goalMet))
                .put("duplicates", s.duplicates())
                .put("missing_events", s.missingEvents())
                .put("errors", s.errorCount());
    }

    /** The operating system's load average over the last minute; negative where it has none. */
    private static double systemLoad() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String dbName(Options o) {
        return o.db().map(u -> u.startsWith("jdbc:postgresql:") ? "postgresql" : "h2").orElse("h2");
    }

    private static long[] merged(Stream<Samples> samples) {
        Samples all = new Samples();
        samples.forEach(s -> {
            for (long v : s.sorted()) {
                all.add(v);
            }
        });
        return all.sorted();
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static void deleteQuietly(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /** One kiosk: its own device token, checking in one demo person after another. */
    private static final class Kiosk {
        private static final List<String> CODES = patientCodes();
        final String id;
        final HttpReceptionClient client;
        final Random random;
        final long intervalNanos;
        final long offsetNanos;
        final Samples issue = new Samples();
        final LongAdder inWindow = new LongAdder();

        /** {@code intervalNanos} between check-ins (0: the next as soon as one is answered), the first after {@code offsetNanos}. */
        Kiosk(String id, HttpReceptionClient client, Random random, long intervalNanos, long offsetNanos) {
            this.id = id;
            this.client = client;
            this.random = random;
            this.intervalNanos = intervalNanos;
            this.offsetNanos = offsetNanos;
        }

        void loop(QueueTally tally, long measureFrom, long stopAt) {
            long next = System.nanoTime() + offsetNanos;
            while (true) {
                long now = System.nanoTime();
                if (now < next) {
                    LockSupport.parkNanos(next - now);
                    continue;
                }
                if (now >= stopAt) {
                    return;
                }
                checkIn(tally, measureFrom, stopAt);
                // a check-in answered late skips the slots it missed rather than catching up in a burst
                next = Math.max(next + intervalNanos, intervalNanos == 0 ? 0 : System.nanoTime());
            }
        }

        void checkIn(QueueTally tally, long measureFrom, long stopAt) {
            String code = CODES.get(random.nextInt(CODES.size()));
            long t0 = System.nanoTime();
            try {
                TicketView ticket = client.checkIn(new CheckinRequest(id, IdentificationMethod.QR, code,
                        Optional.empty(), Optional.empty())).ticket();
                long t1 = System.nanoTime();
                tally.issued(ticket);
                if (t0 >= measureFrom && t0 < stopAt) {
                    issue.add((t1 - t0) / 1_000);
                }
                if (t1 >= measureFrom && t1 < stopAt) {
                    inWindow.increment();
                }
            } catch (RuntimeException e) {
                tally.failed("checkin", e);
            }
        }
    }

    /** One desk: a receptionist's session at its own counter, pressing next, then finish. */
    private static final class Desk {
        final String counterId;
        final HttpReceptionClient client;
        final Samples call = new Samples();
        final Samples finish = new Samples();
        final LongAdder inWindow = new LongAdder();
        final LongAdder empty = new LongAdder();

        Desk(String counterId, HttpReceptionClient client) {
            this.counterId = counterId;
            this.client = client;
        }

        void loop(QueueTally tally, long measureFrom, long stopAt) throws InterruptedException {
            while (System.nanoTime() < stopAt) {
                long seen = tally.issuedEvents();
                long t0 = System.nanoTime();
                Optional<TicketView> called;
                try {
                    called = client.counter(CounterVerb.NEXT, counterId);
                } catch (RuntimeException e) {
                    tally.failed("next", e);
                    LockSupport.parkNanos(DESK_RETRY.toNanos());
                    continue;
                }
                long t1 = System.nanoTime();
                if (called.isEmpty()) {
                    empty.increment();
                    tally.awaitIssuedEvent(seen, Duration.ofNanos(Math.min(DESK_IDLE.toNanos(),
                            Math.max(0, stopAt - System.nanoTime()))));
                    continue;
                }
                boolean measured = t0 >= measureFrom;
                tally.called(new QueueTally.Call(called.get().id(), counterId, t0, t1, measured));
                if (measured) {
                    call.add((t1 - t0) / 1_000);
                }
                if (t1 >= measureFrom && t1 < stopAt) {
                    inWindow.increment();
                }
                long f0 = System.nanoTime();
                try {
                    client.counter(CounterVerb.FINISH, counterId);
                    if (f0 >= measureFrom && f0 < stopAt) {
                        finish.add((System.nanoTime() - f0) / 1_000);
                    }
                } catch (RuntimeException e) {
                    tally.failed("finish", e);
                }
            }
        }
    }
}
