package vn.tiepdon.kiosk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.queue.ClinicDefinition;

/**
 * What this hospital lets the patient choose at the kiosk, from the server's setup: the clinics of
 * the registration screen ({@code registration} on), and the fee-paying queue (empty: the kiosk
 * offers no fee-paying choice and a patient whose card cannot be used goes to the desk).
 */
public record KioskOptions(List<ClinicDefinition> clinics, boolean registration, Optional<String> feePayingQueueId) {
    public KioskOptions {
        clinics = List.copyOf(clinics);
        Objects.requireNonNull(feePayingQueueId);
    }

    /** No clinic screen, no fee-paying choice: every check-in as the server decides. */
    public static KioskOptions none() {
        return new KioskOptions(List.of(), false, Optional.empty());
    }

    public static KioskOptions of(SetupView setup) {
        return new KioskOptions(setup.clinics(), setup.kioskRegistration(), setup.feePayingQueueId());
    }

    /** True when the patient picks a clinic before the check-in. */
    public boolean asksClinic() {
        return registration && !clinics.isEmpty();
    }

    public boolean offersFeePaying() {
        return feePayingQueueId.isPresent();
    }

    /**
     * True when the patient chooses fee-paying or the desk after the check-in: the lookup says the
     * card cannot be used, the hospital has a fee-paying queue, and the ticket is neither there
     * already, nor a priority ticket (the desk serves it first anyway), nor one whose chip failed its
     * check (the desk must see the card).
     */
    public boolean asksFeePayingOrDesk(CheckinResponse response) {
        TicketView ticket = response.ticket();
        return response.lookup().lookupClass() == LookupClass.NOT_ELIGIBLE && offersFeePaying()
                && !isFeePaying(ticket.queueId()) && !ticket.priority() && !ticket.identityTampered();
    }

    /** True when {@code queueId} is the fee-paying queue. */
    public boolean isFeePaying(String queueId) {
        return feePayingQueueId.filter(queueId::equals).isPresent();
    }
}
