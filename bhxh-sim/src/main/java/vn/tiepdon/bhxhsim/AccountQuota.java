package vn.tiepdon.bhxhsim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts each account's lookups per calendar minute and per day by the injected clock and restricts
 * an account that goes over its {@link SimSettings.Quota}. Thread-safe (one lock: a lookup is a few
 * map operations).
 *
 * <p>Every counted lookup counts, restricted or not, so a client that keeps retrying while
 * restricted keeps using up its day. When a restriction ends on a day whose count is already over
 * {@code perDay}, the next lookup restricts the account again; {@link #reset()} clears the current
 * minute's and day's counts with the restrictions.
 */
final class AccountQuota {

    private final Clock clock;
    private final Map<String, Counter> counters = new HashMap<>();
    private SimSettings.Quota quota;

    AccountQuota(Clock clock, SimSettings.Quota quota) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    synchronized SimSettings.Quota quota() {
        return quota;
    }

    synchronized void set(SimSettings.Quota value) {
        quota = Objects.requireNonNull(value, "quota");
    }

    /** What a counted lookup may get. */
    enum Admission {
        /** Answered as usual. */
        ALLOWED,
        /** This lookup went over the quota: the account is restricted from now on. */
        RESTRICTED_NOW,
        /** The account was already restricted. */
        RESTRICTED;

        boolean allowed() {
            return this == ALLOWED;
        }
    }

    /** Counts one lookup of {@code username}. */
    synchronized Admission admit(String username) {
        Instant now = clock.instant();
        Counter c = counters.computeIfAbsent(key(username), k -> new Counter());
        c.roll(now);
        c.minute++;
        c.day++;
        c.total++;
        if (c.restrictedUntil != null && now.isBefore(c.restrictedUntil)) {
            return Admission.RESTRICTED;
        }
        c.restrictedUntil = null;
        boolean over = quota.perMinute() > 0 && c.minute > quota.perMinute()
                || quota.perDay() > 0 && c.day > quota.perDay();
        if (over) {
            c.restrictedUntil = now.plus(quota.restrictFor());
            return Admission.RESTRICTED_NOW;
        }
        return Admission.ALLOWED;
    }

    synchronized AccountUsage usage(String username) {
        Instant now = clock.instant();
        Counter c = counters.get(key(username));
        if (c == null) {
            return new AccountUsage(username, 0, 0, 0, Optional.empty());
        }
        c.roll(now);
        Optional<Instant> until = Optional.ofNullable(c.restrictedUntil).filter(now::isBefore);
        return new AccountUsage(username, c.minute, c.day, c.total, until);
    }

    /** Lifts every restriction and clears the current minute's and day's counts. */
    synchronized void reset() {
        counters.values().forEach(c -> {
            c.restrictedUntil = null;
            c.minute = 0;
            c.day = 0;
        });
    }

    private static String key(String username) {
        return username.trim().toUpperCase(Locale.ROOT);
    }

    /** One account's counts; guarded by the quota's lock. */
    private static final class Counter {
        long minuteKey = Long.MIN_VALUE;
        LocalDate dayKey;
        long minute;
        long day;
        long total;
        Instant restrictedUntil;

        void roll(Instant now) {
            long thisMinute = Math.floorDiv(now.getEpochSecond(), 60);
            if (thisMinute != minuteKey) {
                minuteKey = thisMinute;
                minute = 0;
            }
            LocalDate today = LocalDate.ofInstant(now, CardReply.VIETNAM);
            if (!today.equals(dayKey)) {
                dayKey = today;
                day = 0;
            }
        }
    }
}
