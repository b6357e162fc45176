package vn.tiepdon.core.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition another thread brings about: polled, never a fixed sleep that hopes. */
public final class Conditions {
    private Conditions() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} after {@code patience}. */
    public static void await(String what, Duration patience, BooleanSupplier condition) {
        long until = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out after " + patience.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
