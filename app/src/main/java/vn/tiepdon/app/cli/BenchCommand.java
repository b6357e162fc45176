package vn.tiepdon.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.bench.BenchResult;
import vn.tiepdon.app.bench.CheckinBench;
import vn.tiepdon.app.bench.LookupBench;

/** {@code bench}: benchmarks; each ends with one {@code RESULT key=value ...} line. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. Each prints its figures and ends with one line: RESULT key=value ...",
        subcommands = {BenchCommand.Checkin.class, BenchCommand.Lookup.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "checkin", mixinStandardHelpOptions = true,
            description = {"Check-ins one after another through the whole server (HTTP, parse, lookup at bhxh-sim",
                    "over HTTP, H2, events); reports the round trip and the server's own time beyond the lookup."})
    static final class Checkin implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Option(names = "--count", defaultValue = "500", description = "measured check-ins (default: ${DEFAULT-VALUE})")
        int count;

        @Option(names = "--warmup", defaultValue = "200", description = "check-ins before measuring (default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--gateway-latency-ms", defaultValue = "0",
                description = "latency added by bhxh-sim to each lookup (default: ${DEFAULT-VALUE})")
        long latency;

        @Override
        public Integer call() throws Exception {
            BenchResult result = new CheckinBench(config.load(), System.out).run(count, warmup, latency);
            System.out.println(result.line());
            return 0;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = {"BHYT lookups against bhxh-sim over HTTP: our overhead beyond the gateway's latency, token",
                    "requests per 1,000 lookups, and with 20%% timeouts and 5%% HTML 502 injected, the share of",
                    "kiosk check-ins answered within the budget (gateway.budget)."})
    static final class Lookup implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Option(names = "--count", defaultValue = "1000", description = "measured lookups (default: ${DEFAULT-VALUE})")
        int count;

        @Option(names = "--gateway-latency-ms", defaultValue = "20",
                description = "latency bhxh-sim adds to each lookup (default: ${DEFAULT-VALUE})")
        long latency;

        @Option(names = "--faulted", defaultValue = "300",
                description = "check-ins with faults injected (default: ${DEFAULT-VALUE})")
        int faulted;

        @Option(names = "--kiosks", defaultValue = "20",
                description = "kiosks checking in at once in the faulted run (default: ${DEFAULT-VALUE})")
        int kiosks;

        @Override
        public Integer call() throws Exception {
            BenchResult result = new LookupBench(config.load(), System.out).run(count, latency, faulted, kiosks);
            System.out.println(result.line());
            return 0;
        }
    }
}
