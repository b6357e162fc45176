package vn.tiepdon.devices.announce;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records the phrase each call would say, for the demo and tests; plays no sound. Thread-safe. */
public final class VirtualAnnouncer implements Announcer {

    private static final Logger log = LoggerFactory.getLogger(VirtualAnnouncer.class);

    private final List<String> phrases = new ArrayList<>();

    @Override
    public void announceCall(String ticketNumber, String counterName) {
        String phrase = new CallPhrase(ticketNumber, counterName).text();
        synchronized (this) {
            phrases.add(phrase);
        }
        log.info("Announce: {}", phrase);
    }

    /** Every phrase said so far, oldest first, e.g. "Mời số A001 đến Quầy 1". */
    public synchronized List<String> phrases() {
        return List.copyOf(phrases);
    }
}
