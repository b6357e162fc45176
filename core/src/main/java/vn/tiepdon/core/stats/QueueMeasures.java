package vn.tiepdon.core.stats;

/**
 * Queue figures for a set of tickets. {@code tickets} issued; {@code served} finished at a counter;
 * {@code noShows} called and then skipped and never served; {@code notServed} the rest (still
 * waiting, parked, or cancelled): {@code served + noShows + notServed = tickets}. {@code waiting}: from
 * issue to the first call; {@code service}: from the last call or recall to finish (served tickets only).
 */
public record QueueMeasures(long tickets, long served, long noShows, long notServed, Durations waiting,
                            Durations service) {
    public static final QueueMeasures NONE = new QueueMeasures(0, 0, 0, 0, Durations.NONE, Durations.NONE);

    public QueueMeasures {
        if (served + noShows + notServed != tickets) {
            throw new IllegalArgumentException("served + noShows + notServed must equal tickets");
        }
        java.util.Objects.requireNonNull(waiting, "waiting");
        java.util.Objects.requireNonNull(service, "service");
    }
}
