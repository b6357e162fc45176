package vn.tiepdon.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
        description = {"Run the BHXH gateway simulator: /api/token/take and /api/egw/KQNhanLichSuKCB2024,",
                "a population that yields every result code, and fault injection (also at runtime:",
                "POST /admin/faults with the same JSON as --faults).",
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
            description = "e.g. {\"latencyMillis\":300,\"jitterMillis\":200,\"timeoutRate\":0.2,\"errorRate\":0.05,\"malformedRate\":0}")
    String faults;

    @Option(names = "--account", paramLabel = "USER:PASSWORD", description = "another account that may log in (repeatable)")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--caller-ip", paramLabel = "IP",
            description = {"a registered caller IP (repeatable). When given, only these IPs get a token,",
                    "and a token is only accepted from the IP that took it, as at the real gateway"})
    List<String> callerIps = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        SimSettings settings = SimSettings.demo().withHost(host).withCallerIps(callerIps);
        if (seed != null) {
            settings = settings.withSeed(seed);
        }
        if (faults != null) {
            try {
                settings = settings.withFaults(new ObjectMapper().readValue(faults, SimSettings.Faults.class));
            } catch (Exception e) {
                throw new ParameterException(spec.commandLine(), "--faults: " + rootMessage(e));
            }
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
        Clock clock = Clock.systemDefaultZone();
        Population population = seed == null ? DemoPopulation.create() : Population.seeded(seed, size, clock);
        BhxhSimulator sim = new BhxhSimulator(settings, population, clock).start(port);
        System.out.println("bhxh-sim listening on " + sim.baseUrl() + " (" + (seed == null
                ? "demo population" : size + " people from seed " + seed) + "). Ctrl-C stops.");
        Processes.runUntilStopped(sim);
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
