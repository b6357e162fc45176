package vn.tiepdon.server.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The gateway account's request budget: at most {@link Quota#perMinute()} requests in any 60
 * seconds and {@link Quota#perDay()} in a day (by the clock's zone). Callers share it in order:
 * background retries may use only {@link Quota#backgroundShare()} of each (their daily cap), a
 * receptionist {@value #DESK_SHARE} of each, a kiosk all of it. Thread-safe (its own lock).
 */
public final class RequestBudget {
    /** The share of the budget a receptionist's lookups may use; the rest is kept for kiosks. */
    static final double DESK_SHARE = 0.9;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * @param perMinute       requests in any 60 s ({@code gateway.quota.perMinute})
     * @param perDay          requests in a day ({@code gateway.quota.perDay})
     * @param backgroundShare the share of both that background retries may use, 0 to 1
     */
    public record Quota(int perMinute, int perDay, double backgroundShare) {
        public Quota {
            if (perMinute < 1 || perDay < 1) {
                throw new IllegalArgumentException("perMinute and perDay must be at least 1");
            }
            if (!(backgroundShare >= 0 && backgroundShare <= 1)) {
                throw new IllegalArgumentException("backgroundShare must be between 0 and 1");
            }
        }

        /** 60 a minute, 5,000 a day, half of each for background retries. */
        public static Quota defaults() {
            return new Quota(60, 5000, 0.5);
        }

        /** No practical limit (tests and tools that make a handful of requests). */
        public static Quota unlimited() {
            return new Quota(Integer.MAX_VALUE, Integer.MAX_VALUE, 1.0);
        }

        int minuteLimit(GatewayCaller caller) {
            return limit(perMinute, caller);
        }

        int dayLimit(GatewayCaller caller) {
            return limit(perDay, caller);
        }

        private int limit(int total, GatewayCaller caller) {
            return switch (caller) {
                case KIOSK -> total;
                case DESK -> (int) Math.floor(total * DESK_SHARE);
                case BACKGROUND -> (int) Math.floor(total * backgroundShare);
            };
        }
    }

    /** Requests used against the budget. */
    public record Usage(int thisMinute, int today, LocalDate day) {
    }

    private final Quota quota;
    private final Clock clock;
    private final Deque<Instant> lastMinute = new ArrayDeque<>();
    private LocalDate day;
    private int today;

    public RequestBudget(Quota quota, Clock clock) {
        this.quota = Objects.requireNonNull(quota, "quota");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.day = LocalDate.now(clock);
    }

    public Quota quota() {
        return quota;
    }

    /** Counts requests already made today (read from the lookup log when the server starts). */
    public synchronized void seedToday(int requests) {
        roll(clock.instant());
        today = Math.max(today, requests);
    }

    /** Takes one request from the budget for {@code caller}; false when its share is spent. */
    public synchronized boolean tryTake(GatewayCaller caller) {
        Instant now = clock.instant();
        roll(now);
        if (lastMinute.size() >= quota.minuteLimit(caller) || today >= quota.dayLimit(caller)) {
            return false;
        }
        lastMinute.addLast(now);
        today++;
        return true;
    }

    /**
     * Gives back the request last taken, when it was not sent after all (the circuit breaker was
     * open): a request never made must not use up the account's budget.
     */
    public synchronized void giveBack() {
        roll(clock.instant());
        if (!lastMinute.isEmpty()) {
            lastMinute.removeLast();
        }
        if (today > 0) {
            today--;
        }
    }

    /** When {@code caller} may next find room in the minute's budget (now when it has some). */
    public synchronized Instant nextRoom(GatewayCaller caller) {
        Instant now = clock.instant();
        roll(now);
        if (today >= quota.dayLimit(caller)) {
            return LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        }
        int over = lastMinute.size() - quota.minuteLimit(caller);
        if (over < 0) {
            return now;
        }
        return lastMinute.stream().skip(over).findFirst().map(i -> i.plus(MINUTE)).orElse(now);
    }

    public synchronized Usage usage() {
        roll(clock.instant());
        return new Usage(lastMinute.size(), today, day);
    }

    private void roll(Instant now) {
        LocalDate current = LocalDate.ofInstant(now, clock.getZone());
        if (!current.equals(day)) {
            day = current;
            today = 0;
        }
        Instant cut = now.minus(MINUTE);
        while (!lastMinute.isEmpty() && !lastMinute.peekFirst().isAfter(cut)) {
            lastMinute.removeFirst();
        }
    }
}
