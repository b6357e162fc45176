package vn.tiepdon.devices.smartcard;

import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * The PC/SC readers; the factory caches the PC/SC context, so after an error (reader unplugged,
 * service restarted) a fresh factory is taken.
 */
final class PcscTerminals implements TerminalSource {
    private TerminalFactory factory;

    @Override
    public synchronized List<CardTerminal> list() throws CardException {
        if (factory == null) {
            try {
                factory = TerminalFactory.getInstance("PC/SC", null);
            } catch (NoSuchAlgorithmException e) {
                throw new CardException("no PC/SC provider: " + e.getMessage(), e);
            }
        }
        return factory.terminals().list();
    }

    @Override
    public synchronized void reset() {
        factory = null;
    }
}
