package vn.tiepdon.server.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.stats.QueueMeasures;

/**
 * Adds up {@link TicketFacts} into {@link QueueStats}: each ticket counts once in {@code all}, once
 * under its queue, once under its hour of issue, and once under the counter that last called it
 * (when one did). No I/O.
 */
final class QueueStatsFold {
    private final Figures all = new Figures();
    private final Map<String, Figures> byQueue = new HashMap<>();
    private final Map<String, Figures> byCounter = new HashMap<>();
    private final Map<Integer, Figures> byHour = new HashMap<>();

    void add(TicketFacts t) {
        all.add(t);
        byQueue.computeIfAbsent(t.queueId(), q -> new Figures()).add(t);
        byHour.computeIfAbsent(t.hour(), h -> new Figures()).add(t);
        t.counterId().ifPresent(c -> byCounter.computeIfAbsent(c, k -> new Figures()).add(t));
    }

    QueueStats result(LocalDate from, LocalDate to) {
        return new QueueStats(from, to, all.measures(), measures(byQueue), measures(byCounter), measures(byHour));
    }

    private static <K> Map<K, QueueMeasures> measures(Map<K, Figures> figures) {
        return figures.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().measures()));
    }

    /** The running figures of one set of tickets. */
    private static final class Figures {
        private long tickets;
        private long served;
        private long noShows;
        private final DurationSample waiting = new DurationSample();
        private final DurationSample service = new DurationSample();

        void add(TicketFacts t) {
            tickets++;
            switch (t.outcome()) {
                case SERVED -> served++;
                case NO_SHOW -> noShows++;
                case NOT_SERVED -> {
                    // counted as tickets - served - noShows
                }
            }
            t.waitingSeconds().ifPresent(waiting::add);
            t.serviceSeconds().ifPresent(service::add);
        }

        QueueMeasures measures() {
            return new QueueMeasures(tickets, served, noShows, tickets - served - noShows, waiting.summary(),
                    service.summary());
        }
    }
}
