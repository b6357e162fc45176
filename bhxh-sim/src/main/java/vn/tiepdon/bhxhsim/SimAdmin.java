package vn.tiepdon.bhxhsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's admin routes, for tests, the demo and benchmarks (never faulted, never down, not
 * counted). Each POST answers what GET then answers; a bad body gets HTTP 400 {@code {"error":…}}
 * and changes nothing.
 * <ul>
 * <li>{@code GET}/{@code POST /admin/faults}: {@link SimSettings.Faults} as JSON
 * ({@code latencyMillis, jitterMillis, timeoutRate, errorRate, malformedRate, systemErrorRate}).</li>
 * <li>{@code GET}/{@code POST /admin/quota}: {@code {"perMinute":N,"perDay":N,"restrictForSeconds":S}}
 * (0 = unlimited; a missing field is 0, or 86400 for {@code restrictForSeconds}).</li>
 * <li>{@code GET /admin/accounts}: {@code {"quota":{…},"accounts":[{"username","requestsThisMinute",
 * "requestsToday","requestsTotal","restricted","restrictedUntil"}]}}, {@code restrictedUntil} an ISO
 * date-time in +07:00 or null; {@code POST /admin/accounts/reset} lifts every restriction and clears
 * this minute's and today's counts.</li>
 * <li>{@code GET}/{@code POST /admin/down}: {@code {"down":true|false}}.</li>
 * <li>{@code GET /admin/counters}: {@code {"tokenRequests","lookupRequests","historyRequests",
 * "restrictedReplies","inFlight","peakInFlight"}}.</li>
 * </ul>
 */
final class SimAdmin {

    private final BhxhSimulator sim;
    private final ObjectMapper mapper;

    SimAdmin(BhxhSimulator sim, ObjectMapper mapper) {
        this.sim = sim;
        this.mapper = mapper;
    }

    void addRoutes(Javalin javalin) {
        javalin.get("/admin/faults", ctx -> sim.sendJson(ctx, 200, sim.faults()));
        javalin.post("/admin/faults", this::changeFaults);
        javalin.get("/admin/quota", ctx -> sim.sendJson(ctx, 200, quotaJson(sim.quota())));
        javalin.post("/admin/quota", this::changeQuota);
        javalin.get("/admin/accounts", ctx -> sim.sendJson(ctx, 200, accountsJson()));
        javalin.post("/admin/accounts/reset", ctx -> {
            sim.resetRestrictions();
            sim.sendJson(ctx, 200, accountsJson());
        });
        javalin.get("/admin/down", ctx -> sim.sendJson(ctx, 200, Map.of("down", sim.down())));
        javalin.post("/admin/down", this::changeDown);
        javalin.get("/admin/counters", ctx -> sim.sendJson(ctx, 200, countersJson()));
    }

    private void changeFaults(Context ctx) {
        SimSettings.Faults value;
        try {
            value = mapper.readValue(ctx.bodyAsBytes(), SimSettings.Faults.class);
        } catch (IOException | IllegalArgumentException e) {
            refuse(ctx, e, "invalid faults");
            return;
        }
        sim.setFaults(value);
        sim.sendJson(ctx, 200, value);
    }

    private void changeQuota(Context ctx) {
        SimSettings.Quota value;
        try {
            JsonNode n = mapper.readTree(ctx.bodyAsBytes());
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("a JSON object is expected");
            }
            value = new SimSettings.Quota(intField(n, "perMinute", 0), intField(n, "perDay", 0),
                    Duration.ofSeconds(longField(n, "restrictForSeconds",
                            SimSettings.Quota.DEFAULT_RESTRICT_FOR.toSeconds())));
        } catch (IOException | IllegalArgumentException e) {
            refuse(ctx, e, "invalid quota");
            return;
        }
        sim.setQuota(value);
        sim.sendJson(ctx, 200, quotaJson(value));
    }

    private void changeDown(Context ctx) {
        boolean value;
        try {
            JsonNode n = mapper.readTree(ctx.bodyAsBytes());
            JsonNode down = n == null ? null : n.get("down");
            if (down == null || !down.isBoolean()) {
                throw new IllegalArgumentException("down must be true or false");
            }
            value = down.booleanValue();
        } catch (IOException | IllegalArgumentException e) {
            refuse(ctx, e, "invalid body");
            return;
        }
        sim.setDown(value);
        sim.sendJson(ctx, 200, Map.of("down", value));
    }

    private Map<String, Object> accountsJson() {
        List<Map<String, Object>> accounts = sim.accounts().stream().map(u -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("username", u.username());
            a.put("requestsThisMinute", u.requestsThisMinute());
            a.put("requestsToday", u.requestsToday());
            a.put("requestsTotal", u.requestsTotal());
            a.put("restricted", u.restricted());
            a.put("restrictedUntil", u.restrictedUntil()
                    .map(t -> OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), CardReply.VIETNAM)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .orElse(null));
            return a;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quota", quotaJson(sim.quota()));
        out.put("accounts", accounts);
        return out;
    }

    private Map<String, Object> countersJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tokenRequests", sim.tokenRequests());
        out.put("lookupRequests", sim.lookupRequests());
        out.put("historyRequests", sim.historyRequests());
        out.put("restrictedReplies", sim.restrictedReplies());
        out.put("inFlight", sim.inFlight());
        out.put("peakInFlight", sim.peakInFlight());
        return out;
    }

    private static Map<String, Object> quotaJson(SimSettings.Quota q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("perMinute", q.perMinute());
        out.put("perDay", q.perDay());
        out.put("restrictForSeconds", q.restrictFor().toSeconds());
        return out;
    }

    private static int intField(JsonNode n, String field, int absent) {
        long v = longField(n, field, absent);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new IllegalArgumentException(field + " is too large");
        }
        return (int) v;
    }

    private static long longField(JsonNode n, String field, long absent) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " must be a whole number");
        }
        return v.longValue();
    }

    private void refuse(Context ctx, Exception e, String fallback) {
        String reason = Optional.ofNullable(rootCause(e).getMessage()).orElse(fallback);
        sim.sendJson(ctx, 400, Map.of("error", reason));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
