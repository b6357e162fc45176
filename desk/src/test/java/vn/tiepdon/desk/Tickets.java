package vn.tiepdon.desk;

import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.IdentityCheck;
import vn.tiepdon.core.queue.TicketStatus;

/** Sample tickets and events for the desk tests. */
final class Tickets {
    static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z");

    private Tickets() {
    }

    /**
     * A lookup of {@code lookupClass} with a gateway code of that class (the desk renders the staff
     * text from the code: 060 is a name that does not match); {@code GATEWAY_ERROR} got no answer.
     */
    static LookupView lookup(LookupClass lookupClass, String staffMessage) {
        return lookup(100, lookupClass, staffMessage);
    }

    /** As {@link #lookup(LookupClass, String)}, with lookup id {@code id}. */
    static LookupView lookup(long id, LookupClass lookupClass, String staffMessage) {
        Optional<String> code = switch (lookupClass) {
            case ELIGIBLE -> Optional.of("000");
            case ELIGIBLE_WITH_WARNING -> Optional.of("001");
            case NOT_ELIGIBLE -> Optional.of("010");
            case FIXABLE_DATA_ERROR -> Optional.of("060");
            case SETUP_ERROR -> Optional.of("054");
            case GATEWAY_ERROR, TEMPORARY_CARD -> Optional.empty();
        };
        return new LookupView(id, MORNING, "kiosk-1", IdentificationMethod.QR, DocumentKind.CCCD_QR, "0790*****678",
                code.isPresent() ? OutcomeKind.ANSWERED : OutcomeKind.NO_ANSWER_TIMEOUT, code, lookupClass,
                "Mời đến quầy", staffMessage, 380, 1);
    }

    static TicketView waiting(long id, String number, String name, LookupClass lookupClass) {
        return new TicketView(id, number, "bhyt", "Khám BHYT", TicketStatus.WAITING, MORNING.plusSeconds(60 * id),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(name),
                Optional.of(lookup(100 + id, lookupClass, lookupClass.isSuccess() ? "Thẻ còn hạn đến 31/12/2026"
                        : "Họ tên không khớp với thẻ (mã 060): sửa họ tên rồi tra cứu lại")));
    }

    static TicketView called(TicketView t, String counterId) {
        return withStatus(t, TicketStatus.CALLED, Optional.of(counterId));
    }

    static TicketView withStatus(TicketView t, TicketStatus status, Optional<String> counterId) {
        return new TicketView(t.id(), t.number(), t.queueId(), t.queueName(), status, t.issuedAt(),
                counterId.map(c -> t.issuedAt().plusSeconds(300)), counterId,
                counterId.map(c -> "Quầy " + c), t.patientName(), t.lookup(), t.identityCheck());
    }

    /** The same ticket with every field the counter verbs change. */
    static TicketView with(TicketView t, TicketStatus status, Optional<String> counterId, String queueId,
                           String queueName, Optional<String> note, Optional<String> targetCounterId) {
        return new TicketView(t.id(), t.number(), queueId, queueName, status, t.issuedAt(),
                counterId.isPresent() ? t.calledAt().or(() -> Optional.of(t.issuedAt().plusSeconds(300))) : t.calledAt(),
                counterId, counterId.map(c -> "Quầy " + c), t.patientName(), t.lookup(), t.identityCheck(),
                queueId.equals("priority"), note, targetCounterId);
    }

    /** The same ticket with its status (and counter) changed, everything else kept. */
    static TicketView now(TicketView t, TicketStatus status, Optional<String> counterId) {
        return with(t, status, counterId, t.queueId(), t.queueName(), t.note(), t.targetCounterId());
    }

    /** The same ticket with another lookup. */
    static TicketView withLookup(TicketView t, LookupView lookup) {
        return new TicketView(t.id(), t.number(), t.queueId(), t.queueName(), t.status(), t.issuedAt(), t.calledAt(),
                t.counterId(), t.counterName(), t.patientName(), Optional.of(lookup), t.identityCheck(), t.priority(),
                t.note(), t.targetCounterId());
    }

    /** A waiting ticket in another queue. */
    static TicketView inQueue(TicketView t, String queueId, String queueName) {
        return with(t, t.status(), t.counterId(), queueId, queueName, t.note(), t.targetCounterId());
    }

    /** The same ticket, checked in with the CCCD chip (so it may have a portrait). */
    static TicketView fromChip(TicketView t) {
        return new TicketView(t.id(), t.number(), t.queueId(), t.queueName(), t.status(), t.issuedAt(),
                t.calledAt(), t.counterId(), t.counterName(), t.patientName(), t.lookup(),
                Optional.of(IdentityCheck.CHIP_VALID));
    }

    /** A small real JPEG: a head and shoulders on a pale background, as a chip portrait looks. */
    static byte[] portraitJpeg(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new java.awt.Color(0xE8EEF4));
            g.fillRect(0, 0, width, height);
            g.setColor(new java.awt.Color(0x2F3B4C));
            g.fillOval(width / 10, height * 2 / 3, width * 8 / 10, height * 2 / 3);
            g.setColor(new java.awt.Color(0xD9A982));
            g.fillOval(width * 3 / 10, height / 6, width * 4 / 10, height / 2);
        } finally {
            g.dispose();
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            if (!javax.imageio.ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ReceptionEvent event(long id, EventType type, TicketView t) {
        return new ReceptionEvent(id, type, MORNING.plusSeconds(id), t);
    }
}
