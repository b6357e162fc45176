package vn.tiepdon.app.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.cli.ConfigOption;
import vn.tiepdon.app.cli.DeviceTokenCommand;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ReportFormat;

/**
 * {@code report failed-lookups … --out FILE.xlsx|FILE.csv [--leave-out-sent]}: the failed lookups of
 * a range for BHXH, as the server's {@code GET /api/v1/reports/failed-lookups} gives them.
 */
@Command(name = "failed-lookups", mixinStandardHelpOptions = true,
        description = {"Writes the failed lookups of the service days --from..--to (at most 366) for BHXH: one row",
                "per check-in whose lookup failed, with what was sent to the gateway and what it answered,",
                "the receptionist's override and the \"đã gửi BHXH\" date. XLSX (rows and a summary sheet",
                "\"Tổng hợp\") or CSV (UTF-8 with BOM, rows only), by the extension of --out.",
                "Exit 0 with the file written, 2 on bad input or when the server or data cannot be read."})
public final class FailedLookupsReport implements Callable<Integer> {
    @Mixin
    ReportOptions options;

    @Mixin
    ConfigOption config;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.csv",
            description = "the file to write: .xlsx or .csv (replaced if it exists)")
    Path out;

    @Option(names = "--leave-out-sent", description = "leave out the lookups already marked sent to BHXH")
    boolean leaveOutSent;

    @Override
    public Integer call() {
        return run(config.load(), System.getenv(), DeviceTokenCommand.PasswordPrompt.console(), System.out,
                System.err);
    }

    int run(Settings settings, Map<String, String> env, DeviceTokenCommand.PasswordPrompt prompt, PrintStream stdout,
            PrintStream err) {
        Optional<ReportFormat> format = format(out);
        if (format.isEmpty()) {
            err.println("--out must name a .xlsx or .csv file, got '" + out + "'");
            return 2;
        }
        ReportOptions.Range range;
        try {
            range = options.range(vn.tiepdon.server.reports.ReportRange.MAX_DAYS);
        } catch (ReportOptions.BadOption e) {
            err.println(e.getMessage());
            return 2;
        }
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            err.println("--out: the folder " + folder + " does not exist");
            return 2;
        }
        try (ReportSource source = ReportSources.open(options, settings, env, prompt)) {
            Path partial = Files.createTempFile(folder, ".tiepdon-report-", ".part");
            try {
                try (OutputStream file = Files.newOutputStream(partial)) {
                    source.failedLookups(range.from(), range.to(), format.get(), leaveOutSent, file);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            stdout.println("Wrote " + target + " (" + Files.size(target) + " bytes): failed lookups " + range.from()
                    + " to " + range.to() + (leaveOutSent ? ", without those sent to BHXH" : ""));
            return 0;
        } catch (ReportOptions.BadOption | ReportSources.Unavailable e) {
            err.println(e.getMessage());
            return 2;
        } catch (ApiException e) {
            err.println(e.error().map(a -> "the server refused: " + a.error() + " (" + a.message() + ")")
                    .orElse("the server could not be reached: " + e.getMessage()));
            return 2;
        } catch (IOException e) {
            err.println("cannot write " + target + ": " + e.getMessage());
            return 2;
        }
    }

    /** The format a file's extension names (.csv or .xlsx, any case), empty for anything else. */
    static Optional<ReportFormat> format(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") && name.length() > 4) {
            return Optional.of(ReportFormat.CSV);
        }
        if (name.endsWith(".xlsx") && name.length() > 5) {
            return Optional.of(ReportFormat.XLSX);
        }
        return Optional.empty();
    }
}
