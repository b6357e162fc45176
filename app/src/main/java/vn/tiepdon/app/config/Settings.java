package vn.tiepdon.app.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tiepdon.core.api.FieldLimits;
import vn.tiepdon.devices.scanning.CodeTerminator;
import vn.tiepdon.devices.scanning.SerialSettings;
import vn.tiepdon.devices.scanning.WedgeTiming;
import vn.tiepdon.core.queue.ClinicDefinition;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.PriorityByAge;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.QueueRules;
import vn.tiepdon.server.CheckinOptions;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.access.AccessService;
import vn.tiepdon.server.access.AccessSettings;
import vn.tiepdon.server.checkin.RetrySchedule;
import vn.tiepdon.server.eligibility.GatewayBreaker;
import vn.tiepdon.server.eligibility.GatewayGuard;
import vn.tiepdon.server.eligibility.RequestBudget;
import vn.tiepdon.server.history.HistorySettings;

/**
 * The configuration after checks and environment overrides ({@code TIEPDON_SERVER_URLS},
 * {@code TIEPDON_STORAGE}, {@code TIEPDON_DB_USER}, {@code TIEPDON_DB_PASSWORD},
 * {@code TIEPDON_BHXH_URL}, {@code TIEPDON_ADMIN_PASSWORD}). Secrets come from the environment only.
 * {@code access} carries {@code TIEPDON_ADMIN_PASSWORD} as its bootstrap password (unchecked
 * here: only the server needs it, see {@link #checkAdminPassword()}).
 */
public record Settings(String source, HospitalSetup hospital, String serverHost, int serverPort, String storageUrl,
                       Optional<String> storageUser, Optional<String> storagePassword, String gatewayUrl,
                       Duration gatewayBudget, boolean md5UpperCase, GatewayBreaker.Settings breaker,
                       RetrySchedule retries, GatewayGuard.Settings guard, List<String> serverUrls,
                       Duration clientTimeout, List<TiepdonConfig.Kiosk> kiosks, int displayHistory,
                       AccessSettings access, Optional<Path> tokenFile, HistorySettings history) {
    /** The environment variable whose value creates the user {@code admin} when no admin exists. */
    public static final String ADMIN_PASSWORD = "TIEPDON_ADMIN_PASSWORD";
    /** The longest the server may wait for the gateway's visit history (the desk's client waits 75 s). */
    static final Duration LONGEST_HISTORY_BUDGET = Duration.ofSeconds(60);
    /** The widest window of checks by other facilities the configuration accepts. */
    static final int MOST_CONCURRENT_VISIT_DAYS = 30;
    /** The longest lockout and session the configuration accepts. */
    static final Duration LONGEST_ACCESS_DURATION = Duration.ofDays(7);

    private static final Set<String> SCANNERS = Set.of("virtual", "stdin", "device", "serial");
    private static final Set<String> PRINTERS = Set.of("virtual", "file", "tcp");
    private static final Set<String> CARD_READERS = Set.of("none", "pcsc", "virtual");

    static Settings from(TiepdonConfig c, String source, Map<String, String> env) {
        String code = c.hospital().code();
        if (!code.matches("[0-9]{5}")) {
            throw bad(source, "hospital.code", "must be the 5-digit facility code (maCSKCB), got '" + code + "'");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(c.hospital().zone());
        } catch (DateTimeException e) {
            throw bad(source, "hospital.zone", "unknown time zone '" + c.hospital().zone() + "'");
        }
        List<QueueDefinition> queues = new ArrayList<>();
        for (int i = 0; i < c.queues().size(); i++) {
            TiepdonConfig.Queue q = c.queues().get(i);
            String key = "queues[" + i + "]";
            require(source, key + ".id", q.id());
            require(source, key + ".name", q.name());
            require(source, key + ".prefix", q.prefix());
            if (!q.prefix().matches("[A-Z]{1,2}")) {
                throw bad(source, key + ".prefix", "must be one or two capital letters, got '" + q.prefix() + "'");
            }
            queues.add(new QueueDefinition(q.id(), q.prefix(), q.name(), q.priority()));
        }
        if (queues.isEmpty()) {
            throw bad(source, "queues", "at least one queue is needed");
        }
        List<CounterDefinition> counters = new ArrayList<>();
        for (int i = 0; i < c.counters().size(); i++) {
            TiepdonConfig.Counter k = c.counters().get(i);
            String key = "counters[" + i + "]";
            require(source, key + ".id", k.id());
            require(source, key + ".name", k.name());
            if (k.serves().isEmpty()) {
                throw bad(source, key + ".serves", "lists no queue");
            }
            for (String q : k.serves()) {
                if (queues.stream().noneMatch(d -> d.id().equals(q))) {
                    throw bad(source, key + ".serves", "names unknown queue '" + q + "'");
                }
            }
            counters.add(new CounterDefinition(k.id(), k.name(), k.serves()));
        }
        String defaultQueue = Optional.ofNullable(c.checkin().defaultQueue()).orElse(queues.get(0).id());
        if (queues.stream().noneMatch(q -> q.id().equals(defaultQueue))) {
            throw bad(source, "checkin.defaultQueue", "names unknown queue '" + defaultQueue + "'");
        }
        TiepdonConfig.QueueRules r = c.queueRules();
        if (r.maxPriorityRun() < 1 || r.maxPriorityRun() > 100) {
            throw bad(source, "queueRules.maxPriorityRun", "must be 1-100, got " + r.maxPriorityRun());
        }
        if (r.skipAfterRecalls() < 0 || r.skipAfterRecalls() > 100) {
            throw bad(source, "queueRules.skipAfterRecalls", "must be 0-100 (0: skip by hand only), got "
                    + r.skipAfterRecalls());
        }
        if (r.childAge() < 0 || r.elderlyAge() > 150 || r.childAge() >= r.elderlyAge()) {
            throw bad(source, "queueRules.elderlyAge/childAge", "need 0 <= childAge < elderlyAge <= 150, got "
                    + r.childAge() + " and " + r.elderlyAge());
        }
        QueueRules rules = new QueueRules(r.maxPriorityRun(), r.skipAfterRecalls(),
                new PriorityByAge(r.elderlyAge(), r.childAge()));
        CheckinOptions checkin = checkin(source, c, queues);
        HospitalSetup hospital;
        try {
            hospital = new HospitalSetup(code, c.hospital().name(), queues, counters, zone, defaultQueue, rules,
                    checkin);
        } catch (IllegalArgumentException e) {
            throw bad(source, "queues/counters", e.getMessage());
        }
        int port = c.server().port();
        if (port < 0 || port > 65535) {
            throw bad(source, "server.port", "must be 0-65535, got " + port);
        }
        String storage = env.getOrDefault("TIEPDON_STORAGE", c.server().storage());
        if (!storage.startsWith("jdbc:h2:") && !storage.startsWith("jdbc:postgresql:")) {
            throw bad(source, "server.storage", "must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        Optional<String> dbUser = Optional.ofNullable(env.get("TIEPDON_DB_USER")).or(c.server()::storageUserOpt);
        Optional<String> dbPassword = Optional.ofNullable(env.get("TIEPDON_DB_PASSWORD"));
        String gatewayUrl = env.getOrDefault("TIEPDON_BHXH_URL", c.gateway().url());
        if (!gatewayUrl.startsWith("http://") && !gatewayUrl.startsWith("https://")) {
            throw bad(source, "gateway.url", "must be an http(s) URL");
        }
        Duration budget = duration(source, "gateway.budget", c.gateway().budget());
        GatewayBreaker.Settings breaker;
        try {
            breaker = new GatewayBreaker.Settings(c.gateway().breaker().failures(),
                    duration(source, "gateway.breaker.openFor", c.gateway().breaker().openFor()),
                    duration(source, "gateway.breaker.silentFor", c.gateway().breaker().silentFor()));
        } catch (IllegalArgumentException e) {
            throw bad(source, "gateway.breaker", e.getMessage());
        }
        RetrySchedule retries;
        try {
            retries = new RetrySchedule(duration(source, "gateway.retry.first", c.gateway().retry().first()),
                    duration(source, "gateway.retry.max", c.gateway().retry().max()), c.gateway().retry().count(),
                    true);
        } catch (IllegalArgumentException e) {
            throw bad(source, "gateway.retry", e.getMessage());
        }
        GatewayGuard.Settings guard = guard(source, c.gateway());
        HistorySettings history = history(source, c.gateway());
        List<String> servers = Optional.ofNullable(env.get("TIEPDON_SERVER_URLS"))
                .map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())
                .orElse(c.client().servers());
        if (servers.isEmpty()) {
            throw bad(source, "client.servers", "lists no server URL");
        }
        Duration timeout = duration(source, "client.timeout", c.client().timeout());
        Optional<Path> tokenFile = tokenFile(source, c.client());
        AccessSettings access = access(source, c.access(), env);
        for (int i = 0; i < c.kiosks().size(); i++) {
            checkKiosk(source, "kiosks[" + i + "]", c.kiosks().get(i));
        }
        if (c.display().historySize() < 1 || c.display().historySize() > 50) {
            throw bad(source, "display.historySize", "must be 1-50");
        }
        return new Settings(source, hospital, c.server().host(), port, storage, dbUser, dbPassword, gatewayUrl,
                budget, c.gateway().md5UpperCase(), breaker, retries, guard, servers, timeout, c.kiosks(),
                c.display().historySize(), access, tokenFile, history);
    }

    /** {@code gateway.historyBudget} (1s–60s) and {@code gateway.concurrentVisitDays} (1–30). */
    private static HistorySettings history(String source, TiepdonConfig.Gateway g) {
        Duration budget = duration(source, "gateway.historyBudget", g.historyBudget());
        if (budget.compareTo(Duration.ofSeconds(1)) < 0 || budget.compareTo(LONGEST_HISTORY_BUDGET) > 0) {
            throw bad(source, "gateway.historyBudget", "must be 1s to 60s, got '" + g.historyBudget() + "'");
        }
        int days = g.concurrentVisitDays();
        if (days < 1 || days > MOST_CONCURRENT_VISIT_DAYS) {
            throw bad(source, "gateway.concurrentVisitDays", "must be 1-" + MOST_CONCURRENT_VISIT_DAYS
                    + " days, got " + days);
        }
        return new HistorySettings(budget, Duration.ofDays(days));
    }

    /**
     * {@code gateway.quota.*}, {@code gateway.reuseAnswerFor} (0 turns reuse off), {@code gateway.outageAfter} and
     * {@code gateway.backgroundBudget}.
     */
    private static GatewayGuard.Settings guard(String source, TiepdonConfig.Gateway g) {
        TiepdonConfig.Quota q = g.quota();
        if (q.perMinute() < 1) {
            throw bad(source, "gateway.quota.perMinute", "must be at least 1, got " + q.perMinute());
        }
        if (q.perDay() < q.perMinute()) {
            throw bad(source, "gateway.quota.perDay", "must be at least gateway.quota.perMinute, got " + q.perDay());
        }
        if (!(q.backgroundShare() > 0 && q.backgroundShare() <= 1)) {
            throw bad(source, "gateway.quota.backgroundShare", "must be more than 0 and at most 1, got "
                    + q.backgroundShare());
        }
        Duration reuse = g.reuseAnswerFor().trim().equals("0") ? Duration.ZERO
                : duration(source, "gateway.reuseAnswerFor", g.reuseAnswerFor());
        if (reuse.isNegative()) {
            throw bad(source, "gateway.reuseAnswerFor", "must not be negative, got " + g.reuseAnswerFor());
        }
        if (reuse.compareTo(Duration.ofDays(1)) > 0) {
            throw bad(source, "gateway.reuseAnswerFor", "must be at most 1 day, got " + g.reuseAnswerFor());
        }
        Duration outage = duration(source, "gateway.outageAfter", g.outageAfter());
        if (outage.compareTo(Duration.ofSeconds(30)) < 0 || outage.compareTo(Duration.ofHours(2)) > 0) {
            throw bad(source, "gateway.outageAfter", "must be between 30s and 2h, got " + g.outageAfter());
        }
        Duration background = duration(source, "gateway.backgroundBudget", g.backgroundBudget());
        if (background.compareTo(Duration.ofSeconds(5)) < 0 || background.compareTo(Duration.ofMinutes(5)) > 0) {
            throw bad(source, "gateway.backgroundBudget", "must be between 5s and 5m, got " + g.backgroundBudget());
        }
        return new GatewayGuard.Settings(new RequestBudget.Quota(q.perMinute(), q.perDay(), q.backgroundShare()),
                reuse, outage, background);
    }

    /** Longest clinic id, name and room (the ticket stores them as printed). */
    static final int CLINIC_NAME = 100;
    /** The longest time the configuration lets a kiosk change its own ticket. */
    static final Duration LONGEST_CHOICE_WINDOW = Duration.ofMinutes(30);

    /** {@code checkin.feePayingQueue}, {@code checkin.kioskRegistration}, {@code clinics}, checked by key. */
    private static CheckinOptions checkin(String source, TiepdonConfig c, List<QueueDefinition> queues) {
        Optional<String> feePaying = Optional.ofNullable(c.checkin().feePayingQueue());
        if (feePaying.isPresent() && queues.stream().noneMatch(q -> q.id().equals(feePaying.get()))) {
            throw bad(source, "checkin.feePayingQueue", "names unknown queue '" + feePaying.get() + "'");
        }
        Duration window = duration(source, "checkin.kioskChoiceWindow", c.checkin().kioskChoiceWindow());
        if (window.compareTo(Duration.ofSeconds(10)) < 0 || window.compareTo(LONGEST_CHOICE_WINDOW) > 0) {
            throw bad(source, "checkin.kioskChoiceWindow", "must be 10s to 30m, got '"
                    + c.checkin().kioskChoiceWindow() + "'");
        }
        List<ClinicDefinition> clinics = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < c.clinics().size(); i++) {
            TiepdonConfig.Clinic k = c.clinics().get(i);
            String key = "clinics[" + i + "]";
            require(source, key + ".id", k.id());
            if (!k.id().matches("[A-Za-z0-9._-]{1," + FieldLimits.CLINIC_ID + "}")) {
                throw bad(source, key + ".id", "must be 1-" + FieldLimits.CLINIC_ID
                        + " letters, digits, '.', '_' or '-', got '" + k.id() + "'");
            }
            if (!ids.add(k.id())) {
                throw bad(source, key + ".id", "'" + k.id() + "' is used by another clinic");
            }
            require(source, key + ".name", k.name());
            require(source, key + ".room", k.room());
            require(source, key + ".queue", k.queue());
            if (k.name().length() > CLINIC_NAME) {
                throw bad(source, key + ".name", "is longer than " + CLINIC_NAME + " characters");
            }
            if (k.room().length() > CLINIC_NAME) {
                throw bad(source, key + ".room", "is longer than " + CLINIC_NAME + " characters");
            }
            if (queues.stream().noneMatch(q -> q.id().equals(k.queue()))) {
                throw bad(source, key + ".queue", "names unknown queue '" + k.queue() + "'");
            }
            clinics.add(new ClinicDefinition(k.id(), k.name().strip(), k.room().strip(), k.queue()));
        }
        if (c.checkin().kioskRegistration() && clinics.isEmpty()) {
            throw bad(source, "checkin.kioskRegistration", "is true but 'clinics' lists no clinic");
        }
        return new CheckinOptions(clinics, c.checkin().kioskRegistration(), feePaying, window);
    }

    private static AccessSettings access(String source, TiepdonConfig.Access a, Map<String, String> env) {
        int attempts = a.lockout().attempts();
        if (attempts < 1 || attempts > 100) {
            throw bad(source, "access.lockout.attempts", "must be 1-100 wrong passwords, got " + attempts);
        }
        Duration lockout = positive(source, "access.lockout.duration", a.lockout().duration());
        Duration ttl = positive(source, "access.sessionTtl", a.sessionTtl());
        Optional<String> adminPassword = Optional.ofNullable(env.get(ADMIN_PASSWORD)).filter(p -> !p.isEmpty());
        return new AccessSettings(attempts, lockout, ttl, adminPassword);
    }

    private static Duration positive(String source, String key, String text) {
        Duration d = duration(source, key, text);
        if (d.isNegative() || d.isZero() || d.compareTo(LONGEST_ACCESS_DURATION) > 0) {
            throw bad(source, key, "must be more than 0 and at most 7 days (168h), got '" + text + "'");
        }
        return d;
    }

    private static Optional<Path> tokenFile(String source, TiepdonConfig.Client client) {
        if (client.tokenFileOpt().isEmpty()) {
            return Optional.empty();
        }
        String text = client.tokenFileOpt().get().trim();
        if (text.isEmpty()) {
            throw bad(source, "client.tokenFile", "is empty: give a file path, or leave the key out");
        }
        try {
            return Optional.of(Path.of(expandHome(text)));
        } catch (InvalidPathException e) {
            throw bad(source, "client.tokenFile", "is not a valid path: " + e.getReason());
        }
    }

    /**
     * The server's check of {@code TIEPDON_ADMIN_PASSWORD}: when set, it must be a password the
     * server accepts (at least {@link AccessService#MIN_PASSWORD} characters).
     *
     * @throws ConfigException naming the variable and the rule (never the password)
     */
    public void checkAdminPassword() {
        Optional<String> password = access.bootstrapAdminPassword();
        if (password.isEmpty()) {
            return;
        }
        int length = password.get().length();
        if (length < AccessService.MIN_PASSWORD) {
            throw new ConfigException(ADMIN_PASSWORD + " is too short (" + length + " characters): the admin's "
                    + "password needs at least " + AccessService.MIN_PASSWORD + " characters. The server does not "
                    + "start; set a longer password and start it again.");
        }
        if (length > FieldLimits.PASSWORD) {
            throw new ConfigException(ADMIN_PASSWORD + " is too long (" + length + " characters, at most "
                    + FieldLimits.PASSWORD + "). The server does not start.");
        }
    }

    /** Never shows the database password. */
    @Override
    public String toString() {
        return "Settings[source=" + source + ", hospital=" + hospital.hospitalCode() + ", server=" + serverHost + ":"
                + serverPort + ", storage=" + storageUrl.replaceAll("(?i)(password=)[^;&]*", "$1***")
                + ", gateway=" + gatewayUrl + ", budget=" + gatewayBudget + ", servers=" + serverUrls
                + ", access=" + access + "]";
    }

    /** The kiosk configured under {@code id}, or the first one when {@code id} is empty. */
    public TiepdonConfig.Kiosk kiosk(Optional<String> id) {
        if (kiosks.isEmpty()) {
            throw new ConfigException(source + ": no kiosk configured under 'kiosks'");
        }
        if (id.isEmpty()) {
            return kiosks.get(0);
        }
        return kiosks.stream().filter(k -> k.id().equals(id.get())).findFirst()
                .orElseThrow(() -> new ConfigException(source + ": no kiosk with id '" + id.get() + "' under 'kiosks'"));
    }

    private static void checkKiosk(String source, String key, TiepdonConfig.Kiosk k) {
        require(source, key + ".id", k.id());
        if (!SCANNERS.contains(k.scanner().type())) {
            throw bad(source, key + ".scanner.type", "must be one of " + SCANNERS + ", got '" + k.scanner().type() + "'");
        }
        if (k.scanner().type().equals("device") || k.scanner().type().equals("serial")) {
            require(source, key + ".scanner.path", k.scanner().path());
        }
        if (k.scanner().type().equals("serial")) {
            serialScanner(source, key + ".scanner", k.scanner());
        }
        wedgeTiming(source, key + ".scanner.wedge", k.scanner().wedge());
        if (k.camera() != null) {
            checkCamera(source, key + ".camera", k.camera());
        }
        TiepdonConfig.Printer p = k.printer();
        if (!PRINTERS.contains(p.type())) {
            throw bad(source, key + ".printer.type", "must be one of " + PRINTERS + ", got '" + p.type() + "'");
        }
        if (p.type().equals("file")) {
            require(source, key + ".printer.path", p.path());
        }
        if (p.type().equals("tcp")) {
            require(source, key + ".printer.host", p.host());
        }
        TiepdonConfig.CardReader r = k.cardReader();
        if (!CARD_READERS.contains(r.type())) {
            throw bad(source, key + ".cardReader.type", "must be one of " + CARD_READERS + ", got '" + r.type() + "'");
        }
        if (r.name() != null) {
            try {
                java.util.regex.Pattern.compile(r.name());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw bad(source, key + ".cardReader.name", "is not a valid pattern: " + e.getDescription());
            }
        }
        if (p.width() != 576 && p.width() != 384 && p.width() != 512) {
            throw bad(source, key + ".printer.width", "must be 576 (80 mm), 512 or 384 (58 mm) dots");
        }
    }

    private static void checkCamera(String source, String key, TiepdonConfig.Camera c) {
        require(source, key + ".input", c.input());
        if (c.width() < 16 || c.width() > 4096 || c.height() < 16 || c.height() > 4096) {
            throw bad(source, key + ".width/height", "must be 16 to 4096 pixels, got " + c.width() + "x" + c.height());
        }
        Duration debounce = duration(source, key + ".debounce", c.debounce());
        if (debounce.compareTo(Duration.ofMinutes(10)) > 0) {
            throw bad(source, key + ".debounce", "must be at most 10m, got " + c.debounce());
        }
    }

    public static Duration duration(String source, String key, String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
            if (t.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // fall through to the error below
        }
        throw bad(source, key, "must be a duration like 500ms, 4s, 1m or 8h, got '" + text + "'");
    }

    /** Expands a leading {@code ~/} to the user's home directory. */
    public static String expandHome(String path) {
        return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
    }

    /** The serial scanner's settings, each key checked ({@code key}: the scanner section's path). */
    public static SerialSettings serialScanner(String source, String key, TiepdonConfig.Scanner s) {
        if (s.baud() < 300 || s.baud() > 4_000_000) {
            throw bad(source, key + ".baud", "must be 300 to 4000000, got " + s.baud());
        }
        if (s.dataBits() < 5 || s.dataBits() > 8) {
            throw bad(source, key + ".dataBits", "must be 5 to 8, got " + s.dataBits());
        }
        SerialSettings.Parity parity;
        try {
            parity = SerialSettings.Parity.parse(s.parity());
        } catch (IllegalArgumentException e) {
            throw bad(source, key + ".parity", "must be one of none, odd, even, mark, space, got '" + s.parity() + "'");
        }
        SerialSettings.StopBits stopBits;
        try {
            stopBits = SerialSettings.StopBits.parse(s.stopBits());
        } catch (IllegalArgumentException e) {
            throw bad(source, key + ".stopBits", "must be 1, 1.5 or 2, got '" + s.stopBits() + "'");
        }
        CodeTerminator terminator;
        try {
            terminator = CodeTerminator.parse(s.terminator());
        } catch (IllegalArgumentException e) {
            throw bad(source, key + ".terminator", "must be one of cr, lf, crlf, got '" + s.terminator() + "'");
        }
        Duration retry = duration(source, key + ".retry", s.retry());
        Duration retryMax = duration(source, key + ".retryMax", s.retryMax());
        if (retry.compareTo(Duration.ofMillis(10)) < 0 || retry.compareTo(Duration.ofMinutes(1)) > 0) {
            throw bad(source, key + ".retry", "must be 10ms to 1m, got '" + s.retry() + "'");
        }
        if (retryMax.compareTo(retry) < 0 || retryMax.compareTo(Duration.ofMinutes(10)) > 0) {
            throw bad(source, key + ".retryMax", "must be at least '" + key + ".retry' and at most 10m, got '"
                    + s.retryMax() + "'");
        }
        return new SerialSettings(Settings.expandHome(s.path()), s.baud(), s.dataBits(), parity, stopBits, terminator,
                retry, retryMax);
    }

    /** The keyboard-wedge rule from its section ({@code key}: the wedge section's path). */
    public static WedgeTiming wedgeTiming(String source, String key, TiepdonConfig.Wedge w) {
        if (w.minLength() < 4 || w.minLength() > 200) {
            throw bad(source, key + ".minLength", "must be 4 to 200, got " + w.minLength());
        }
        Duration gap = duration(source, key + ".maxGap", w.maxGap());
        if (gap.compareTo(Duration.ofMillis(5)) < 0 || gap.compareTo(Duration.ofMillis(200)) > 0) {
            throw bad(source, key + ".maxGap", "must be 5ms to 200ms, got '" + w.maxGap() + "'");
        }
        return new WedgeTiming(w.minLength(), gap);
    }

    private static void require(String source, String key, String value) {
        if (value == null || value.isBlank()) {
            throw bad(source, key, "is required");
        }
    }

    private static ConfigException bad(String source, String key, String problem) {
        return new ConfigException(source + ": '" + key + "' " + problem);
    }
}
