package vn.tiepdon.app.cli.report;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.stats.Durations;
import vn.tiepdon.core.stats.QueueMeasures;

/**
 * The queue statistics in plain words for {@code report queues}: the range's totals, then a table
 * per queue, per counter and per hour of issue, with waiting and service times as minutes:seconds.
 */
final class QueueStatsText {
    private static final String HEADER = String.format("  %-28s %8s %8s %9s %11s %12s %9s %15s %12s", "",
            "tickets", "served", "no-shows", "not served", "wait median", "wait p90", "service median",
            "service p90");

    private QueueStatsText() {
    }

    /**
     * @param queueName   the configured name of a queue id, when known
     * @param counterName the configured name of a counter id, when known
     */
    static String render(QueueStats stats, Function<String, Optional<String>> queueName,
                         Function<String, Optional<String>> counterName) {
        StringBuilder out = new StringBuilder();
        QueueMeasures all = stats.all();
        out.append("Queue statistics, service days ").append(stats.from()).append(" to ").append(stats.to())
                .append('\n');
        if (all.tickets() == 0) {
            out.append("No tickets were issued in this range: 0 tickets, 0 served, 0 no-shows.\n");
            return out.toString();
        }
        out.append(all.tickets()).append(" tickets: ").append(all.served()).append(" served, ")
                .append(all.noShows()).append(" no-shows (called, skipped and never served), ")
                .append(all.notServed()).append(" not served (still waiting, parked or called when the day ended).\n");
        out.append("Waiting (issue to first call, ").append(all.waiting().count()).append(" tickets called): median ")
                .append(median(all.waiting())).append(", 90th percentile ").append(p90(all.waiting())).append(".\n");
        out.append("Service (last call to finish, ").append(all.service().count()).append(" tickets served): median ")
                .append(median(all.service())).append(", 90th percentile ").append(p90(all.service())).append(".\n");
        table(out, "By queue", stats.byQueue(), id -> named(id, queueName.apply(id)));
        table(out, "By counter (the counter that last called the ticket)", stats.byCounter(),
                id -> named(id, counterName.apply(id)));
        table(out, "By hour of issue", stats.byHour(), h -> String.format("%02d:00-%02d:00", h, h + 1));
        return out.toString();
    }

    private static <K> void table(StringBuilder out, String title, Map<K, QueueMeasures> rows,
                                  Function<K, String> label) {
        out.append('\n').append(title).append('\n').append(HEADER).append('\n');
        if (rows.isEmpty()) {
            out.append("  (none)\n");
            return;
        }
        rows.forEach((key, m) -> out.append(String.format("  %-28s %8d %8d %9d %11d %12s %9s %15s %12s",
                label.apply(key), m.tickets(), m.served(), m.noShows(), m.notServed(), median(m.waiting()),
                p90(m.waiting()), median(m.service()), p90(m.service()))).append('\n'));
    }

    private static String named(String id, Optional<String> name) {
        return name.filter(n -> !n.equals(id)).map(n -> id + " (" + n + ")").orElse(id);
    }

    private static String median(Durations d) {
        return d.count() == 0 ? "-" : minutes(d.medianSeconds());
    }

    private static String p90(Durations d) {
        return d.count() == 0 ? "-" : minutes(d.p90Seconds());
    }

    /** {@code 754} → {@code 12:34}; minutes go past 59 ({@code 125:03}). */
    static String minutes(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
