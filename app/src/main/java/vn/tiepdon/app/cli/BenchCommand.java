package vn.tiepdon.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.bench.BenchResult;
import vn.tiepdon.app.bench.CardBench;
import vn.tiepdon.app.bench.CheckinBench;
import vn.tiepdon.app.bench.LookupBench;

/** {@code bench}: benchmarks; each ends with one {@code RESULT key=value ...} line. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. Each prints its figures and ends with one line: RESULT key=value ...",
        subcommands = {BenchCommand.Checkin.class, BenchCommand.Lookup.class, BenchCommand.Card.class})
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

    @Command(name = "card", mixinStandardHelpOptions = true,
            description = {"One full CCCD chip read on the emulator (pcscd + vpcd + cccd_vicc.py), without and with DG2:",
                    "APDUs, bytes, milliseconds. Goal: DG1 + DG13 + SOD with passive authentication in <= 20 APDUs",
                    "(exit 1 when missed). Needs pcscd running and the Debian packages of docs/chip.md."})
    static final class Card implements Callable<Integer> {
        @Option(names = "--runs", defaultValue = "5", description = "reads measured each way (default: ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--reader", defaultValue = "Virtual PCD 00 00",
                description = "the emulator's PC/SC reader (default: ${DEFAULT-VALUE})")
        String reader;

        @Option(names = "--emulator", paramLabel = "FILE",
                description = "cccd_vicc.py (default: the repository's device-drivers/src/test/cccd-emulator/cccd_vicc.py)")
        java.nio.file.Path emulator;

        @Override
        public Integer call() throws Exception {
            if (runs < 1) {
                System.err.println("--runs must be at least 1");
                return 2;
            }
            try {
                BenchResult result = new CardBench(System.out, java.time.Clock.systemDefaultZone()).run(
                        CardBench.locateScript(java.util.Optional.ofNullable(emulator)),
                        java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(reader)), runs);
                System.out.println(result.line());
                return result.line().contains("goal_met=true") ? 0 : 1;
            } catch (CardBench.BenchFailure e) {
                System.err.println("bench card: " + e.getMessage());
                return 2;
            }
        }
    }
}
