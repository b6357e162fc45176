package vn.tiepdon.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.bench.BenchResult;
import vn.tiepdon.app.bench.CheckinBench;

/** {@code bench}: benchmarks; each ends with one {@code RESULT key=value ...} line. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. Each prints its figures and ends with one line: RESULT key=value ...",
        subcommands = {BenchCommand.Checkin.class})
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
}
