package vn.tiepdon.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The configuration file ({@code config/tiepdon.yaml}), key for key. Absent keys take the
 * documented defaults; {@link ConfigLoader} rejects unknown keys and bad values by path.
 */
public record TiepdonConfig(Hospital hospital, Server server, Gateway gateway, Checkin checkin,
                            List<Queue> queues, List<Counter> counters, Client client, List<Kiosk> kiosks,
                            Display display, Access access, QueueRules queueRules, List<Clinic> clinics) {

    public TiepdonConfig {
        hospital = hospital == null ? new Hospital(null, null, null) : hospital;
        server = server == null ? new Server(null, null, null, null) : server;
        gateway = gateway == null ? new Gateway(null, null, null, null, null, null, null, null, null, null, null) : gateway;
        checkin = checkin == null ? new Checkin(null, null, null, null) : checkin;
        queues = queues == null ? List.of() : List.copyOf(queues);
        counters = counters == null ? List.of() : List.copyOf(counters);
        client = client == null ? new Client(null, null, null) : client;
        kiosks = kiosks == null ? List.of() : List.copyOf(kiosks);
        display = display == null ? new Display(null) : display;
        access = access == null ? new Access(null, null) : access;
        queueRules = queueRules == null ? new QueueRules(null, null, null, null) : queueRules;
        clinics = clinics == null ? List.of() : List.copyOf(clinics);
    }

    /** {@code queueRules}: priority runs, skipping after recalls, priority ages. */
    public record QueueRules(Integer maxPriorityRun, Integer skipAfterRecalls, Integer elderlyAge, Integer childAge) {
        public QueueRules {
            maxPriorityRun = maxPriorityRun == null ? 2 : maxPriorityRun;
            skipAfterRecalls = skipAfterRecalls == null ? 3 : skipAfterRecalls;
            elderlyAge = elderlyAge == null ? 75 : elderlyAge;
            childAge = childAge == null ? 6 : childAge;
        }
    }

    public record Hospital(String code, String name, String zone) {
        public Hospital {
            code = code == null ? "01999" : code;
            name = name == null ? "Bệnh viện" : name;
            zone = zone == null ? "Asia/Ho_Chi_Minh" : zone;
        }
    }

    public record Server(String host, Integer port, String storage, String storageUser) {
        public Server {
            host = host == null ? "0.0.0.0" : host;
            port = port == null ? 8420 : port;
            storage = storage == null ? "jdbc:h2:file:~/.tiepdon/data/tiepdon" : storage;
        }

        public Optional<String> storageUserOpt() {
            return Optional.ofNullable(storageUser);
        }
    }

    /**
     * {@code gateway}: where, how long the kiosk waits, the breaker and background retries; the
     * account's request budget, answer reuse, outages and the background budget; the desk's visit
     * history ({@code historyBudget}) and how many days a check of the card by another facility is
     * shown as a possible concurrent visit ({@code concurrentVisitDays}).
     */
    public record Gateway(String url, String budget, Boolean md5UpperCase, Breaker breaker, Retry retry, Quota quota,
                          String reuseAnswerFor, String outageAfter, String backgroundBudget, String historyBudget,
                          Integer concurrentVisitDays) {
        public Gateway {
            url = url == null ? "https://egw.baohiemxahoi.gov.vn" : url;
            budget = budget == null ? "4s" : budget;
            md5UpperCase = md5UpperCase != null && md5UpperCase;
            breaker = breaker == null ? new Breaker(null, null, null) : breaker;
            retry = retry == null ? new Retry(null, null, null) : retry;
            quota = quota == null ? new Quota(null, null, null) : quota;
            reuseAnswerFor = reuseAnswerFor == null ? "15m" : reuseAnswerFor;
            outageAfter = outageAfter == null ? "5m" : outageAfter;
            backgroundBudget = backgroundBudget == null ? "60s" : backgroundBudget;
            historyBudget = historyBudget == null ? "30s" : historyBudget;
            concurrentVisitDays = concurrentVisitDays == null ? 3 : concurrentVisitDays;
        }
    }

    /**
     * The gateway account's request budget: {@code perMinute} in any 60 s, {@code perDay} a day; background
     * retries may use {@code backgroundShare} of each.
     */
    public record Quota(Integer perMinute, Integer perDay, Double backgroundShare) {
        public Quota {
            perMinute = perMinute == null ? 60 : perMinute;
            perDay = perDay == null ? 5000 : perDay;
            backgroundShare = backgroundShare == null ? 0.5 : backgroundShare;
        }
    }

    /**
     * The circuit breaker: {@code failures} in a row open it for {@code openFor}; so does a request
     * that waited {@code silentFor} with nothing heard from the gateway.
     */
    public record Breaker(Integer failures, String openFor, String silentFor) {
        public Breaker {
            failures = failures == null ? 5 : failures;
            openFor = openFor == null ? "30s" : openFor;
            silentFor = silentFor == null ? "35s" : silentFor;
        }
    }

    /** Background retries of pending lookups: after {@code first}, doubling up to {@code max}, {@code count} times. */
    public record Retry(String first, String max, Integer count) {
        public Retry {
            first = first == null ? "10s" : first;
            max = max == null ? "5m" : max;
            count = count == null ? 12 : count;
        }
    }

    /**
     * {@code checkin}: the queue of a check-in that names none; the fee-paying queue the kiosk offers
     * (none: no fee-paying choice at the kiosk); kiosk registration (the clinic screen, off unless
     * set); how long a kiosk may move its own new ticket to the fee-paying queue.
     */
    public record Checkin(String defaultQueue, String feePayingQueue, Boolean kioskRegistration,
                          String kioskChoiceWindow) {
        public Checkin {
            kioskRegistration = kioskRegistration != null && kioskRegistration;
            kioskChoiceWindow = kioskChoiceWindow == null ? "2m" : kioskChoiceWindow;
        }
    }

    /** {@code clinics[]}: a specialty the kiosk registers for, the room printed on its tickets, its queue. */
    public record Clinic(String id, String name, String room, String queue) {
    }

    public record Queue(String id, String prefix, String name, Boolean priority) {
        public Queue {
            priority = priority != null && priority;
        }
    }

    public record Counter(String id, String name, List<String> serves) {
        public Counter {
            serves = serves == null ? List.of() : List.copyOf(serves);
        }
    }

    /**
     * How kiosk, desk and display reach the server; {@code tokenFile}: a file holding the device
     * token of a kiosk or display (optional; {@code TIEPDON_DEVICE_TOKEN} wins).
     */
    public record Client(List<String> servers, String timeout, String tokenFile) {
        public Client {
            servers = servers == null ? List.of("http://127.0.0.1:8420") : List.copyOf(servers);
            timeout = timeout == null ? "10s" : timeout;
        }

        public Optional<String> tokenFileOpt() {
            return Optional.ofNullable(tokenFile);
        }
    }

    public record Kiosk(String id, Scanner scanner, Printer printer, CardReader cardReader, Camera camera) {
        public Kiosk(String id, Scanner scanner, Printer printer, CardReader cardReader) {
            this(id, scanner, printer, cardReader, null);
        }

        public Kiosk {
            scanner = scanner == null ? new Scanner("virtual", null, null, null, null, null, null, null, null, null) : scanner;
            printer = printer == null ? new Printer("virtual", null, null, null, null, null, null) : printer;
            cardReader = cardReader == null ? new CardReader("none", null, null, null) : cardReader;
        }
    }

    /**
     * The CCCD chip reader: {@code none}, {@code pcsc} (reader chosen by a name pattern) or
     * {@code virtual}; {@code portrait}: hand the chip portrait to the desk after printing.
     */
    public record CardReader(String type, String name, String csca, Boolean portrait) {
        public CardReader {
            type = type == null ? "none" : type;
            portrait = portrait != null && portrait;
        }
    }

    /**
     * A camera read through ffmpeg as one more source of codes: {@code input} is what ffmpeg
     * reads ({@code /dev/video0}), {@code format} its input format ({@code v4l2}; empty: ffmpeg
     * guesses, e.g. a video file), frames of {@code width x height}; the same code within
     * {@code debounce} is reported once.
     */
    public record Camera(String input, String format, Integer width, Integer height, String debounce) {
        public Camera {
            format = format == null ? "v4l2" : format;
            width = width == null ? 1280 : width;
            height = height == null ? 720 : height;
            debounce = debounce == null ? "3s" : debounce;
        }
    }

    /**
     * The QR / barcode scanner: {@code virtual}, {@code stdin}, {@code device} (a path read as a
     * byte stream) or {@code serial} (a USB-CDC / RS-232 port through jSerialComm with line
     * settings, terminator and reconnect backoff). {@code wedge}: keyboard-wedge scanners typing
     * into the kiosk window, on whatever the type.
     */
    public record Scanner(String type, String path, Integer baud, Integer dataBits, String parity, String stopBits,
                          String terminator, String retry, String retryMax, Wedge wedge) {
        public Scanner {
            type = type == null ? "virtual" : type;
            baud = baud == null ? 9600 : baud;
            dataBits = dataBits == null ? 8 : dataBits;
            parity = parity == null ? "none" : parity;
            stopBits = stopBits == null ? "1" : stopBits;
            terminator = terminator == null ? "cr" : terminator;
            retry = retry == null ? "500ms" : retry;
            retryMax = retryMax == null ? "10s" : retryMax;
            wedge = wedge == null ? new Wedge(null, null, null) : wedge;
        }
    }

    /**
     * Keyboard-wedge scanners: {@code enabled}; a scan is at least {@code minLength} characters
     * typed with at most {@code maxGap} between keys, ended by Enter.
     */
    public record Wedge(Boolean enabled, @JsonProperty("minLength") Integer minLength,
                        @JsonProperty("maxGap") String maxGap) {
        public Wedge {
            enabled = enabled == null || enabled;
            minLength = minLength == null ? 6 : minLength;
            maxGap = maxGap == null ? "50ms" : maxGap;
        }
    }

    /**
     * {@code type}: {@code file} + {@code path} (a file or a USB printer device such as
     * {@code /dev/usb/lp0}), {@code tcp} + {@code host}/{@code port}, {@code serial} + {@code path} +
     * {@code baud}, {@code spooler} + {@code queue} (a CUPS raw queue), {@code virtual}.
     */
    public record Printer(String type, String path, String host, Integer port, Integer width, Integer baud,
                          String queue) {
        public Printer {
            type = type == null ? "virtual" : type;
            baud = baud == null ? 9600 : baud;
            port = port == null ? 9100 : port;
            width = width == null ? 576 : width;
        }
    }

    public record Display(@JsonProperty("historySize") Integer historySize) {
        public Display {
            historySize = historySize == null ? 8 : historySize;
        }
    }

    /**
     * Access to the server: {@code lockout} (wrong passwords in a row before an account locks, and
     * for how long) and {@code sessionTtl} (how long a login lasts).
     */
    public record Access(Lockout lockout, String sessionTtl) {
        public Access {
            lockout = lockout == null ? new Lockout(null, null) : lockout;
            sessionTtl = sessionTtl == null ? "8h" : sessionTtl;
        }
    }

    public record Lockout(Integer attempts, String duration) {
        public Lockout {
            attempts = attempts == null ? 5 : attempts;
            duration = duration == null ? "15m" : duration;
        }
    }
}
