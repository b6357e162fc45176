package vn.tiepdon.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.tiepdon.core.api.GatewayNotice;

/**
 * The BHXH gateway trouble a desk shows: calls stopped (restricted account) outranks an outage; a
 * resume ends a stop, the outage's end ends an outage.
 */
final class GatewayTrouble {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private GatewayTrouble() {
    }

    /** The trouble shown after {@code notice}, given what was shown before. */
    static Optional<GatewayNotice> after(Optional<GatewayNotice> shown, GatewayNotice notice) {
        return switch (notice.kind()) {
            case STOPPED -> Optional.of(notice);
            case OUTAGE_STARTED -> shown.filter(n -> n.kind() == GatewayNotice.Kind.STOPPED).or(() -> Optional.of(notice));
            case RESUMED -> shown.filter(n -> n.kind() != GatewayNotice.Kind.STOPPED);
            case OUTAGE_ENDED -> shown.filter(n -> n.kind() != GatewayNotice.Kind.OUTAGE_STARTED);
        };
    }

    /** The line the desk shows for {@code trouble}, in the desk's language and time zone. */
    static String text(GatewayNotice trouble, DeskMessages m, ZoneId zone) {
        String since = TIME.format(trouble.since().atZone(zone));
        return m.text(trouble.kind() == GatewayNotice.Kind.STOPPED ? "gateway.stopped" : "gateway.outage", since);
    }
}
