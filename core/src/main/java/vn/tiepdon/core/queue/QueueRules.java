package vn.tiepdon.core.queue;

import java.util.Objects;

/**
 * How the hospital's queues behave (config {@code queueRules.*}): at most {@code maxPriorityRun}
 * priority calls in a row at a counter while others wait; a ticket recalled
 * {@code skipAfterRecalls} times is skipped as a no-show at the next recall (0: only by hand);
 * who goes to the priority queue by age.
 */
public record QueueRules(int maxPriorityRun, int skipAfterRecalls, PriorityByAge ages) {
    public QueueRules {
        if (maxPriorityRun < 1) {
            throw new IllegalArgumentException("queueRules.maxPriorityRun must be at least 1");
        }
        if (skipAfterRecalls < 0) {
            throw new IllegalArgumentException("queueRules.skipAfterRecalls must be 0 or more");
        }
        Objects.requireNonNull(ages);
    }

    /** 2 priority calls in a row at most, skipped after 3 recalls, priority from 75 and under 6. */
    public static QueueRules defaults() {
        return new QueueRules(2, 3, PriorityByAge.defaults());
    }
}
