package vn.tiepdon.kiosk;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.printing.TicketSlip;
import vn.tiepdon.core.queue.Clinic;

/**
 * Turns the server's check-in answer into the printed slip, in Vietnamese. The slip carries no
 * personal data: its QR holds only {@code TIEPDON:TICKET:<service day>:<number>} ({@link vn.tiepdon.core.identity.TicketQr}). A
 * clinic chosen at the kiosk is printed with its room under the number.
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

    /** The slip of a ticket in a BHYT or priority queue. */
    public TicketSlip slipFor(CheckinResponse response) {
        return slipFor(response, false);
    }

    /**
     * The slip of a ticket; {@code feePaying}: it waits in the fee-paying queue (chosen on the first
     * screen or after the lookup), and the slip says so instead of sending the patient to the desk.
     */
    public TicketSlip slipFor(CheckinResponse response, boolean feePaying) {
        return slipFor(response, feePaying, WaitOutlook.UNKNOWN);
    }

    /**
     * The slip, with the people ahead and the expected wait when {@code outlook} knows them. The
     * lookup's meaning is printed once: the instruction says it; the short "Tra cứu BHYT: …" label
     * is added only when the instruction does not (a fee-paying visit, a chip that failed its check).
     * Printing both made every ticket say its sentence twice.
     */
    public TicketSlip slipFor(CheckinResponse response, boolean feePaying, WaitOutlook outlook) {
        TicketView ticket = response.ticket();
        List<String> details = new ArrayList<>();
        String instruction = instruction(vietnamese, response, feePaying);
        String lookupMessage = vietnamese.lookups().patient(response.lookup()).strip();
        boolean instructionSaysLookup = !lookupMessage.isEmpty() && instruction.contains(lookupMessage);
        if (!instructionSaysLookup) {
            details.add(vietnamese.text("slip.lookup." + response.lookup().lookupClass().name()));
        }
        // a fee-paying visit does not use the card: the lookup's advice (often "go to the desk") is left out
        if (!feePaying && !lookupMessage.isEmpty() && !instructionSaysLookup) {
            details.add(lookupMessage);
        }
        outlook.peopleAhead().ifPresent(n -> details.add(vietnamese.text("slip.peopleAhead", n)));
        outlook.expectedWait().ifPresent(w -> details.add(vietnamese.text("slip.expectedWait",
                Math.max(1, (w.toSeconds() + 59) / 60))));
        LocalDateTime issuedAt = LocalDateTime.ofInstant(ticket.issuedAt(), zone);
        return new TicketSlip(hospitalName, ticket.number(), ticket.queueName(), instruction, details,
                issuedAt, vn.tiepdon.core.identity.TicketQr.text(issuedAt.toLocalDate(), ticket.number()),
                clinicName(ticket), room(vietnamese, ticket));
    }

    /**
     * What the ticket tells the patient to do, in {@code m}'s language: the lookup's text and the
     * number, or, for a fee-paying visit (and a chip that verified), to wait to register at the counter.
     */
    static String instruction(KioskMessages m, CheckinResponse response, boolean feePaying) {
        TicketView ticket = response.ticket();
        if (feePaying && !ticket.identityTampered()) {
            return m.text("ticket.feePaying", ticket.number());
        }
        return m.lookups().instruction(response.lookup(), ticket.number(), ticket.identityTampered());
    }

    /** The short line about the lookup on the ticket screen; for a fee-paying visit, that the card is not used. */
    static String lookupLabel(KioskMessages m, CheckinResponse response, boolean feePaying) {
        return feePaying && !response.ticket().identityTampered() ? m.text("ticket.feePayingLabel")
                : m.lookupLabel(response.lookup().lookupClass());
    }

    /** The clinic's name, unless the queue's name says it already (a clinic with a queue of its own). */
    static Optional<String> clinicName(TicketView ticket) {
        return ticket.clinic().map(Clinic::name).filter(name -> !name.equals(ticket.queueName()));
    }

    /** The clinic's room as the screen and slip show it ("Khám tại: Phòng 101"), in {@code m}'s language. */
    static Optional<String> room(KioskMessages m, TicketView ticket) {
        return ticket.clinic().map(c -> m.text("ticket.room", c.room()));
    }

}
