package vn.tiepdon.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiepdon.bhxhsim.BhxhSimulator;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.Population;
import vn.tiepdon.bhxhsim.SimSettings;

/** {@code bhxh-sim}: the BHXH gateway simulator alone. */
@Command(name = "bhxh-sim", mixinStandardHelpOptions = true,
        description = {"Run the BHXH gateway simulator as in 2026: /api/token/take; the card check",
                "/api/egw/KQNhanLichSuKCB2024 (dsLichSuKCB2018 always null); the visit history",
                "/api/egw/Lskcb2025 (form-encoded body). A population that yields every result",
                "code, with visits and checks at other facilities, and newborns' temporary",
                "cards (TE1..., XX000: unknown, 050). A per-account lookup quota, faults, an",
                "outage switch. At runtime: GET/POST /admin/faults (the JSON of --faults),",
                "/admin/quota ({\"perMinute\":N,\"perDay\":N,\"restrictForSeconds\":S}),",
                "/admin/down ({\"down\":true}); GET /admin/accounts, /admin/counters;",
                "POST /admin/accounts/reset.",
                "Account " + SimSettings.DEMO_USERNAME + " / " + SimSettings.DEMO_PASSWORD + ", registered staff "
                        + SimSettings.DEMO_STAFF_NAME + " / " + SimSettings.DEMO_STAFF_CCCD + "."})
public final class BhxhSimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8421", description = "port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--seed", description = "generate a random population from this seed instead of the demo people")
    Long seed;

    @Option(names = "--size", defaultValue = "1000", description = "size of the seeded population (default: ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--faults", paramLabel = "JSON",
            description = "e.g. {\"latencyMillis\":300,\"jitterMillis\":200,\"timeoutRate\":0.2,\"errorRate\":0.05,"
                    + "\"malformedRate\":0,\"systemErrorRate\":0}")
    String faults;

    @Option(names = "--latency-ms", paramLabel = "MS",
            description = "every lookup waits this long before it is answered (overrides --faults' latencyMillis;"
                    + " e.g. --latency-ms 5000 --jitter-ms 25000 for the real gateway's 5 to 30 s)")
    Long latencyMillis;

    @Option(names = "--jitter-ms", paramLabel = "MS",
            description = "plus a uniform 0..MS more (overrides --faults' jitterMillis)")
    Long jitterMillis;

    @Option(names = "--quota-per-minute", paramLabel = "N", defaultValue = "0",
            description = "lookups an account may make per minute before it is restricted (default: 0 = unlimited)")
    int quotaPerMinute;

    @Option(names = "--quota-per-day", paramLabel = "N", defaultValue = "0",
            description = "lookups an account may make per day before it is restricted (default: 0 = unlimited)")
    int quotaPerDay;

    @Option(names = "--quota-restrict-for", paramLabel = "DURATION", defaultValue = "24h",
            description = "how long an account over its quota stays restricted: 90s, 10m, 24h, 2d or ISO"
                    + " PT24H (default: ${DEFAULT-VALUE})")
    String quotaRestrictFor;

    @Option(names = "--down", description = "start in an outage: every request hangs with no answer (end it with POST /admin/down)")
    boolean down;

    @Option(names = "--account", paramLabel = "USER:PASSWORD", description = "another account that may log in (repeatable)")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--caller-ip", paramLabel = "IP",
            description = "a registered caller IP (repeatable). When given, only these IPs get a token,"
                    + " and a token is only accepted from the IP that took it, as at the real gateway")
    List<String> callerIps = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        SimSettings settings = settings();
        Clock clock = Clock.systemDefaultZone();
        Population population = seed == null ? DemoPopulation.create() : Population.seeded(seed, size, clock);
        BhxhSimulator sim = new BhxhSimulator(settings, population, clock).start(port);
        System.out.println("bhxh-sim listening on " + sim.baseUrl() + " (" + (seed == null
                ? "demo population" : size + " people from seed " + seed) + (settings.quota().isUnlimited()
                ? "" : ", quota " + settings.quota().perMinute() + "/min " + settings.quota().perDay() + "/day")
                + (down ? ", down" : "") + "). Ctrl-C stops.");
        Processes.runUntilStopped(sim);
        return 0;
    }

    /** The simulator settings these options give. */
    SimSettings settings() {
        SimSettings settings = SimSettings.demo().withHost(host).withCallerIps(callerIps).withDown(down);
        if (seed != null) {
            settings = settings.withSeed(seed);
        }
        SimSettings.Faults injected = settings.faults();
        if (faults != null) {
            try {
                injected = new ObjectMapper().readValue(faults, SimSettings.Faults.class);
            } catch (Exception e) {
                throw new ParameterException(spec.commandLine(), "--faults: " + rootMessage(e));
            }
        }
        if (latencyMillis != null || jitterMillis != null) {
            long latency = latencyMillis != null ? latencyMillis : injected.latencyMillis();
            long jitter = jitterMillis != null ? jitterMillis : injected.jitterMillis();
            try {
                injected = injected.withLatency(latency, jitter);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--latency-ms/--jitter-ms: " + e.getMessage());
            }
        }
        settings = settings.withFaults(injected);
        try {
            settings = settings.withQuota(new SimSettings.Quota(quotaPerMinute, quotaPerDay,
                    duration(quotaRestrictFor)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--quota-*: " + e.getMessage());
        }
        if (!accounts.isEmpty()) {
            List<SimSettings.Account> all = new ArrayList<>(settings.accounts());
            for (String a : accounts) {
                int colon = a.indexOf(':');
                if (colon < 1 || colon == a.length() - 1) {
                    throw new ParameterException(spec.commandLine(), "--account must be USER:PASSWORD");
                }
                all.add(new SimSettings.Account(a.substring(0, colon), a.substring(colon + 1)));
            }
            settings = settings.withAccounts(all);
        }
        return settings;
    }

    /** {@code 90s}, {@code 10m}, {@code 24h}, {@code 2d} or an ISO-8601 duration. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.matches("\\d+[smhd]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + text, e);
        }
        throw new IllegalArgumentException("not a duration: " + text + " (e.g. 90s, 10m, 24h, 2d, PT24H)");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
