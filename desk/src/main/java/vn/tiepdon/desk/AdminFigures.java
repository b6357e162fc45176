package vn.tiepdon.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.CodeCounts;
import vn.tiepdon.core.stats.LookupCounts;
import vn.tiepdon.core.stats.QueueMeasures;

/**
 * What the admin view shows for one range, worked out from the server's statistics without
 * Swing: the totals in plain words, the charts' data and the same numbers as tables.
 */
record AdminFigures(LookupSuccess success, QueueStats queues, List<String> totals, List<AdminChart> charts,
                    List<AdminTable> tables) {
    static final String TREND = "trend";
    static final String METHODS = "methods";
    static final String KIOSKS = "kiosks";
    static final String CAUSES = "causes";
    static final String WAITS = "waits";
    /** At most this many causes get a bar; the table has them all. */
    static final int CAUSE_BARS = 8;

    AdminFigures {
        Objects.requireNonNull(success);
        Objects.requireNonNull(queues);
        totals = List.copyOf(totals);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    static AdminFigures of(LookupSuccess s, QueueStats q, AdminTexts t) {
        List<AdminChart> charts = List.of(trend(s, t), methods(s, t), kiosks(s, t), causes(s, t), waits(q, t));
        Map<CheckinMethod, LookupCounts> byMethod = everyMethod(s);
        List<AdminTable> tables = List.of(
                countsTable(TREND, t.text("admin.table.trend"), t.text("admin.column.day"), s.byDay(), t::date, t),
                countsTable(METHODS, t.text("admin.table.methods"), t.text("admin.column.method"), byMethod,
                        m -> method(m, t), t),
                countsTable(KIOSKS, t.text("admin.table.kiosks"), t.text("admin.column.kiosk"), s.byKiosk(),
                        k -> k, t),
                causesTable(s, t), waitsTable(q, t));
        return new AdminFigures(s, q, totals(s, q, t), charts, tables);
    }

    AdminChart chart(String name) {
        return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    AdminTable table(String name) {
        return tables.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static String method(CheckinMethod m, AdminTexts t) {
        return t.text("admin.method." + m);
    }

    private static List<String> totals(LookupSuccess s, QueueStats q, AdminTexts t) {
        List<String> lines = new ArrayList<>();
        if (s.lookups() == 0) {
            lines.add(t.text("admin.totals.none", t.date(s.from()), t.date(s.to())));
        } else {
            lines.add(t.text("admin.totals.lookups", t.count(s.lookups()), t.date(s.from()), t.date(s.to())));
            lines.add(t.text("admin.totals.answered", t.percent(s.rate()), t.count(s.succeeded())));
            lines.add(t.text("admin.totals.eligible", t.percent(s.eligibleRate()), t.count(s.eligible())));
            lines.add(t.text("admin.totals.failed", t.percent(s.failedRate()), t.count(s.failed())));
            lines.add(t.text("admin.totals.pending", t.count(s.pending())));
            lines.add(t.text("admin.totals.overridden", t.count(s.overridden()), overrides(s.overriddenBy(), t)));
            lines.add(t.text("admin.totals.sum", t.count(s.succeeded()), t.count(s.failed()), t.count(s.pending()),
                    t.count(s.lookups())));
        }
        QueueMeasures all = q.all();
        if (all.tickets() == 0) {
            lines.add(t.text("admin.totals.noTickets"));
        } else {
            lines.add(t.text("admin.totals.tickets", t.count(all.tickets()), t.count(all.served()),
                    t.count(all.noShows())));
            lines.add(t.text("admin.totals.waits", t.minutes(all.waiting().medianSeconds()),
                    t.minutes(all.waiting().p90Seconds())));
        }
        return lines;
    }

    private static String overrides(Map<LookupOverride.Action, Long> by, AdminTexts t) {
        List<String> parts = new ArrayList<>();
        for (LookupOverride.Action a : LookupOverride.Action.values()) {
            long n = by.getOrDefault(a, 0L);
            if (n > 0) {
                parts.add(t.text("admin.override." + a, t.count(n)));
            }
        }
        return parts.isEmpty() ? "" : t.text("admin.totals.overriddenBy", String.join(", ", parts));
    }

    private static AdminChart trend(LookupSuccess s, AdminTexts t) {
        List<String> days = new ArrayList<>();
        List<Double> answered = new ArrayList<>();
        List<Double> eligible = new ArrayList<>();
        List<Double> failed = new ArrayList<>();
        for (Map.Entry<LocalDate, LookupCounts> e : s.byDay().entrySet()) {
            days.add(t.day(e.getKey()));
            LookupCounts c = e.getValue();
            boolean none = c.lookups() == 0;
            answered.add(none ? null : c.rate() * 100);
            eligible.add(none ? null : c.eligibleRate() * 100);
            failed.add(none ? null : c.failedRate() * 100);
        }
        return new AdminChart(TREND, t.text("admin.chart.trend"), AdminChart.Style.LINES, "%", days, List.of(
                new AdminChart.Series(t.text("admin.series.answeredRate"), answered),
                new AdminChart.Series(t.text("admin.series.eligibleRate"), eligible),
                new AdminChart.Series(t.text("admin.series.failedRate"), failed)));
    }

    private static AdminChart methods(LookupSuccess s, AdminTexts t) {
        return stacked(METHODS, t.text("admin.chart.methods"), everyMethod(s), m -> method(m, t), t);
    }

    /** Every identification method, in the enum's order, those without lookups at zero. */
    private static Map<CheckinMethod, LookupCounts> everyMethod(LookupSuccess s) {
        Map<CheckinMethod, LookupCounts> all = new java.util.EnumMap<>(CheckinMethod.class);
        for (CheckinMethod m : CheckinMethod.values()) {
            all.put(m, s.byMethod().getOrDefault(m, LookupCounts.ZERO));
        }
        return all;
    }

    private static AdminChart kiosks(LookupSuccess s, AdminTexts t) {
        return stacked(KIOSKS, t.text("admin.chart.kiosks"), s.byKiosk(), k -> k, t);
    }

    private static <K> AdminChart stacked(String name, String title, Map<K, LookupCounts> by, Function<K, String> label,
                                          AdminTexts t) {
        List<String> categories = new ArrayList<>();
        List<Double> answered = new ArrayList<>();
        List<Double> failed = new ArrayList<>();
        List<Double> pending = new ArrayList<>();
        by.forEach((k, c) -> {
            categories.add(label.apply(k));
            answered.add((double) c.succeeded());
            failed.add((double) c.failed());
            pending.add((double) c.pending());
        });
        return new AdminChart(name, title, AdminChart.Style.STACKED_BARS, t.text("admin.axis.lookups"), categories,
                List.of(new AdminChart.Series(t.text("admin.series.answered"), answered),
                        new AdminChart.Series(t.text("admin.series.failed"), failed),
                        new AdminChart.Series(t.text("admin.series.pending"), pending)));
    }

    /** The codes of failed lookups, the most frequent first (ties by code). */
    static List<CodeCounts> failedCauses(LookupSuccess s) {
        return s.byCode().values().stream().filter(c -> c.failed() > 0)
                .sorted(Comparator.comparingLong(CodeCounts::failed).reversed().thenComparing(CodeCounts::code))
                .toList();
    }

    private static AdminChart causes(LookupSuccess s, AdminTexts t) {
        List<CodeCounts> causes = failedCauses(s);
        List<CodeCounts> shown = causes.subList(0, Math.min(CAUSE_BARS, causes.size()));
        return new AdminChart(CAUSES, t.text("admin.chart.causes"), AdminChart.Style.BARS,
                t.text("admin.axis.failed"), shown.stream().map(CodeCounts::code).toList(),
                List.of(new AdminChart.Series(t.text("admin.series.failed"),
                        shown.stream().map(c -> (double) c.failed()).toList())));
    }

    private static AdminChart waits(QueueStats q, AdminTexts t) {
        List<String> hours = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        q.byHour().forEach((hour, m) -> {
            if (m.tickets() > 0) {
                hours.add(t.text("admin.hour", hour));
                median.add(m.waiting().medianSeconds() / 60.0);
                p90.add(m.waiting().p90Seconds() / 60.0);
            }
        });
        return new AdminChart(WAITS, t.text("admin.chart.waits"), AdminChart.Style.BARS, t.text("admin.axis.minutes"),
                hours, List.of(new AdminChart.Series(t.text("admin.series.waitMedian"), median),
                        new AdminChart.Series(t.text("admin.series.waitP90"), p90)));
    }

    private static <K> AdminTable countsTable(String name, String title, String first, Map<K, LookupCounts> by,
                                              Function<K, String> label, AdminTexts t) {
        List<String> columns = new ArrayList<>(List.of(first));
        columns.addAll(countColumns(t));
        List<List<String>> rows = new ArrayList<>();
        by.forEach((k, c) -> {
            List<String> row = new ArrayList<>(List.of(label.apply(k)));
            row.addAll(countCells(c, t));
            rows.add(row);
        });
        return new AdminTable(name, title, columns, rows);
    }

    private static List<String> countColumns(AdminTexts t) {
        return List.of(t.text("admin.column.lookups"), t.text("admin.column.answered"), t.text("admin.column.rate"),
                t.text("admin.column.eligible"), t.text("admin.column.failed"), t.text("admin.column.pending"),
                t.text("admin.column.overridden"));
    }

    private static List<String> countCells(LookupCounts c, AdminTexts t) {
        return List.of(t.count(c.lookups()), t.count(c.succeeded()), t.percent(c.rate()), t.count(c.eligible()),
                t.count(c.failed()), t.count(c.pending()), t.count(c.overridden()));
    }

    private static AdminTable causesTable(LookupSuccess s, AdminTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (CodeCounts c : failedCauses(s)) {
            rows.add(List.of(c.code(), c.meaning(), t.count(c.failed()), t.percent(s.failed() == 0 ? 0
                    : (double) c.failed() / s.failed()), t.count(c.overridden())));
        }
        return new AdminTable(CAUSES, t.text("admin.table.causes"), List.of(t.text("admin.column.code"),
                t.text("admin.column.meaning"), t.text("admin.column.failed"), t.text("admin.column.shareOfFailed"),
                t.text("admin.column.overridden")), rows);
    }

    private static AdminTable waitsTable(QueueStats q, AdminTexts t) {
        List<List<String>> rows = new ArrayList<>();
        q.byHour().forEach((hour, m) -> {
            if (m.tickets() > 0) {
                rows.add(List.of(t.text("admin.hour", hour), t.count(m.tickets()), t.count(m.served()),
                        t.count(m.noShows()), t.minutes(m.waiting().medianSeconds()),
                        t.minutes(m.waiting().p90Seconds()), t.minutes(m.service().medianSeconds())));
            }
        });
        return new AdminTable(WAITS, t.text("admin.table.waits"), List.of(t.text("admin.column.hour"),
                t.text("admin.column.tickets"), t.text("admin.column.served"), t.text("admin.column.noShows"),
                t.text("admin.column.waitMedian"), t.text("admin.column.waitP90"),
                t.text("admin.column.serviceMedian")), rows);
    }
}
