package vn.tiepdon.app.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.server.lookups.LookupStatistics;
import vn.tiepdon.server.lookups.LookupStore;
import vn.tiepdon.server.reports.BhxhReport;
import vn.tiepdon.server.reports.ReportRange;
import vn.tiepdon.server.storage.Database;

/**
 * The admin's reports over a generated year ({@link ReportYear}: by default 1,000,000 lookups over
 * the 365 days to yesterday) on H2 or PostgreSQL: the seconds for one month's success rate
 * ({@link LookupStatistics}, as {@code GET /api/v1/stats/lookups} answers it; cold = the first
 * query after the data was written, then the median of 5) and the seconds and peak heap of the
 * year's failed-lookup report as XLSX and as CSV ({@link BhxhReport}, as the export route streams it;
 * written to a stream that only counts bytes), with the heap it took ({@link HeapWatch}: the most in
 * use, garbage included, and the most still live after a collection); run with
 * {@code TIEPDON_JAVA_OPTS=-Xmx256m} to show it fits in 256 MB. Goals: a month's success ≤ 1 s
 * on PostgreSQL; the year's XLSX streamed within 256 MB.
 */
public final class ReportBench {
    /** @param db the database; empty: a fresh H2 file in a temporary folder */
    public record Options(long lookups, Optional<String> db, boolean keep, long seed) {
        public Options {
            Objects.requireNonNull(db, "db");
            if (lookups < 365) {
                throw new IllegalArgumentException("--lookups must be at least 365");
            }
        }
    }

    private final Options options;
    private final ZoneId zone;
    private final PrintStream out;

    public ReportBench(Options options, ZoneId zone, PrintStream out) {
        this.options = options;
        this.zone = zone;
        this.out = out;
    }

    public BenchResult run() throws Exception {
        Path folder = null;
        String url;
        if (options.db().isPresent()) {
            url = options.db().get();
        } else {
            folder = Files.createTempDirectory("tiepdon-bench-report");
            url = "jdbc:h2:file:" + folder.resolve("tiepdon");
        }
        String kind = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        LocalDate lastDay = LocalDate.now(zone).minusDays(1);
        ReportYear year = new ReportYear(options.lookups(), lastDay, zone, options.seed());
        BenchResult result = new BenchResult().putText("bench", "report").putText("db", kind);
        try (Database db = Database.open(url, Optional.ofNullable(System.getenv("TIEPDON_DB_USER")),
                Optional.ofNullable(System.getenv("TIEPDON_DB_PASSWORD")))) {
            long existing = count(db, year);
            long started = System.nanoTime();
            ReportYear.Written written;
            if (existing == 0) {
                try (Connection c = db.connection()) {
                    written = year.write(c);
                }
                analyze(db, kind);
                out.printf("generated %,d lookups (%,d failed, %,d requests stored for them) over %s..%s in %.1f s%n",
                        written.lookups(), written.failed(), written.attempts(), year.firstDay(), lastDay,
                        seconds(started));
            } else if (existing == options.lookups()) {
                out.printf("the database already holds the %,d lookups of %s..%s: not generated again%n", existing,
                        year.firstDay(), lastDay);
            } else {
                throw new IllegalStateException("the database holds " + existing + " lookups in " + year.firstDay()
                        + ".." + lastDay + ", not " + options.lookups() + ": use an empty database");
            }
            long total = count(db, year);
            result.put("lookups", total);

            YearMonth month = YearMonth.from(lastDay).minusMonths(1);
            LookupStatistics stats = new LookupStatistics(new LookupStore(db));
            long t0 = System.nanoTime();
            LookupSuccess first = stats.between(month.atDay(1), month.atEndOfMonth());
            double cold = seconds(t0);
            double[] runs = new double[5];
            for (int i = 0; i < runs.length; i++) {
                long t = System.nanoTime();
                LookupSuccess again = stats.between(month.atDay(1), month.atEndOfMonth());
                runs[i] = seconds(t);
                if (again.lookups() != first.lookups()) {
                    throw new IllegalStateException("the month's count changed between runs");
                }
            }
            Arrays.sort(runs);
            out.printf("success of %s: %,d lookups, answered %.1f %%, failed %.1f %%; first query %.3f s, then median"
                    + " %.3f s, slowest %.3f s of 5%n", month, first.lookups(), first.rate() * 100,
                    first.failedRate() * 100, cold, runs[2], runs[4]);
            result.put("month_lookups", first.lookups());
            result.put("month_success_cold_ms", Math.round(cold * 1000));
            result.put("month_success_ms", Math.round(runs[2] * 1000));

            LookupSuccess whole = stats.between(year.firstDay(), lastDay);
            result.put("year_failed", whole.failed());
            BhxhReport report = new BhxhReport(db, zone, "Bệnh viện (bench)");
            ReportRange range = new ReportRange(year.firstDay(), lastDay);
            for (ReportFormat format : ReportFormat.values()) {
                String key = format.name().toLowerCase(java.util.Locale.ROOT);
                System.gc();
                long before = heapUsed();
                CountingStream sink = new CountingStream();
                long rows;
                double took;
                HeapWatch.Peaks peaks;
                try (HeapWatch watch = HeapWatch.start()) {
                    long t = System.nanoTime();
                    rows = report.write(range, format, false, sink);
                    took = seconds(t);
                    peaks = watch.peaks();
                }
                out.printf("the year's failed-lookup report as %s: %,d rows, %,d bytes in %.1f s; heap in use at most"
                        + " %d MB (garbage included, sampled every 5 ms), live after a GC at most %d MB (%d GCs;"
                        + " %d MB in use before it; max heap %d MB)%n", format, rows, sink.bytes, took,
                        mb(peaks.used()), mb(peaks.liveAfterGc()), peaks.collections(), mb(before),
                        mb(Runtime.getRuntime().maxMemory()));
                result.put("year_" + key + "_rows", rows);
                result.put("year_" + key + "_s", took);
                result.put("year_" + key + "_peak_heap_mb", mb(peaks.used()));
                result.put("year_" + key + "_peak_live_mb", mb(peaks.liveAfterGc()));
                result.put("year_" + key + "_mb", mb(sink.bytes));
            }
            result.put("max_heap_mb", mb(Runtime.getRuntime().maxMemory()));
        } finally {
            if (folder != null && !options.keep()) {
                deleteTree(folder);
            }
        }
        return result;
    }

    private static long count(Database db, ReportYear year) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from lookups where service_day between date '"
                     + year.firstDay() + "' and date '" + year.firstDay().plusDays(364) + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Fresh planner statistics on PostgreSQL, as autovacuum would give a server after a while. */
    private static void analyze(Database db, String kind) throws SQLException {
        if (!kind.equals("postgresql")) {
            return;
        }
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("analyze lookups");
            s.execute("analyze lookup_attempts");
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Counts what is written and keeps nothing. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
