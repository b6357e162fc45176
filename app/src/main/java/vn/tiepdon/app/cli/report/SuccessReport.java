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
import vn.tiepdon.client.ApiJson;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.server.lookups.LookupStatistics;

/** {@code report success}: lookup success rates over a range, as text or as the API's JSON. */
@Command(name = "success", mixinStandardHelpOptions = true,
        description = {"Lookup success over the service days --from..--to (both included): one lookup per check-in,",
                "by its final outcome; answered (the gateway said something definite about the card), eligible,",
                "failed (no answer, or the national data missing or wrong), pending; fixes at the desk apart.",
                "Overall, by day, by method, by kiosk and by result code. --json prints the answer of",
                "GET /api/v1/stats/lookups. Exit 0 with the report; 2 with the reason on stderr."})
public final class SuccessReport implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Mixin
    ReportOptions options;

    @Option(names = "--json", description = "print the JSON of GET /api/v1/stats/lookups instead of text")
    boolean json;

    @Override
    public Integer call() {
        return run(config.load(), System.getenv(), DeviceTokenCommand.PasswordPrompt.console(), System.out,
                System.err);
    }

    /** The command with its configuration, environment and terminal given (for tests). */
    public int run(Settings settings, Map<String, String> env, DeviceTokenCommand.PasswordPrompt prompt,
                   PrintStream out, PrintStream err) {
        try {
            ReportOptions.Range range = options.range(LookupStatistics.MAX_DAYS);
            LookupSuccess success;
            try (ReportSource source = ReportSources.open(options, settings, env, prompt)) {
                success = source.lookupSuccess(range.from(), range.to());
            }
            out.print(json ? ApiJson.create().writeValueAsString(success) + "\n"
                    : new SuccessReportText().format(success));
            out.flush();
            return 0;
        } catch (ReportOptions.BadOption | ReportSources.Unavailable e) {
            return fail(err, e.getMessage());
        } catch (ApiException e) {
            return fail(err, e.error().map(a -> "the server refused: " + a.error() + " (HTTP " + e.httpStatus()
                    + "): " + a.message()).orElse("the server did not answer: " + e.getMessage()));
        } catch (JsonProcessingException e) {
            return fail(err, "cannot write the JSON: " + e.getOriginalMessage());
        }
    }

    private static int fail(PrintStream err, String message) {
        err.println("tiepdon report success: " + message);
        return 2;
    }
}
