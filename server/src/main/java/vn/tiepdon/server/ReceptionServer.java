package vn.tiepdon.server;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.ConcurrentVisits;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.server.access.AccessRoutes;
import vn.tiepdon.server.access.AccessService;
import vn.tiepdon.server.access.AccessSettings;
import vn.tiepdon.server.access.PasswordHasher;
import vn.tiepdon.server.access.Tokens;
import vn.tiepdon.server.checkin.CheckinRoutes;
import vn.tiepdon.server.checkin.CheckinService;
import vn.tiepdon.server.checkin.FeePayingChoice;
import vn.tiepdon.server.checkin.PendingLookupRetrier;
import vn.tiepdon.server.checkin.RetrySchedule;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.gateway.GatewayHealthStore;
import vn.tiepdon.server.gateway.GatewayNotices;
import vn.tiepdon.server.gateway.GatewayRoutes;
import vn.tiepdon.server.eligibility.VisitHistorySource;
import vn.tiepdon.server.events.EventLog;
import vn.tiepdon.server.events.EventRoutes;
import vn.tiepdon.server.health.HealthRoutes;
import vn.tiepdon.server.history.HistorySettings;
import vn.tiepdon.server.history.OtherFacilityCheckRecorder;
import vn.tiepdon.server.history.OtherFacilityChecks;
import vn.tiepdon.server.history.VisitHistoryRoutes;
import vn.tiepdon.server.history.VisitHistoryService;
import vn.tiepdon.server.http.ApiJson;
import vn.tiepdon.server.http.ApiServer;
import vn.tiepdon.server.http.Routes;
import vn.tiepdon.server.lookups.LookupRoutes;
import vn.tiepdon.server.lookups.LookupStatistics;
import vn.tiepdon.server.lookups.LookupStore;
import vn.tiepdon.server.lookups.PendingLookupStore;
import vn.tiepdon.server.overrides.OverrideRoutes;
import vn.tiepdon.server.overrides.OverrideService;
import vn.tiepdon.server.portraits.PortraitPurger;
import vn.tiepdon.server.portraits.PortraitRoutes;
import vn.tiepdon.server.portraits.PortraitService;
import vn.tiepdon.server.portraits.PortraitStore;
import vn.tiepdon.server.proof.LookupProofs;
import vn.tiepdon.server.proof.ProofContent;
import vn.tiepdon.server.proof.ProofPdf;
import vn.tiepdon.server.proof.ProofRoutes;
import vn.tiepdon.server.queue.QueueRoutes;
import vn.tiepdon.server.queue.QueueService;
import vn.tiepdon.server.queue.TicketStore;
import vn.tiepdon.server.queue.TicketViews;
import vn.tiepdon.server.reports.BhxhReport;
import vn.tiepdon.server.reports.BhxhSubmissions;
import vn.tiepdon.server.reports.ReportRoutes;
import vn.tiepdon.server.stats.QueueStatistics;
import vn.tiepdon.server.stats.QueueStatsRoutes;
import vn.tiepdon.server.storage.Database;

/** The reception server, wired by hand: storage, queue engine, check-in pipeline, HTTP API. */
public final class ReceptionServer implements AutoCloseable {
    private final Database database;
    private final ApiServer api;
    private final CheckinService checkins;
    private final QueueService queues;
    private final LookupStatistics statistics;
    private final PendingLookupRetrier retrier;
    private final PortraitPurger purger;
    private final AccessService access;
    private final EventLog events;
    private final String host;

    /**
     * Where the server listens and stores, how access works, and the desk's visit history (its
     * budget, the window of checks by other facilities). {@code port} 0 picks a free port.
     */
    public record Settings(HospitalSetup setup, String jdbcUrl, Optional<String> dbUser,
                           Optional<String> dbPassword, String host, int port, AccessSettings access,
                           HistorySettings history) {
        public Settings {
            Objects.requireNonNull(setup);
            Objects.requireNonNull(jdbcUrl);
            Objects.requireNonNull(dbUser);
            Objects.requireNonNull(dbPassword);
            Objects.requireNonNull(host);
            Objects.requireNonNull(access);
            Objects.requireNonNull(history);
        }

        /** With the default history settings. */
        public Settings(HospitalSetup setup, String jdbcUrl, Optional<String> dbUser, Optional<String> dbPassword,
                        String host, int port, AccessSettings access) {
            this(setup, jdbcUrl, dbUser, dbPassword, host, port, access, HistorySettings.defaults());
        }

        /** With the default access settings and no bootstrap admin. */
        public Settings(HospitalSetup setup, String jdbcUrl, Optional<String> dbUser, Optional<String> dbPassword,
                        String host, int port) {
            this(setup, jdbcUrl, dbUser, dbPassword, host, port, AccessSettings.defaults());
        }

        @Override
        public String toString() {
            return "Settings[storage=" + Database.withoutCredentials(jdbcUrl) + ", host=" + host + ", port=" + port
                    + ", access=" + access + "]";
        }
    }

    private ReceptionServer(Database database, ApiServer api, CheckinService checkins, QueueService queues,
                            LookupStatistics statistics, PendingLookupRetrier retrier, PortraitPurger purger,
                            AccessService access, EventLog events, String host) {
        this.retrier = retrier;
        this.purger = purger;
        this.database = database;
        this.api = api;
        this.checkins = checkins;
        this.queues = queues;
        this.statistics = statistics;
        this.access = access;
        this.events = events;
        this.host = host;
    }

    /** How often the server looks for pending lookups due for a background retry. */
    public static final Duration RETRY_TICK = Duration.ofMillis(500);
    /** How long the health check waits for the database. */
    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);

    /** A server whose pending lookups are retried on {@link RetrySchedule#defaults()}. */
    public static ReceptionServer start(Settings settings, EligibilityService eligibility, Clock clock) {
        return start(settings, eligibility, RetrySchedule.defaults(), clock);
    }

    /**
     * Starts the server; lookups the gateway did not answer are retried in the background on
     * {@code retries}, starting with those a previous run left pending today.
     */
    public static ReceptionServer start(Settings settings, EligibilityService eligibility, RetrySchedule retries,
                                        Clock clock) {
        return start(settings, eligibility, retries, new PasswordHasher(new SecureRandom()), clock);
    }

    /** As above, with the password hasher given (tests use a cheaper cost); no visit history source. */
    public static ReceptionServer start(Settings settings, EligibilityService eligibility, RetrySchedule retries,
                                        PasswordHasher hasher, Clock clock) {
        return start(settings, eligibility, VisitHistorySource.unavailable(), retries, hasher, clock);
    }

    /**
     * Starts the server with the desk's visit history asked from {@code history} (the gateway
     * client, or a guard in front of it; never on the kiosk's path).
     */
    public static ReceptionServer start(Settings settings, EligibilityService eligibility, VisitHistorySource history,
                                        RetrySchedule retries, Clock clock) {
        return start(settings, eligibility, history, retries, new PasswordHasher(new SecureRandom()), clock);
    }

    /** As above, with the password hasher given (tests use a cheaper cost). */
    public static ReceptionServer start(Settings settings, EligibilityService cardCheck, VisitHistorySource history,
                                        RetrySchedule retries, PasswordHasher hasher, Clock clock) {
        return start(settings, cardCheck, history, retries, hasher, clock, RETRY_TICK);
    }

    /**
     * As above, looking for due background retries every {@code retryTick} of real time instead of
     * {@link #RETRY_TICK}: the lookup bench's simulated morning, whose clock runs many times faster,
     * ticks as often in its own time as a real server does.
     */
    public static ReceptionServer start(Settings settings, EligibilityService cardCheck, VisitHistorySource history,
                                        RetrySchedule retries, PasswordHasher hasher, Clock clock,
                                        Duration retryTick) {
        if (retryTick.isNegative() || retryTick.isZero()) {
            throw new IllegalArgumentException("retryTick must be positive: " + retryTick);
        }
        Database db = Database.open(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
        try {
            JsonMapper json = ApiJson.create();
            HospitalSetup setup = settings.setup();
            AccessService access = new AccessService(db, hasher, new Tokens(new SecureRandom()), settings.access(),
                    clock);
            access.bootstrap();
            LookupStore lookups = new LookupStore(db);
            TicketStore tickets = new TicketStore(db);
            EventLog events = new EventLog(db, json);
            OtherFacilityChecks otherChecks = new OtherFacilityChecks(db,
                    new ConcurrentVisits(setup.hospitalCode(), settings.history().concurrentVisitWindow()));
            // every card check (check-in, background retry, re-run) keeps the checks by other facilities
            EligibilityService eligibility = new OtherFacilityCheckRecorder(cardCheck, otherChecks, setup.zone(),
                    clock);
            TicketViews views = new TicketViews(setup, lookups, otherChecks);
            QueueService queues = new QueueService(db, setup, tickets, views, events, clock);
            CheckinService checkins = new CheckinService(new IdentityParser(clock), eligibility, db, lookups, tickets,
                    queues, setup, retries, clock);
            LookupStatistics stats = new LookupStatistics(lookups);
            PortraitStore portraits = new PortraitStore(db);
            PortraitPurger purger = new PortraitPurger(portraits, clock, setup.zone()).start();
            GatewayHealthStore gatewayHealth = new GatewayHealthStore(db, setup.zone());
            eligibility.guard().ifPresent(guard -> {
                guard.budget().seedToday(gatewayHealth.requestsOn(queues.serviceDay()));
                new GatewayNotices(db, events, clock).attach(guard);
            });
            try {
                List<Routes.Feature> features = List.of(
                        new HealthRoutes(db::problem, HEALTH_TIMEOUT),
                        new AccessRoutes(access, setup.zone()),
                        new SetupRoutes(setup),
                        new CheckinRoutes(checkins, new FeePayingChoice(db, tickets, views, queues, setup, clock)),
                        new QueueRoutes(queues),
                        new vn.tiepdon.server.queue.TicketStatusRoutes(queues),
                        new LookupRoutes(lookups, stats, queues::serviceDay, otherChecks),
                        new OverrideRoutes(new OverrideService(eligibility, db, lookups, tickets, queues, retries,
                                clock)),
                        new VisitHistoryRoutes(new VisitHistoryService(lookups, history,
                                settings.history().budget(), clock)),
                        new PortraitRoutes(new PortraitService(tickets, portraits, clock)),
                        new GatewayRoutes(eligibility, gatewayHealth, queues::serviceDay, clock),
                        new ProofRoutes(new LookupProofs(lookups, new ProofContent(setup.hospitalCode(),
                                setup.hospitalName(), setup.zone()), new ProofPdf(), clock)),
                        new QueueStatsRoutes(new QueueStatistics(db, setup.zone()), queues::serviceDay),
                        new EventRoutes(events, setup),
                        new ReportRoutes(new BhxhReport(db, setup.zone(), setup.hospitalName() + " ("
                                + setup.hospitalCode() + ")"), new BhxhSubmissions(db, clock)));
                ApiServer api = new ApiServer(features, access, json).start(settings.host(), settings.port());
                PendingLookupRetrier retrier = new PendingLookupRetrier(db, new PendingLookupStore(db), eligibility,
                        tickets, queues, retries, clock).start(retryTick);
                return new ReceptionServer(db, api, checkins, queues, stats, retrier, purger, access, events,
                        settings.host());
            } catch (RuntimeException e) {
                purger.close();
                throw e;
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return api.port();
    }

    public String baseUrl() {
        String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        return "http://" + h + ":" + port();
    }

    /** Users, sessions and device tokens (the demo registers its devices through this). */
    public AccessService access() {
        return access;
    }

    /** The database (tests read it directly). */
    public Database database() {
        return database;
    }

    /** The event log (tests subscribe to it). */
    public EventLog events() {
        return events;
    }

    public CheckinService checkins() {
        return checkins;
    }

    public QueueService queues() {
        return queues;
    }

    public LookupStatistics statistics() {
        return statistics;
    }

    /** The background retrier of pending lookups. */
    public PendingLookupRetrier pendingLookups() {
        return retrier;
    }

    /** The purge of portraits of earlier service days (run at start and once a day). */
    public PortraitPurger portraitPurger() {
        return purger;
    }

    @Override
    public void close() {
        purger.close();
        retrier.close();
        api.close();
        database.close();
    }
}
