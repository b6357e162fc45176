package vn.tiepdon.bhxhsim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.tiepdon.core.privacy.Masking;

/**
 * How the simulated gateway behaves.
 *
 * @param host       interface to bind, {@code 127.0.0.1} by default
 * @param accounts   facility accounts that may take a token
 * @param staff      staff registered for lookups ({@code hoTenCb}/{@code cccdCb})
 * @param tokenTtl   how long a token lives, by the simulator's clock (10 minutes by default)
 * @param hangMillis how long a held lookup waits before it answers (60 s by default)
 * @param seed       seed of the fault and token randomness
 * @param faults     the faults injected into lookups at start
 * @param callerIps  the registered caller IPs; empty: no IP check. When set, only these IPs may
 *                   take a token, and a token is only accepted from the IP that took it (as the
 *                   real gateway does since 27/07/2024)
 * @param quota      the per-account lookup quota at start (unlimited by default)
 * @param down       true to start in an outage: every gateway request hangs with no answer
 */
public record SimSettings(String host, List<Account> accounts, List<Staff> staff, Duration tokenTtl,
                          long hangMillis, long seed, Faults faults, List<String> callerIps, Quota quota,
                          boolean down) {

    /** Account of the demo facility {@code 01013}. */
    public static final String DEMO_USERNAME = "01013_BV";
    /** Plain password of the demo account (clients send its MD5 hex). */
    public static final String DEMO_PASSWORD = "tiepdon-demo";
    /** The demo's registered staff member. */
    public static final String DEMO_STAFF_NAME = "Trần Thị Bích";
    /** CCCD of {@link #DEMO_STAFF_NAME} (invented: Hà Nội, female, born 1990). */
    public static final String DEMO_STAFF_CCCD = "001190012345";

    public SimSettings {
        Objects.requireNonNull(host, "host");
        accounts = List.copyOf(accounts);
        staff = List.copyOf(staff);
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        Objects.requireNonNull(faults, "faults");
        callerIps = List.copyOf(callerIps);
        Objects.requireNonNull(quota, "quota");
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("tokenTtl must be positive");
        }
        if (hangMillis < 0) {
            throw new IllegalArgumentException("hangMillis < 0");
        }
    }

    /**
     * The demo account and staff member, 127.0.0.1, 10-minute tokens, 60 s hangs, seed 1, no faults,
     * no quota, not down.
     */
    public static SimSettings demo() {
        return new SimSettings("127.0.0.1", List.of(new Account(DEMO_USERNAME, DEMO_PASSWORD)),
                List.of(new Staff(DEMO_STAFF_NAME, DEMO_STAFF_CCCD)), Duration.ofMinutes(10), 60_000, 1,
                Faults.none(), List.of(), Quota.unlimited(), false);
    }

    public SimSettings withHost(String value) {
        return new SimSettings(value, accounts, staff, tokenTtl, hangMillis, seed, faults, callerIps, quota, down);
    }

    public SimSettings withAccounts(List<Account> value) {
        return new SimSettings(host, value, staff, tokenTtl, hangMillis, seed, faults, callerIps, quota, down);
    }

    public SimSettings withStaff(List<Staff> value) {
        return new SimSettings(host, accounts, value, tokenTtl, hangMillis, seed, faults, callerIps, quota, down);
    }

    public SimSettings withTokenTtl(Duration value) {
        return new SimSettings(host, accounts, staff, value, hangMillis, seed, faults, callerIps, quota, down);
    }

    public SimSettings withHangMillis(long value) {
        return new SimSettings(host, accounts, staff, tokenTtl, value, seed, faults, callerIps, quota, down);
    }

    public SimSettings withSeed(long value) {
        return new SimSettings(host, accounts, staff, tokenTtl, hangMillis, value, faults, callerIps, quota, down);
    }

    public SimSettings withCallerIps(List<String> value) {
        return new SimSettings(host, accounts, staff, tokenTtl, hangMillis, seed, faults, value, quota, down);
    }

    public SimSettings withFaults(Faults value) {
        return new SimSettings(host, accounts, staff, tokenTtl, hangMillis, seed, value, callerIps, quota, down);
    }

    public SimSettings withQuota(Quota value) {
        return new SimSettings(host, accounts, staff, tokenTtl, hangMillis, seed, faults, callerIps, value, down);
    }

    public SimSettings withDown(boolean value) {
        return new SimSettings(host, accounts, staff, tokenTtl, hangMillis, seed, faults, callerIps, quota, value);
    }

    /** A facility account: {@code <5-digit facility code>_BV} and its plain password. */
    public record Account(String username, String password) {
        private static final Pattern USERNAME = Pattern.compile("\\d{5}_BV");

        public Account {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            if (!USERNAME.matcher(username).matches()) {
                throw new IllegalArgumentException("username must be <5-digit facility code>_BV");
            }
        }

        @Override
        public String toString() {
            return "Account[username=" + username + ", password=***]";
        }
    }

    /** A staff member registered with BHXH for lookups. */
    public record Staff(String name, String cccd) {
        public Staff {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cccd, "cccd");
        }

        @Override
        public String toString() {
            return "Staff[name=" + Masking.name(name) + ", cccd=" + Masking.number(cccd) + "]";
        }
    }

    /**
     * Faults injected into gateway lookups ({@code /api/egw/...}; token requests are never faulted).
     * Each lookup draws once: with probability {@code errorRate} it gets HTTP 502 with an HTML page,
     * then {@code malformedRate} broken JSON, then {@code timeoutRate} an answer held for
     * {@link #hangMillis()}, then {@code systemErrorRate} the gateway's own system error (HTTP 500,
     * {@code maKetQua} 500, {@code ghiChu} {@value GatewayTexts#SYSTEM_ERROR}); every lookup also waits
     * {@code latencyMillis} plus a uniform {@code 0..jitterMillis} (e.g. 5000 and 25000 for the 5–30 s
     * the real gateway takes). The four rates must add up to at most 1.
     */
    public record Faults(@JsonProperty("latencyMillis") long latencyMillis,
                         @JsonProperty("jitterMillis") long jitterMillis,
                         @JsonProperty("timeoutRate") double timeoutRate,
                         @JsonProperty("errorRate") double errorRate,
                         @JsonProperty("malformedRate") double malformedRate,
                         @JsonProperty("systemErrorRate") double systemErrorRate) {
        @JsonCreator
        public Faults {
            if (latencyMillis < 0 || jitterMillis < 0) {
                throw new IllegalArgumentException("latencyMillis and jitterMillis must not be negative");
            }
            requireRate("timeoutRate", timeoutRate);
            requireRate("errorRate", errorRate);
            requireRate("malformedRate", malformedRate);
            requireRate("systemErrorRate", systemErrorRate);
            if (timeoutRate + errorRate + malformedRate + systemErrorRate > 1.0 + 1e-9) {
                throw new IllegalArgumentException(
                        "timeoutRate + errorRate + malformedRate + systemErrorRate must not exceed 1");
            }
        }

        /** Faults without injected system errors. */
        public Faults(long latencyMillis, long jitterMillis, double timeoutRate, double errorRate,
                      double malformedRate) {
            this(latencyMillis, jitterMillis, timeoutRate, errorRate, malformedRate, 0);
        }

        public static Faults none() {
            return new Faults(0, 0, 0, 0, 0, 0);
        }

        /** The same faults with another fixed latency and jitter. */
        public Faults withLatency(long latency, long jitter) {
            return new Faults(latency, jitter, timeoutRate, errorRate, malformedRate, systemErrorRate);
        }

        private static void requireRate(String name, double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1");
            }
        }
    }

    /**
     * The gateway's per-account lookup quota (no figures are published: configuration). Lookups
     * ({@code KQNhanLichSuKCB2024} and {@code Lskcb2025}) are counted per account by the simulator's
     * clock, per calendar minute and per day (Vietnam time). The lookup that goes over either limit
     * restricts the account for {@code restrictFor}: it and every lookup of the account until then
     * gets the restricted-account reply (HTTP 500, {@code ghiChu} {@value GatewayTexts#RESTRICTED}).
     *
     * @param perMinute   lookups allowed per minute; 0 = unlimited
     * @param perDay      lookups allowed per day; 0 = unlimited
     * @param restrictFor how long an account stays restricted (24 h by default)
     */
    public record Quota(int perMinute, int perDay, Duration restrictFor) {
        /** How long an account stays restricted unless told otherwise. */
        public static final Duration DEFAULT_RESTRICT_FOR = Duration.ofHours(24);

        public Quota {
            Objects.requireNonNull(restrictFor, "restrictFor");
            if (perMinute < 0 || perDay < 0) {
                throw new IllegalArgumentException("perMinute and perDay must not be negative");
            }
            if (restrictFor.isNegative() || restrictFor.isZero()) {
                throw new IllegalArgumentException("restrictFor must be positive");
            }
        }

        /** A quota restricting for {@link #DEFAULT_RESTRICT_FOR}. */
        public Quota(int perMinute, int perDay) {
            this(perMinute, perDay, DEFAULT_RESTRICT_FOR);
        }

        /** No limit (the default). */
        public static Quota unlimited() {
            return new Quota(0, 0, DEFAULT_RESTRICT_FOR);
        }

        public boolean isUnlimited() {
            return perMinute == 0 && perDay == 0;
        }
    }
}
