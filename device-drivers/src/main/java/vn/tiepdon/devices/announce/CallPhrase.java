package vn.tiepdon.devices.announce;

import java.util.Objects;

/**
 * The words of a call in the hall: "Mời số A001 đến Quầy 1". Pure; shared by every announcer
 * (virtual, recorded clips, speech synthesis) so they all say the same thing.
 *
 * @param ticketNumber the ticket called, e.g. "A001"
 * @param counterName  where to go, as the hospital names it, e.g. "Quầy 1"; blank when not given
 */
public record CallPhrase(String ticketNumber, String counterName) {

    public CallPhrase {
        ticketNumber = tidy(Objects.requireNonNull(ticketNumber));
        counterName = tidy(Objects.requireNonNull(counterName));
        if (ticketNumber.isEmpty()) {
            throw new IllegalArgumentException("ticket number is blank");
        }
    }

    /** "Mời số {ticket} đến {counter}", or "Mời số {ticket}" when no counter is given. */
    public String text() {
        return counterName.isEmpty()
                ? "Mời số " + ticketNumber
                : "Mời số " + ticketNumber + " đến " + counterName;
    }

    /** Trims and collapses runs of white space, so a name typed with double spaces reads the same. */
    private static String tidy(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
