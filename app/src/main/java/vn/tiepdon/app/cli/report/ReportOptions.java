package vn.tiepdon.app.cli.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every report shares: where the data is ({@code --server URL} or {@code --data DIR}),
 * who logs in ({@code --user}), and the range of service days ({@code --from}, {@code --to}, both
 * {@code yyyy-MM-dd}, both included).
 */
public final class ReportOptions {
    @Option(names = "--server", paramLabel = "URL", description = "a running server's base URL, e.g. http://127.0.0.1:8420")
    String server;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data folder of a stopped server on H2 (holding tiepdon.mv.db, e.g. ~/.tiepdon/data)")
    Path data;

    @Option(names = "--user", defaultValue = "admin", paramLabel = "USER",
            description = "with --server: an admin's user name (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd", description = "first service day")
    String from;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM-dd", description = "last service day (included)")
    String to;

    /** A bad option, with the message to print. */
    public static final class BadOption extends Exception {
        public BadOption(String message) {
            super(message);
        }
    }

    /** The range, checked: both dates well formed, {@code from} not after {@code to}, at most {@code maxDays}. */
    public Range range(int maxDays) throws BadOption {
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (first.isAfter(last)) {
            throw new BadOption("--from (" + first + ") is after --to (" + last + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > maxDays) {
            throw new BadOption("the range has " + days + " days; at most " + maxDays + " for this report");
        }
        return new Range(first, last);
    }

    /** Exactly one of {@code --server} and {@code --data}. */
    public Optional<String> server() throws BadOption {
        if ((server == null) == (data == null)) {
            throw new BadOption("give either --server URL or --data DIR");
        }
        if (server != null && !server.startsWith("http://") && !server.startsWith("https://")) {
            throw new BadOption("--server must be an http(s) URL, got '" + server + "'");
        }
        return Optional.ofNullable(server);
    }

    public Optional<Path> data() {
        return Optional.ofNullable(data);
    }

    public String user() {
        return user;
    }

    private static LocalDate date(String option, String value) throws BadOption {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadOption(option + " must be a date as yyyy-MM-dd, got '" + value + "'");
        }
    }

    /** Service days {@code from}..{@code to}, both included. */
    public record Range(LocalDate from, LocalDate to) {
    }
}
