package vn.tiepdon.devices.smartcard;

import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/** Where the PC/SC readers come from; {@link #reset()} after an error starts a fresh PC/SC context. */
public interface TerminalSource {

    List<CardTerminal> list() throws CardException;

    void reset();

    /** The system's PC/SC readers (javax.smartcardio over libpcsclite / winscard). */
    static TerminalSource pcsc() {
        return new PcscTerminals();
    }
}
