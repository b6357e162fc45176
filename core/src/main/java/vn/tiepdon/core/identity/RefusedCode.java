package vn.tiepdon.core.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A code recognised by its shape that is not an identity to check in with: the COVID-era personal
 * QR ({@link DocumentKind#COVID_QR}) or the hospital's own ticket QR
 * ({@link DocumentKind#TICKET_QR}, with the ticket it names). The kiosk shows each its own
 * message instead of "not recognised".
 */
public record RefusedCode(DocumentKind kind, Optional<TicketQr.Reference> ticket) {
    public RefusedCode {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(ticket);
        if (kind != DocumentKind.COVID_QR && kind != DocumentKind.TICKET_QR) {
            throw new IllegalArgumentException("only COVID_QR and TICKET_QR are refused kinds: " + kind);
        }
        if ((kind == DocumentKind.TICKET_QR) != ticket.isPresent()) {
            throw new IllegalArgumentException("a ticket reference goes with TICKET_QR only");
        }
    }

    static RefusedCode covid() {
        return new RefusedCode(DocumentKind.COVID_QR, Optional.empty());
    }

    static RefusedCode ticket(TicketQr.Reference reference) {
        return new RefusedCode(DocumentKind.TICKET_QR, Optional.of(reference));
    }
}
