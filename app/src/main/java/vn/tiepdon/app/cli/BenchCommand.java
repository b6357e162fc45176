package vn.tiepdon.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.bench.BenchResult;
import vn.tiepdon.app.bench.CardBench;
import vn.tiepdon.app.bench.CheckinBench;
import vn.tiepdon.app.bench.LookupBench;
import vn.tiepdon.app.bench.QueueBench;

/** {@code bench}: benchmarks; each ends with one {@code RESULT key=value ...} line. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. Each prints its figures and ends with one line: RESULT key=value ...",
        subcommands = {BenchCommand.Checkin.class, BenchCommand.Lookup.class, BenchCommand.Card.class,
                BenchCommand.Queue.class, BenchCommand.Report.class})
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
                    "kiosk check-ins answered within the budget (gateway.budget).",
                    "With --morning instead: a morning in simulated time (--speed times faster than real time):",
                    "--check-ins patients over --hours at kiosks through the server, the gateway answering in 5-30 s",
                    "and down for --outage-minutes from --outage-at-minutes; reports gateway requests per check-in",
                    "(goal <= 1.2), requests during the outage (goal: only the breaker's probes), the share of",
                    "lookups completed by the morning's end and the time from the gateway's return to the last",
                    "lookup pending then done."})
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
                description = "kiosks checking in at once in the faulted run, or in the morning (default: ${DEFAULT-VALUE})")
        int kiosks;

        @Option(names = "--morning", description = "run the simulated morning instead of the three measurements above")
        boolean morning;

        @Option(names = "--check-ins", defaultValue = "2000",
                description = "morning: check-ins, each of a new person but for --repeat-share (default: ${DEFAULT-VALUE})")
        int checkIns;

        @Option(names = "--hours", defaultValue = "4", description = "morning: its simulated length (default: ${DEFAULT-VALUE})")
        double hours;

        @Option(names = "--outage-minutes", defaultValue = "30",
                description = "morning: how long the gateway is down, 0 for no outage (default: ${DEFAULT-VALUE})")
        double outageMinutes;

        @Option(names = "--outage-at-minutes", defaultValue = "60",
                description = "morning: when the gateway goes down, after the start (default: ${DEFAULT-VALUE})")
        double outageAtMinutes;

        @Option(names = "--speed", defaultValue = "60",
                description = "morning: simulated seconds per real second (default: ${DEFAULT-VALUE})")
        double speed;

        @Option(names = "--repeat-share", defaultValue = "0.05",
                description = "morning: share of check-ins scanning a card checked in within 5 minutes (default: ${DEFAULT-VALUE})")
        double repeatShare;

        @Option(names = "--seed", defaultValue = "20260901",
                description = "morning: seed of the people and the arrival times (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--warmup", defaultValue = "300",
                description = "morning: check-ins of a short morning of the same kind on a throwaway system first, so"
                        + " the JIT has compiled the hot code; 0: none (default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--drain-cap-minutes", defaultValue = "60",
                description = "morning: how long after its end to wait for the outage's lookups (default: ${DEFAULT-VALUE})")
        double drainCapMinutes;

        @Override
        public Integer call() throws Exception {
            if (morning) {
                vn.tiepdon.app.bench.LookupMorning.Options options;
                try {
                    options = new vn.tiepdon.app.bench.LookupMorning.Options(checkIns, minutes(hours * 60),
                            minutes(outageAtMinutes), minutes(outageMinutes), speed, kiosks, repeatShare, seed,
                            minutes(drainCapMinutes), warmup);
                } catch (IllegalArgumentException e) {
                    System.err.println("bench lookup: " + e.getMessage());
                    return 2;
                }
                BenchResult result = new vn.tiepdon.app.bench.LookupMorning(config.load(), System.out).run(options);
                System.out.println(result.line());
                return 0;
            }
            BenchResult result = new LookupBench(config.load(), System.out).run(count, latency, faulted, kiosks);
            System.out.println(result.line());
            return 0;
        }

        private static java.time.Duration minutes(double minutes) {
            if (!(minutes >= 0) || Double.isInfinite(minutes)) {
                throw new IllegalArgumentException("durations must be 0 or more minutes, got " + minutes);
            }
            return java.time.Duration.ofMillis(Math.round(minutes * 60_000));
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

    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = {"The queue under load over the HTTP API with real tokens: kiosks (a device token each) "
                    + "check demo people in (bhxh-sim at a small latency); desks (a receptionist each, at its own "
                    + "counter) press next, then finish; a display follows the hall stream.",
                    "Reports tickets per second, p50/p99 of issue and of call (next), and the delay from a desk's "
                    + "sending next to the display's receiving ticket.called (goal: p99 <= 100 ms).",
                    "Exit 1 when a ticket was issued or called twice, or a call never reached the display."})
    static final class Queue implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Option(names = "--kiosks", defaultValue = "50", description = "kiosks checking in at once (default: ${DEFAULT-VALUE})")
        int kiosks;

        @Option(names = "--desks", defaultValue = "10",
                description = "desks calling at once, each at its own counter (default: ${DEFAULT-VALUE})")
        int desks;

        @Option(names = "--seconds", defaultValue = "30", description = "measured seconds (default: ${DEFAULT-VALUE})")
        int seconds;

        @Option(names = "--warmup-seconds", defaultValue = "5",
                description = "seconds of the same load before measuring (default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--gateway-latency-ms", defaultValue = "20",
                description = "latency bhxh-sim adds to each lookup (default: ${DEFAULT-VALUE})")
        long latency;

        @Option(names = "--rate", defaultValue = "0", paramLabel = "PER_SECOND",
                description = "check-ins per second over all kiosks, spread evenly (default: 0: each kiosk checks "
                        + "in again as soon as it is answered, the server's capacity)")
        double rate;

        @Option(names = "--db", paramLabel = "URL",
                description = "database instead of a fresh H2 file, e.g. jdbc:postgresql://127.0.0.1:5432/tiepdon "
                        + "(user and password in the URL, or TIEPDON_DB_USER and TIEPDON_DB_PASSWORD)")
        String db;

        @Override
        public Integer call() throws Exception {
            QueueBench.Options options;
            try {
                options = new QueueBench.Options(kiosks, desks, java.time.Duration.ofSeconds(seconds),
                        java.time.Duration.ofSeconds(warmup), latency, java.util.Optional.ofNullable(db), rate);
            } catch (IllegalArgumentException e) {
                System.err.println("bench queue: " + e.getMessage());
                return 2;
            }
            BenchResult result = new QueueBench(config.load(), System.out).run(options);
            System.out.println(result.line());
            boolean clean = result.value("duplicates").equals(java.util.Optional.of("0"))
                    && result.value("missing_events").equals(java.util.Optional.of("0"));
            return clean ? 0 : 1;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"The admin's reports over a generated year of lookups (default 1,000,000): seconds for a",
                    "month's success rate, seconds and peak heap for the year's failed-lookup report (XLSX and CSV).",
                    "Run with TIEPDON_JAVA_OPTS=-Xmx256m to show the export fits in 256 MB."})
    static final class Report implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Option(names = "--lookups", defaultValue = "1000000",
                description = "lookups in the generated year (default: ${DEFAULT-VALUE})")
        long lookups;

        @Option(names = "--db", paramLabel = "URL",
                description = "an empty database instead of a fresh H2 file, e.g. jdbc:postgresql://127.0.0.1:5432/bench"
                        + " (user and password in the URL, or TIEPDON_DB_USER and TIEPDON_DB_PASSWORD); a database"
                        + " that already holds the same generated year is measured without generating it again")
        String db;

        @Option(names = "--keep", description = "keep the temporary H2 file (default: deleted at the end)")
        boolean keep;

        @Option(names = "--seed", defaultValue = "20261201", description = "the generated year's seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws Exception {
            vn.tiepdon.app.bench.ReportBench.Options options;
            try {
                options = new vn.tiepdon.app.bench.ReportBench.Options(lookups, java.util.Optional.ofNullable(db), keep,
                        seed);
            } catch (IllegalArgumentException e) {
                System.err.println("bench report: " + e.getMessage());
                return 2;
            }
            BenchResult result = new vn.tiepdon.app.bench.ReportBench(options, config.load().hospital().zone(),
                    System.out).run();
            System.out.println(result.line());
            return 0;
        }
    }
}
