package vn.tiepdon.app.crash;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, polling; on timeout fails with a message built then. */
final class Await {
    private static final long POLL_MILLIS = 50;

    private Await() {
    }

    static void until(BooleanSupplier condition, Duration timeout, Supplier<String> whyNot) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("not within " + timeout.toMillis() + " ms: " + whyNot.get());
            }
            pause();
        }
    }

    /** One polling interval (not a wait for an ordering: callers loop on their condition). */
    static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
