package vn.tiepdon.devices.smartcard;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;

/** A card service that counts the command APDUs it passes on and the bytes sent and received. */
final class CountingCardService extends CardService {
    private final CardService delegate;
    private int apdus;
    private long bytes;

    private final java.util.function.IntConsumer afterEachApdu;

    CountingCardService(CardService delegate, java.util.function.IntConsumer afterEachApdu) {
        this.delegate = delegate;
        this.afterEachApdu = afterEachApdu;
    }

    @Override
    public void open() throws CardServiceException {
        delegate.open();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardServiceException {
        apdus++;
        bytes += command.getBytes().length;
        ResponseAPDU response = delegate.transmit(command);
        bytes += response.getBytes().length;
        afterEachApdu.accept(apdus);
        return response;
    }

    @Override
    public byte[] getATR() throws CardServiceException {
        return delegate.getATR();
    }

    @Override
    public boolean isExtendedAPDULengthSupported() {
        return delegate.isExtendedAPDULengthSupported();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public boolean isConnectionLost(Exception e) {
        return delegate.isConnectionLost(e);
    }

    int apdus() {
        return apdus;
    }

    long bytes() {
        return bytes;
    }
}
