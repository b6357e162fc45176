package vn.tiepdon.devices.smartcard;

import java.io.IOException;
import net.sf.scuba.smartcards.CardServiceException;
import org.jmrtd.PassportService;
import vn.tiepdon.core.identity.ChipFailure;

/** Reads whole LDS files from an opened chip; a card that leaves the reader is {@link ChipFailure#CARD_REMOVED}. */
final class ChipFileReader {
    private final PassportService service;
    private final ChipAccessControl.Presence presence;

    ChipFileReader(PassportService service, ChipAccessControl.Presence presence) {
        this.service = service;
        this.presence = presence;
    }

    byte[] read(LdsFile file) throws ChipDataException {
        try {
            return service.getInputStream(file.fid(), PassportService.DEFAULT_MAX_BLOCKSIZE).readAllBytes();
        } catch (CardServiceException | IOException | RuntimeException e) {
            ChipAccessControl.checkPresent(presence, e);
            if (e instanceof CardServiceException cse && (cse.getSW() == 0x6A82 || cse.getSW() == 0x6A83)) {
                throw new ChipDataException(ChipFailure.UNSUPPORTED_CARD, file.fileName() + " is not on the chip", e);
            }
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "cannot read " + file.fileName() + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
