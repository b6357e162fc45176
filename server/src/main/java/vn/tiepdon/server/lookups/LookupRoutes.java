package vn.tiepdon.server.lookups;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupAttemptView;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Exchange;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** The lookup log (receptionists, admins) and the lookup statistics (admins). */
public final class LookupRoutes implements Routes.Feature {
    private final LookupStore lookups;
    private final LookupStatistics stats;
    private final Supplier<LocalDate> today;
    private final LookupViews views;

    public LookupRoutes(LookupStore lookups, LookupStatistics stats, Supplier<LocalDate> today) {
        this(lookups, stats, today, LookupViews.plain());
    }

    /** @param views how each lookup is shown (with the card's checks by other facilities) */
    public LookupRoutes(LookupStore lookups, LookupStatistics stats, Supplier<LocalDate> today, LookupViews views) {
        this.lookups = lookups;
        this.stats = stats;
        this.today = today;
        this.views = views;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/lookups", Allowed.roles(Role.RECEPTIONIST), ex -> {
            LocalDate day = date(ex, "date").orElseGet(today);
            boolean failed = ex.query("failed").map("true"::equalsIgnoreCase).orElse(false);
            return Reply.ok(views.of(lookups.ofDay(day, failed)));
        });
        routes.get("/api/v1/lookups/{id}/attempts", Allowed.admin(), ex -> {
            long id;
            try {
                id = Long.parseLong(ex.path("id"));
            } catch (NumberFormatException e) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "the lookup id must be a number");
            }
            if (lookups.find(id).isEmpty()) {
                throw new ApiProblem(ErrorCode.UNKNOWN_LOOKUP, "no lookup " + id);
            }
            return Reply.ok(lookups.attempts(id).stream().map(LookupRoutes::view).toList());
        });
        routes.get("/api/v1/stats/lookups", Allowed.admin(), ex -> {
            LocalDate from = date(ex, "from").orElseGet(today);
            LocalDate to = date(ex, "to").orElse(from);
            if (to.isBefore(from)) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "from (" + from + ") is after to (" + to + ")");
            }
            if (java.time.temporal.ChronoUnit.DAYS.between(from, to) >= LookupStatistics.MAX_DAYS) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "the range from " + from + " to " + to
                        + " is longer than " + LookupStatistics.MAX_DAYS + " days");
            }
            return Reply.ok(stats.between(from, to));
        });
    }

    static LookupAttemptView view(LookupAttempt a) {
        return new LookupAttemptView(a.lookupId(), a.attempt(), a.at(), a.background(), a.caller().map(Enum::name),
                a.outcome(), a.code(), a.lookupClass(), a.millis(),
                a.sent().map(s -> new LookupAttemptView.Sent(s.cardKey(), s.fullName(), s.birthDate(), s.account(),
                        s.staffName())),
                a.received().map(r -> new LookupAttemptView.Received(r.httpStatus(), r.bytes(), r.message())));
    }

    private static Optional<LocalDate> date(Exchange ex, String name) {
        Optional<String> text = ex.query(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, name + " must be a date yyyy-MM-dd, got '"
                    + (text.get().length() > 40 ? text.get().substring(0, 40) + "…" : text.get()) + "'");
        }
    }
}
