package vn.tiepdon.app.bench;

import java.util.Arrays;

/** Measured values (microseconds) from several threads; {@link #sorted()} for percentiles. */
final class Samples {
    private long[] values = new long[1024];
    private int size;

    synchronized void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    synchronized int size() {
        return size;
    }

    /** A sorted copy. */
    synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }
}
