package vn.tiepdon.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.RecentCheck;

/**
 * The warning a ticket's detail shows when the gateway listed a recent check of the card by
 * another facility (a possible concurrent visit): the latest one — facility, time, today /
 * yesterday / date — and how many more there were.
 */
final class OtherFacilityWarning {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM");

    private OtherFacilityWarning() {
    }

    /** The warning for {@code lookup}, empty when no other facility checked the card near it. */
    static Optional<String> of(Optional<LookupView> lookup, DeskMessages m, Clock clock) {
        List<RecentCheck> checks = lookup.map(LookupView::otherFacilityChecks).orElse(List.of());
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        RecentCheck latest = checks.get(0);
        ZonedDateTime at = latest.checkedAt().atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        String time = TIME.format(at);
        String when;
        if (at.toLocalDate().equals(today)) {
            when = m.text("when.today", time);
        } else if (at.toLocalDate().equals(today.minusDays(1))) {
            when = m.text("when.yesterday", time);
        } else {
            when = m.text("when.date", time, DATE.format(at));
        }
        String more = checks.size() > 1 ? m.text("warning.otherFacility.more", checks.size() - 1) : "";
        return Optional.of(m.text("warning.otherFacility", latest.facilityCode(), when, more));
    }
}
