package vn.tiepdon.bhxhsim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens handed out by {@code /api/token/take}, expiring by the injected clock. Thread-safe. */
final class TokenStore {

    record Session(String accessToken, String idToken, String username, Instant expiresAt, String callerIp) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Random random;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    TokenStore(Clock clock, Duration ttl, long seed) {
        this.clock = clock;
        this.ttl = ttl;
        this.random = new Random(seed);
    }

    Session issue(String username, String callerIp) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
        Session session;
        synchronized (random) {
            session = new Session(randomToken(), randomToken(), username, now.plus(ttl), callerIp);
        }
        sessions.put(session.accessToken(), session);
        return session;
    }

    /**
     * True when the token is known, not expired, and goes with this id token and username, and
     * (when {@code sameIp}) is used from the IP that took it.
     */
    boolean accepts(String accessToken, String idToken, String username, String callerIp, boolean sameIp) {
        if (accessToken == null || idToken == null || username == null) {
            return false;
        }
        Session s = sessions.get(accessToken);
        return s != null && clock.instant().isBefore(s.expiresAt()) && s.idToken().equals(idToken)
                && s.username().equalsIgnoreCase(username) && (!sameIp || s.callerIp().equals(callerIp));
    }

    private String randomToken() {
        return new UUID(random.nextLong(), random.nextLong()).toString().replace("-", "");
    }
}
