package vn.tiepdon.devices.announce;

/** Calls a ticket aloud in the hall. Never throws for audio trouble (no sound card): it logs. */
public interface Announcer {
    /** Announces "Mời số {ticketNumber} đến {counterName}". */
    void announceCall(String ticketNumber, String counterName);
}
