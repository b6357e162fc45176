package vn.tiepdon.kiosk;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.printing.TicketSlip;

/**
 * Turns the server's check-in answer into the printed slip, in Vietnamese. The slip carries no
 * personal data: its QR holds only {@code TD|<ticket id>|<number>} for the desk to scan back.
 */
public final class SlipFactory {
    private final String hospitalName;
    private final ZoneId zone;
    private final KioskMessages vietnamese = new KioskMessages(KioskLanguage.VIETNAMESE);

    public SlipFactory(String hospitalName, ZoneId zone) {
        this.hospitalName = Objects.requireNonNull(hospitalName);
        this.zone = Objects.requireNonNull(zone);
    }

    public String hospitalName() {
        return hospitalName;
    }

    public TicketSlip slipFor(CheckinResponse response) {
        TicketView ticket = response.ticket();
        List<String> details = new ArrayList<>();
        details.add(vietnamese.text("slip.lookup." + response.lookup().lookupClass().name()));
        String instruction = vietnamese.lookups().instruction(response.lookup(), ticket.number(),
                ticket.identityTampered());
        String lookupMessage = vietnamese.lookups().patient(response.lookup()).strip();
        if (!lookupMessage.isEmpty() && !instruction.contains(lookupMessage)) {
            details.add(lookupMessage);
        }
        return new TicketSlip(hospitalName, ticket.number(), ticket.queueName(), instruction, details,
                LocalDateTime.ofInstant(ticket.issuedAt(), zone), qrPayload(ticket));
    }

    /** {@code TD|<ticket id>|<number>}: what the desk reads back from the slip's QR. */
    public static String qrPayload(TicketView ticket) {
        return "TD|" + ticket.id() + "|" + ticket.number();
    }
}
