package vn.tiepdon.app.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.server.lookups.LookupStatistics;
import vn.tiepdon.server.lookups.LookupStore;
import vn.tiepdon.server.stats.QueueStatistics;
import vn.tiepdon.server.storage.Database;

/**
 * The figures of a stopped server, read from its H2 data folder with the server's own code (the
 * same answers as over HTTP). H2 lets one process open the file at a time: a running server's
 * folder is refused (use {@code --server}).
 */
public final class DataReportSource implements ReportSource {
    /** The database file's name in the data folder (as {@code server.storage}'s default). */
    public static final String FILE = "tiepdon";

    private final Database db;
    private final ZoneId zone;

    /** The hospital's name and code, for the BHXH report's summary sheet. */
    private final String hospital;

    private DataReportSource(Database db, ZoneId zone, String hospital) {
        this.db = db;
        this.zone = zone;
        this.hospital = hospital;
    }

    /**
     * Opens {@code dir}/tiepdon.mv.db.
     *
     * @throws IllegalArgumentException when there is no database file there
     */
    public static DataReportSource open(Path dir, ZoneId zone) {
        return open(dir, zone, "");
    }

    /**
     * Opens {@code dir}/tiepdon.mv.db; {@code hospital} names the hospital in the BHXH report.
     *
     * @throws IllegalArgumentException when there is no database file there
     */
    public static DataReportSource open(Path dir, ZoneId zone, String hospital) {
        Path file = dir.resolve(FILE + ".mv.db");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no tiepdon database in " + dir + " (looked for " + file.getFileName()
                    + ")");
        }
        return new DataReportSource(Database.open("jdbc:h2:file:" + dir.toAbsolutePath().resolve(FILE),
                Optional.empty(), Optional.empty()), zone, hospital);
    }

    @Override
    public LookupSuccess lookupSuccess(LocalDate from, LocalDate to) {
        return new LookupStatistics(new LookupStore(db)).between(from, to);
    }

    @Override
    public QueueStats queueStats(LocalDate from, LocalDate to) {
        return new QueueStatistics(db, zone).between(from, to);
    }

    @Override
    public void failedLookups(LocalDate from, LocalDate to, vn.tiepdon.core.api.ReportFormat format, boolean leaveOutSent,
                              OutputStream out)
            throws IOException {
        new vn.tiepdon.server.reports.BhxhReport(db, zone, hospital).write(
                new vn.tiepdon.server.reports.ReportRange(from, to),
                format, leaveOutSent, out);
    }

    @Override
    public void close() {
        db.close();
    }
}
