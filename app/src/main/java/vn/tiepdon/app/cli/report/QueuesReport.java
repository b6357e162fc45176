package vn.tiepdon.app.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.cli.ConfigOption;
import vn.tiepdon.app.cli.DeviceTokenCommand;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.server.http.ApiJson;
import vn.tiepdon.server.stats.QueueStatistics;

/** {@code report queues}: the queue statistics of a range (docs/queue-statistics.md). */
@Command(name = "queues", mixinStandardHelpOptions = true,
        description = {"Queue statistics over the service days --from..--to (at most 366 days): tickets, served,",
                "no-shows, waiting (issue to first call) and service (last call to finish) times as median and",
                "90th percentile, per queue, per counter and per hour of issue. --json prints the JSON of",
                "GET /api/v1/stats/queues. Exit 0 with the report, 2 on bad input or when the server or data",
                "cannot be read."})
public final class QueuesReport implements Callable<Integer> {
    @Mixin
    ReportOptions options;

    @Mixin
    ConfigOption config;

    @Option(names = "--json", description = "print the statistics as JSON (as the API answers them)")
    boolean json;

    @Override
    public Integer call() {
        return run(config.load(), System.getenv(), DeviceTokenCommand.PasswordPrompt.console(), System.out,
                System.err);
    }

    /** The command with its configuration, environment and terminal given (for tests). */
    int run(Settings settings, Map<String, String> env, DeviceTokenCommand.PasswordPrompt prompt, PrintStream out,
            PrintStream err) {
        ReportOptions.Range range;
        try {
            range = options.range(QueueStatistics.MAX_DAYS);
            options.server();
        } catch (ReportOptions.BadOption e) {
            return fail(err, e.getMessage());
        }
        QueueStats stats;
        try (ReportSource source = ReportSources.open(options, settings, env, prompt)) {
            stats = source.queueStats(range.from(), range.to());
        } catch (ReportOptions.BadOption e) {
            return fail(err, e.getMessage());
        } catch (ReportSources.Unavailable e) {
            return fail(err, e.getMessage());
        } catch (ApiException e) {
            return fail(err, e.error().map(a -> "the server refused: " + a.error() + " (" + a.message() + ")")
                    .orElse("the server did not answer: " + e.getMessage()));
        }
        if (json) {
            try {
                out.println(ApiJson.create().writeValueAsString(stats));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("queue statistics not serialisable", e);
            }
        } else {
            out.print(QueueStatsText.render(stats, id -> settings.hospital().queue(id).map(QueueDefinition::name),
                    id -> settings.hospital().counter(id).map(CounterDefinition::name)));
        }
        return 0;
    }

    private static int fail(PrintStream err, String message) {
        err.println("tiepdon report queues: " + message);
        return 2;
    }
}
