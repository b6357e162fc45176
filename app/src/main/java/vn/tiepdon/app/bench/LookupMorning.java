package vn.tiepdon.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.demo.DemoCodes;
import vn.tiepdon.app.demo.DemoSystem;
import vn.tiepdon.bhxhsim.Population;
import vn.tiepdon.bhxhsim.SimPerson;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.eligibility.GatewayBreaker;
import vn.tiepdon.server.storage.Database;

/**
 * {@code bench lookup --morning}: a hospital's morning against the BHXH gateway as it is in 2026,
 * in simulated time. {@code checkIns} patients arrive at seeded random moments over {@code length}
 * (a Poisson morning of a fixed count) and check in at kiosks through the server's HTTP API, each
 * on its own thread. bhxh-sim knows a seeded population and answers in 5 to 30 s; it is down, holding
 * every request without an answer, for {@code outageLength} from {@code outageAt}. The server runs
 * the configured gateway settings (budget, breaker, retries, quota, reuse, background budget); the
 * simulator's account has the same quota, so a server that overspent it would be restricted.
 *
 * <p>Time runs {@code speed} times faster than real time ({@link ScaledClock}): the server, the
 * simulator and this schedule read the scaled clock, the gateway code's waits are scaled
 * ({@link vn.tiepdon.server.eligibility.Pace}), the simulator's latency is given in real
 * milliseconds (5,000/speed plus up to 25,000/speed), and the server looks for due background
 * retries every {@link ReceptionServer#RETRY_TICK}/speed (at least 20 ms).
 *
 * <p>Measured: gateway card checks received by the simulator per check-in; those received during
 * the outage against the breaker's probes expected (outage length / {@code openFor}); the share of
 * lookups completed (not pending, not a gateway error) when the morning ends; the simulated time
 * from the gateway's return to the moment no lookup pending at that moment is pending any more;
 * and the kiosks' check-in times.
 */
public final class LookupMorning {
    /** The simulated morning starts at this local time on the current date. */
    static final LocalTime OPENING = LocalTime.of(7, 0);
    /** A repeat scan is of a card checked in at most this long before. */
    static final Duration REPEAT_WITHIN = Duration.ofMinutes(5);
    /** The simulated gateway's answers: this latency plus up to {@link #GATEWAY_JITTER}. */
    static final Duration GATEWAY_LATENCY = Duration.ofSeconds(5);
    static final Duration GATEWAY_JITTER = Duration.ofSeconds(25);
    /** How often the bench looks at the pending lookups, in simulated time. */
    static final Duration POLL = Duration.ofSeconds(1);
    /** Share of check-ins by CCCD QR among people with a full birth date (the rest scan their BHYT card). */
    static final double CCCD_SHARE = 0.7;

    /**
     * @param checkIns     check-ins in the morning
     * @param length       the morning's simulated length
     * @param outageAt     when the gateway goes down, after the morning's start
     * @param outageLength how long it stays down
     * @param speed        simulated seconds per real second
     * @param kiosks       kiosks (device tokens and threads) checking in
     * @param repeatShare  share of check-ins that scan a card checked in within {@link #REPEAT_WITHIN}
     * @param drainCap     how long after the morning the bench waits for the outage's lookups
     * @param warmup       check-ins of a short morning on a throwaway system first (see {@link #warmUp})
     */
    public record Options(int checkIns, Duration length, Duration outageAt, Duration outageLength, double speed,
                          int kiosks, double repeatShare, long seed, Duration drainCap, int warmup) {
        public Options {
            if (checkIns < 1 || checkIns > 100_000) {
                throw new IllegalArgumentException("--check-ins must be 1-100000, got " + checkIns);
            }
            if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(16)) > 0) {
                throw new IllegalArgumentException("--hours must be more than 0 and at most 16");
            }
            if (outageAt.isNegative() || outageLength.isNegative()
                    || outageAt.plus(outageLength).compareTo(length) > 0) {
                throw new IllegalArgumentException("the outage (--outage-at-minutes + --outage-minutes) must end"
                        + " within the morning (--hours)");
            }
            if (!(speed >= 1 && speed <= 1000)) {
                throw new IllegalArgumentException("--speed must be 1-1000, got " + speed);
            }
            if (kiosks < 1 || kiosks > 500) {
                throw new IllegalArgumentException("--kiosks must be 1-500, got " + kiosks);
            }
            if (!(repeatShare >= 0 && repeatShare < 1)) {
                throw new IllegalArgumentException("--repeat-share must be at least 0 and below 1");
            }
            if (drainCap.isNegative()) {
                throw new IllegalArgumentException("the drain cap must not be negative");
            }
            if (warmup < 0 || warmup > 100_000) {
                throw new IllegalArgumentException("--warmup must be 0-100000, got " + warmup);
            }
        }
    }

    /** One planned check-in: when (after the morning's start), who, and whether the card was scanned before. */
    record Arrival(Duration at, SimPerson person, String code, boolean repeat) {
    }

    private final Settings settings;
    private final PrintStream out;

    public LookupMorning(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * The morning's check-ins: {@code checkIns} moments drawn uniformly over the morning; each a new
     * person of {@code people} in order, except that with probability {@code repeatShare} (when
     * someone checked in within {@link #REPEAT_WITHIN} before) it is the same code again: a patient
     * who scans twice.
     */
    static List<Arrival> plan(Options o, List<SimPerson> people) {
        Random random = new Random(o.seed());
        long lengthMillis = o.length().toMillis();
        List<Long> moments = new ArrayList<>(o.checkIns());
        for (int i = 0; i < o.checkIns(); i++) {
            moments.add((long) (random.nextDouble() * lengthMillis));
        }
        Collections.sort(moments);
        List<Arrival> plan = new ArrayList<>(o.checkIns());
        int next = 0;
        for (long at : moments) {
            Duration when = Duration.ofMillis(at);
            if (random.nextDouble() < o.repeatShare()) {
                List<Arrival> recent = plan.stream().filter(a -> !a.repeat())
                        .filter(a -> when.minus(a.at()).compareTo(REPEAT_WITHIN) <= 0).toList();
                if (!recent.isEmpty()) {
                    Arrival first = recent.get(random.nextInt(recent.size()));
                    plan.add(new Arrival(when, first.person(), first.code(), true));
                    continue;
                }
            }
            if (next >= people.size()) {
                throw new IllegalArgumentException("the population has fewer people than the morning's check-ins");
            }
            SimPerson p = people.get(next++);
            boolean cccd = p.dateOfBirth().fullDate().isPresent() && random.nextDouble() < CCCD_SHARE;
            plan.add(new Arrival(when, p, cccd ? DemoCodes.cccdQr(p) : DemoCodes.bhytQr(p), false));
        }
        return plan;
    }

    /**
     * Compiles the hot code before the morning: a short morning of the same kind (the same speed,
     * latency and settings, a 2-minute outage) on a throwaway system, its figures not kept. At speed
     * 60 a real millisecond is 60 simulated ones, so a cold JVM's first check-ins (tens of ms slower
     * while the JIT compiles the server, client, simulator and database code) would show as
     * seconds-long waits at the kiosk.
     */
    void warmUp(Options o) throws Exception {
        if (o.warmup() <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        Duration length = Duration.ofMinutes(Math.max(10, o.warmup() / 10));
        Options warm = new Options(o.warmup(), length, Duration.ofMinutes(3), Duration.ofMinutes(2), o.speed(),
                o.kiosks(), o.repeatShare(), o.seed() + 1, Duration.ZERO, 0);
        new LookupMorning(settings, new PrintStream(java.io.OutputStream.nullOutputStream())).run(warm);
        out.printf(Locale.ROOT, "warm-up: a morning of %d check-ins over %s simulated (a 2-minute outage) on a"
                + " throwaway system, %.1f s%n", o.warmup(), human(length), (System.nanoTime() - t0) / 1e9);
    }

    public BenchResult run(Options o) throws Exception {
        warmUp(o);
        ZoneId zone = settings.hospital().zone();
        Instant opening = LocalDate.now(zone).atTime(OPENING).atZone(zone).toInstant();
        ScaledClock clock = new ScaledClock(opening, o.speed(), zone);
        Population population = Population.seeded(o.seed(), o.checkIns(), clock);
        List<SimPerson> people = new ArrayList<>(population.people());
        Collections.shuffle(people, new Random(o.seed() ^ 0x9E3779B97F4A7C15L));
        List<Arrival> plan = plan(o, people);
        long repeats = plan.stream().filter(Arrival::repeat).count();
        Duration tick = ReceptionServer.RETRY_TICK.dividedBy((long) Math.max(1, o.speed()));
        tick = tick.compareTo(Duration.ofMillis(20)) < 0 ? Duration.ofMillis(20) : tick;
        Path home = Files.createTempDirectory("tiepdon-bench-morning-");
        List<HttpReceptionClient> clients = new ArrayList<>();
        try (DemoSystem system = DemoSystem.start(settings, settings.hospital(), Optional.empty(), home, clock,
                new DemoSystem.Options(population, settings.retries(), true, clock.pace(), tick, true))) {
            system.sim().setFaults(new SimSettings.Faults(realMillis(GATEWAY_LATENCY, o.speed()),
                    realMillis(GATEWAY_JITTER, o.speed()), 0, 0, 0));
            var quota = settings.guard().quota();
            system.sim().setQuota(new SimSettings.Quota(quota.perMinute(), quota.perDay()));
            List<HttpReceptionClient> kiosks = new ArrayList<>();
            for (int i = 1; i <= o.kiosks(); i++) {
                HttpReceptionClient c = system.deviceClient("kiosk-" + i, Role.KIOSK);
                clients.add(c);
                kiosks.add(c);
            }
            out.printf(Locale.ROOT, "morning: %d check-ins (%d distinct people, %d repeat scans within %d min) over"
                            + " %s of simulated time at %.0fx; gateway answers in %d-%d s, down for %d min from"
                            + " minute %d; %d kiosks; server: budget %s, breaker %d failures/%s, retries %s,"
                            + " quota %d/min %d/day (background %.0f %%), reuse %s, background budget %s; retry tick"
                            + " %d ms real%n", o.checkIns(), o.checkIns() - repeats, repeats,
                    REPEAT_WITHIN.toMinutes(), human(o.length()), o.speed(), GATEWAY_LATENCY.toSeconds(),
                    GATEWAY_LATENCY.plus(GATEWAY_JITTER).toSeconds(), o.outageLength().toMinutes(),
                    o.outageAt().toMinutes(), o.kiosks(), settings.gatewayBudget(),
                    settings.breaker().failuresInARow(), settings.breaker().openFor(), settings.retries(),
                    quota.perMinute(), quota.perDay(), quota.backgroundShare() * 100,
                    settings.guard().reuseAnswerFor(), settings.guard().backgroundBudget(), tick.toMillis());
            return new Run(system, clock, o, plan, kiosks).measure(repeats);
        } finally {
            clients.forEach(HttpReceptionClient::close);
            deleteQuietly(home);
        }
    }

    /** One morning in progress. */
    private final class Run {
        private final DemoSystem system;
        private final ScaledClock clock;
        private final Options o;
        private final List<Arrival> plan;
        private final List<HttpReceptionClient> kiosks;
        private final Database db;
        private final Samples checkinMillis = new Samples();
        private final Samples scaledMillis = new Samples();
        private final LongAdder errors = new LongAdder();
        private final LongAdder answeredAtOnce = new LongAdder();
        private final LongAdder overBudget = new LongAdder();
        private final AtomicLong pendingMax = new AtomicLong();
        private volatile Instant start;
        private volatile Instant outageEnd;
        /** The last lookup id when the gateway came back; -1 before. */
        private final AtomicLong outageLastId = new AtomicLong(-1);
        private final AtomicReference<Instant> drained = new AtomicReference<>();
        /** From the morning's end to the first moment after it with no lookup pending. */
        private final AtomicReference<Duration> settled = new AtomicReference<>();
        private long[] answers = new long[0];
        /** Every check-in has been answered (set after the morning). */
        private volatile boolean checkInsDone;
        private volatile long pendingAtReturn;
        private volatile long requestsAtOutageStart;
        private volatile long requestsAtOutageEnd;
        private volatile long tokensAtOutageStart;
        private volatile long tokensAtOutageEnd;
        private volatile boolean down;
        /** Gateway requests (card checks and logins) received when the breaker first opened in the outage; -1 before. */
        private final AtomicLong requestsAtFirstOpen = new AtomicLong(-1);
        private final LongAdder outageProbes = new LongAdder();

        Run(DemoSystem system, ScaledClock clock, Options o, List<Arrival> plan, List<HttpReceptionClient> kiosks) {
            this.system = system;
            this.clock = clock;
            this.o = o;
            this.plan = plan;
            this.kiosks = kiosks;
            this.db = system.server().database();
        }

        BenchResult measure(long repeats) throws Exception {
            long requestsBefore = system.sim().lookupRequests();
            long tokensBefore = system.sim().tokenRequests();
            long restrictedBefore = system.sim().restrictedReplies();
            ExecutorService pool = Executors.newFixedThreadPool(o.kiosks(), r -> daemon(r, "morning-kiosk"));
            ExecutorService helpers = Executors.newFixedThreadPool(2, r -> daemon(r, "morning-helper"));
            system.eligibility().breaker().onTransition(state -> {
                if (!down) {
                    return;
                }
                if (state == GatewayBreaker.State.OPEN) {
                    requestsAtFirstOpen.compareAndSet(-1, gatewayRequests());
                } else if (state == GatewayBreaker.State.HALF_OPEN) {
                    outageProbes.increment();
                }
            });
            long realStart = System.nanoTime();
            start = clock.instant();
            Instant end = start.plus(o.length());
            List<Future<?>> checkIns = new ArrayList<>(plan.size());
            Future<?> outage = helpers.submit(this::outage);
            Future<?> poller = helpers.submit(() -> poll(end.plus(o.drainCap())));
            try {
                int i = 0;
                Duration nextReport = Duration.ofMinutes(30);
                for (Arrival a : plan) {
                    clock.sleepUntil(start.plus(a.at()));
                    if (a.at().compareTo(nextReport) >= 0) {
                        report(nextReport);
                        nextReport = nextReport.plusMinutes(30);
                    }
                    HttpReceptionClient kiosk = kiosks.get(i % kiosks.size());
                    String kioskId = "kiosk-" + (i % kiosks.size() + 1);
                    checkIns.add(pool.submit(() -> checkIn(kiosk, kioskId, a)));
                    i++;
                }
                clock.sleepUntil(end);
                for (Future<?> f : checkIns) {
                    f.get();
                }
                checkInsDone = true;
                report(o.length());
                outage.get();
                long[] atEnd = lookupCounts();
                poller.get();
                long requests = system.sim().lookupRequests() - requestsBefore;
                long[] afterDrain = lookupCounts();
                answers = answerMillis();
                double realSeconds = (System.nanoTime() - realStart) / 1e9;
                return result(repeats, requests, system.sim().tokenRequests() - tokensBefore,
                        system.sim().restrictedReplies() - restrictedBefore, atEnd, afterDrain, realSeconds);
            } finally {
                pool.shutdownNow();
                helpers.shutdownNow();
                system.sim().setDown(false);
            }
        }

        private void checkIn(HttpReceptionClient kiosk, String kioskId, Arrival a) {
            long t0 = System.nanoTime();
            try {
                CheckinResponse r = kiosk.checkIn(new CheckinRequest(kioskId, IdentificationMethod.QR, a.code(),
                        Optional.empty(), Optional.empty()));
                long realNanos = System.nanoTime() - t0;
                // the gateway's wait in simulated time, the server's own work as long as it really took
                long lookupRealNanos = (long) (r.lookup().millis() * 1e6 / o.speed());
                long millis = r.lookup().millis() + Math.max(0, realNanos - lookupRealNanos) / 1_000_000;
                checkinMillis.add(millis);
                scaledMillis.add(clock.simulated(realNanos).toMillis());
                if (millis > settings.gatewayBudget().toMillis()) {
                    overBudget.increment();
                }
                if (!r.lookup().pending()) {
                    answeredAtOnce.increment();
                }
            } catch (RuntimeException e) {
                errors.increment();
                out.println("check-in failed: " + e.getClass().getSimpleName());
            }
        }

        /** Takes the gateway down at {@code outageAt} for {@code outageLength}, counting what it received meanwhile. */
        private Void outage() throws InterruptedException {
            if (o.outageLength().isZero()) {
                return null;
            }
            clock.sleepUntil(start.plus(o.outageAt()));
            requestsAtOutageStart = system.sim().lookupRequests();
            tokensAtOutageStart = system.sim().tokenRequests();
            if (system.eligibility().breaker().state() == GatewayBreaker.State.OPEN) {
                requestsAtFirstOpen.set(gatewayRequests());
            }
            down = true;
            system.sim().setDown(true);
            clock.sleepUntil(start.plus(o.outageAt()).plus(o.outageLength()));
            requestsAtOutageEnd = system.sim().lookupRequests();
            tokensAtOutageEnd = system.sim().tokenRequests();
            down = false;
            outageEnd = clock.instant();
            system.sim().setDown(false);
            long[] snapshot = query("select coalesce(max(id), 0), count(case when pending then 1 end) from lookups");
            pendingAtReturn = snapshot[1];
            outageLastId.set(snapshot[0]);
            return null;
        }

        /**
         * Every {@link #POLL} of simulated time: the most lookups pending at once, and once the gateway
         * is back, when the last of the lookups pending at its return stopped being pending. Ends when
         * that has happened, the morning is over and no lookup is pending any more, or at {@code cap}.
         */
        private Void poll(Instant cap) throws InterruptedException {
            Instant morningEnd = start.plus(o.length());
            while (true) {
                Instant now = clock.instant();
                long[] pending = query("select count(*) from lookups where pending = true");
                pendingMax.accumulateAndGet(pending[0], Math::max);
                long lastId = outageLastId.get();
                if (lastId >= 0 && drained.get() == null) {
                    long left = query("select count(*) from lookups where pending = true and id <= " + lastId)[0];
                    if (left == 0) {
                        drained.set(now);
                        out.printf(Locale.ROOT, "[%s] the last lookup pending at the gateway's return is done,"
                                + " %s after it%n", human(Duration.between(start, now)),
                                human(Duration.between(outageEnd, now)));
                    }
                }
                boolean outageDone = o.outageLength().isZero() || drained.get() != null;
                if (outageDone && checkInsDone && !now.isBefore(morningEnd) && pending[0] == 0) {
                    settled.set(Duration.between(morningEnd, now));
                    return null;
                }
                if (!now.isBefore(cap)) {
                    return null;
                }
                clock.sleepUntil(now.plus(POLL));
            }
        }

        /** Card checks and logins the simulator received so far. */
        private long gatewayRequests() {
            return system.sim().lookupRequests() + system.sim().tokenRequests();
        }

        private void report(Duration at) {
            long[] c = lookupCounts();
            GatewayBreaker breaker = system.eligibility().breaker();
            out.printf(Locale.ROOT, "[%s] %d lookups, %d pending, %d gateway errors; %d card checks sent so far;"
                            + " breaker %s; gateway %s%n", human(at), c[0], c[1], c[3],
                    system.sim().lookupRequests(), breaker.state(), system.sim().down() ? "DOWN" : "up");
        }

        /** All lookups, pending, completed (not pending, not a gateway error), gateway errors not pending. */
        private long[] lookupCounts() {
            return query("select count(*), count(case when pending then 1 end),"
                    + " count(case when not pending and lookup_class <> 'GATEWAY_ERROR' then 1 end),"
                    + " count(case when not pending and lookup_class = 'GATEWAY_ERROR' then 1 end) from lookups");
        }

        /**
         * For each lookup checked in outside the outage, how long after its start the desk had its
         * answer, in simulated ms, sorted: the kiosk's own wait when it was answered at once, else
         * its {@code lookup.completed} event (a background retry that got or reused the answer).
         */
        private long[] answerMillis() {
            Instant from = start.plus(o.outageAt());
            Instant to = outageEnd == null ? from : outageEnd;
            String sql = "select l.at, l.millis, (select min(e.at) from events e where e.ticket_id = t.id and e.type ="
                    + " 'lookup.completed') from lookups l join tickets t on t.lookup_id = l.id"
                    + " where l.pending = false";
            List<Long> out = new ArrayList<>();
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
                    if (!at.isBefore(from) && at.isBefore(to)) {
                        continue;
                    }
                    java.time.OffsetDateTime completed = rs.getObject(3, java.time.OffsetDateTime.class);
                    out.add(completed == null ? rs.getLong(2) : Duration.between(at, completed.toInstant()).toMillis());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the lookups: " + e.getMessage(), e);
            }
            return out.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        private long[] query(String sql) {
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long[] values = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getLong(i + 1);
                }
                return values;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the lookups: " + e.getMessage(), e);
            }
        }

        private BenchResult result(long repeats, long requests, long tokens, long restricted, long[] atEnd,
                                   long[] afterDrain, double realSeconds) {
            long[] checkin = checkinMillis.sorted();
            long[] scaled = scaledMillis.sorted();
            long outageChecks = requestsAtOutageEnd - requestsAtOutageStart;
            long outageTokens = tokensAtOutageEnd - tokensAtOutageStart;
            long outageRequests = outageChecks + outageTokens;
            long atOpen = requestsAtFirstOpen.get();
            long beforeOpen = atOpen < 0 ? outageRequests
                    : Math.max(0, atOpen - requestsAtOutageStart - tokensAtOutageStart);
            long afterOpen = outageRequests - beforeOpen;
            long probesMade = outageProbes.sum();
            boolean outageGoal = afterOpen <= probesMade && probesMade <= Math.max(1,
                    o.outageLength().toMillis() / settings.breaker().openFor().toMillis());
            GatewayBreaker.Settings breaker = settings.breaker();
            long probes = o.outageLength().toMillis() / breaker.openFor().toMillis();
            double perCheckin = (double) requests / o.checkIns();
            double completed = atEnd[0] == 0 ? 0 : (double) atEnd[2] / atEnd[0];
            double completedAfter = afterDrain[0] == 0 ? 0 : (double) afterDrain[2] / afterDrain[0];
            Optional<Duration> drain = Optional.ofNullable(drained.get()).filter(d -> outageEnd != null)
                    .map(d -> Duration.between(outageEnd, d));
            out.printf(Locale.ROOT, "%d check-ins (%d repeat scans) in %.0f s real; %d errors; %d answered at the"
                            + " kiosk, the rest pending%n", o.checkIns(), repeats, realSeconds, errors.sum(),
                    answeredAtOnce.sum());
            out.printf(Locale.ROOT, "gateway card checks: %d (%.3f per check-in, goal <= 1.2: %s); token requests"
                            + " %d; restricted replies %d%n", requests, perCheckin, perCheckin <= 1.2 ? "met" : "MISSED",
                    tokens, restricted);
            if (!o.outageLength().isZero()) {
                out.printf(Locale.ROOT, "during the %d-min outage the gateway received %d requests (%d card checks,"
                                + " %d logins): %d before the breaker opened (it opens when a request has waited %s"
                                + " with nothing heard from the gateway, or after %d failed lookups in a row; a"
                                + " kiosk's request fails when it gives up, %s after it was sent), %d after, while"
                                + " the breaker let %d probes through (at most %d: one per %s open); once it was"
                                + " open, only its probes: %s; %d lookups pending at the gateway's return%n",
                        o.outageLength().toMinutes(), outageRequests, outageChecks, outageTokens, beforeOpen,
                        breaker.silentFor(), breaker.failuresInARow(), settings.guard().backgroundBudget(), afterOpen,
                        probesMade, probes,
                        breaker.openFor(), outageGoal ? "met" : "MISSED", pendingAtReturn);
                out.printf(Locale.ROOT, "the last of them done %s after the gateway's return%s%n",
                        drain.map(LookupMorning::human).orElse("NOT"),
                        drain.isPresent() ? "" : " (waited " + human(o.drainCap()) + " after the morning)");
            }
            out.printf(Locale.ROOT, "at the morning's end: %d lookups, %d completed (%.2f %%), %d pending, %d gateway"
                            + " errors; most pending at once %d; %s: %d completed (%.2f %%), %d pending, %d gateway"
                            + " errors%n",
                    atEnd[0], atEnd[2], completed * 100, atEnd[1], atEnd[3], pendingMax.get(),
                    Optional.ofNullable(settled.get()).map(d -> "none pending any more " + human(d) + " later")
                            .orElse("after waiting " + human(o.drainCap())), afterDrain[2], completedAfter * 100,
                    afterDrain[1], afterDrain[3]);
            out.printf(Locale.ROOT, "the desk has the lookup's answer (check-ins outside the outage, %d): p50 %.1f s,"
                            + " p90 %.1f s, p99 %.1f s after the check-in%n", answers.length,
                    BenchResult.percentile(answers, 50) / 1000.0, BenchResult.percentile(answers, 90) / 1000.0,
                    BenchResult.percentile(answers, 99) / 1000.0);
            out.printf(Locale.ROOT, "kiosk check-in (gateway wait simulated, server work at real speed): p50 %d ms,"
                            + " p99 %d ms, max %d ms, %d over the %d ms budget; whole round trip scaled x%.0f: p50 %d"
                            + " ms, p99 %d ms%n", BenchResult.percentile(checkin, 50),
                    BenchResult.percentile(checkin, 99), checkin.length == 0 ? 0 : checkin[checkin.length - 1],
                    overBudget.sum(), settings.gatewayBudget().toMillis(), o.speed(), BenchResult.percentile(scaled, 50),
                    BenchResult.percentile(scaled, 99));
            BenchResult r = new BenchResult().putText("bench", "lookup-morning").put("check_ins", o.checkIns())
                    .putText("requests_per_checkin", String.format(Locale.ROOT, "%.3f", perCheckin))
                    .put("outage_requests", outageRequests)
                    .put("breaker_probes_expected", probes)
                    .putText("completed_share", String.format(Locale.ROOT, "%.4f", completed))
                    .putText("drain_after_return_s", drain.map(d -> Long.toString(d.toSeconds())).orElse("none"))
                    .put("checkin_p50_ms", BenchResult.percentile(checkin, 50))
                    .put("checkin_p99_ms", BenchResult.percentile(checkin, 99))
                    .put("speed", Math.round(o.speed()))
                    .put("repeats", repeats)
                    .put("gateway_requests", requests)
                    .put("outage_card_checks", outageChecks)
                    .put("outage_token_requests", outageTokens)
                    .put("outage_requests_before_open", beforeOpen)
                    .put("outage_requests_after_open", afterOpen)
                    .put("outage_probes", probesMade)
                    .put("pending_at_return", pendingAtReturn)
                    .put("pending_max", pendingMax.get())
                    .put("gateway_errors", atEnd[3])
                    .putText("completed_share_after_wait", String.format(Locale.ROOT, "%.4f", completedAfter))
                    .putText("settled_after_end_s", Optional.ofNullable(settled.get())
                            .map(d -> Long.toString(d.toSeconds())).orElse("none"))
                    .put("answer_p50_s", BenchResult.percentile(answers, 50) / 1000.0)
                    .put("answer_p90_s", BenchResult.percentile(answers, 90) / 1000.0)
                    .put("checkin_max_ms", checkin.length == 0 ? 0 : checkin[checkin.length - 1])
                    .put("checkins_over_budget", overBudget.sum())
                    .put("checkin_scaled_p99_ms", BenchResult.percentile(scaled, 99))
                    .put("restricted_replies", restricted)
                    .put("errors", errors.sum());
            return r;
        }
    }

    static long realMillis(Duration simulated, double speed) {
        return Math.round(simulated.toMillis() / speed);
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void deleteQuietly(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
