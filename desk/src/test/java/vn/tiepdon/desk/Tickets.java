package vn.tiepdon.desk;

import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.TicketStatus;

/** Sample tickets and events for the desk tests. */
final class Tickets {
    static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z");

    private Tickets() {
    }

    static LookupView lookup(LookupClass lookupClass, String staffMessage) {
        return new LookupView(100, MORNING, "kiosk-1", "QR", "CCCD_QR", "0790*****678", "ANSWERED",
                Optional.of(lookupClass == LookupClass.ELIGIBLE ? "000" : "070"), lookupClass,
                "Mời đến quầy", staffMessage, 380, 1);
    }

    static TicketView waiting(long id, String number, String name, LookupClass lookupClass) {
        return new TicketView(id, number, "bhyt", "Khám BHYT", TicketStatus.WAITING, MORNING.plusSeconds(60 * id),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(name),
                Optional.of(lookup(lookupClass, lookupClass.isSuccess() ? "Thẻ còn hạn đến 31/12/2026"
                        : "Họ tên không khớp với thẻ (mã 070): sửa họ tên rồi tra cứu lại")));
    }

    static TicketView called(TicketView t, String counterId) {
        return withStatus(t, TicketStatus.CALLED, Optional.of(counterId));
    }

    static TicketView withStatus(TicketView t, TicketStatus status, Optional<String> counterId) {
        return new TicketView(t.id(), t.number(), t.queueId(), t.queueName(), status, t.issuedAt(),
                counterId.map(c -> t.issuedAt().plusSeconds(300)), counterId,
                counterId.map(c -> "Quầy " + c), t.patientName(), t.lookup());
    }

    static ReceptionEvent event(long id, String type, TicketView t) {
        return new ReceptionEvent(id, type, MORNING.plusSeconds(id), t);
    }
}
