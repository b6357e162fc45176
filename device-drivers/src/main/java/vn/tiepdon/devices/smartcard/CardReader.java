package vn.tiepdon.devices.smartcard;

import java.util.function.Consumer;
import vn.tiepdon.core.identity.ChipKeyCandidates;
import vn.tiepdon.core.identity.ChipReadResult;

/**
 * The chip card reader port: watches one reader for cards and reads a CCCD chip (access control,
 * EF.COM, DG1, DG13, EF.SOD, DG2 on request, passive authentication). Never throws for a card or
 * reader problem: {@link #read} returns {@link ChipReadResult.Failed} with a typed reason.
 */
public interface CardReader extends AutoCloseable {

    /**
     * Starts watching: events go to the listener on the reader's own daemon thread (the first
     * ones describe the current state: reader connected, card inserted). Call once.
     */
    void start(Consumer<CardEvent> listener);

    boolean isCardPresent();

    /**
     * Reads the card on the reader with the given keys, tried in order.
     *
     * @param includePortrait also read DG2 (the desk's portrait, after the ticket is printed)
     */
    ChipReadResult read(ChipKeyCandidates keys, boolean includePortrait);

    /** Stops watching. */
    @Override
    void close();
}
