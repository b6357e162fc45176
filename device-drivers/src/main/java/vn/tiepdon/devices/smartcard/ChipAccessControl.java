package vn.tiepdon.devices.smartcard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import net.sf.scuba.smartcards.CardServiceException;
import org.jmrtd.BACKey;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SecurityInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.identity.AccessMethod;
import vn.tiepdon.core.identity.ChipAccessKey;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.ChipKeyCandidates;

/**
 * Opens the chip's eMRTD application: PACE (with the MRZ key) when EF.CardAccess offers it,
 * otherwise BAC; each candidate key in turn (PACE falls back to BAC with the same key). Every
 * key that fails counts as an attempt; when all fail the read fails with
 * {@link ChipFailure#WRONG_KEY}.
 */
final class ChipAccessControl {
    private static final Logger log = LoggerFactory.getLogger(ChipAccessControl.class);

    /** The key that worked, how, and after how many attempts. */
    record Opened(AccessMethod method, ChipAccessKey key, int attempts) {
    }

    /** Tells whether the card is still on the reader (to tell a removed card from a refused key). */
    interface Presence {
        boolean cardPresent();
    }

    private ChipAccessControl() {
    }

    /** The PACE parameters EF.CardAccess offers, if any (the decision PACE or BAC). */
    static Optional<PACEInfo> paceInfo(Optional<byte[]> cardAccess) {
        if (cardAccess.isEmpty()) {
            return Optional.empty();
        }
        try {
            CardAccessFile file = new CardAccessFile(new ByteArrayInputStream(cardAccess.get()));
            for (SecurityInfo info : file.getSecurityInfos()) {
                if (info instanceof PACEInfo pace) {
                    return Optional.of(pace);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.info("EF.CardAccess is unreadable ({}): using BAC", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    static Opened open(PassportService service, ChipKeyCandidates keys, Presence presence) throws ChipDataException {
        Optional<PACEInfo> pace = paceInfo(readCardAccess(service, presence));
        boolean appletSelected = false;
        int attempt = 0;
        for (ChipAccessKey key : keys.keys()) {
            attempt++;
            BACKey bacKey = new BACKey(key.documentNumber(), key.dateOfBirth(), key.dateOfExpiry());
            if (pace.isPresent()) {
                try {
                    PACEInfo info = pace.get();
                    service.doPACE(PACEKeySpec.createMRZKey(bacKey), info.getObjectIdentifier(),
                            PACEInfo.toParameterSpec(info.getParameterId()), info.getParameterId());
                    service.sendSelectApplet(true);
                    log.info("chip opened with PACE, key {} (attempt {})", key.basis(), attempt);
                    return new Opened(AccessMethod.PACE, key, attempt);
                } catch (CardServiceException | GeneralSecurityException | RuntimeException e) {
                    checkPresent(presence, e);
                    log.info("PACE failed with key {} ({}): trying BAC", key.basis(), e.getClass().getSimpleName());
                }
            }
            if (!appletSelected) {
                selectApplet(service, presence);
                appletSelected = true;
            }
            try {
                service.doBAC(bacKey);
                log.info("chip opened with BAC, key {} (attempt {})", key.basis(), attempt);
                return new Opened(AccessMethod.BAC, key, attempt);
            } catch (CardServiceException | RuntimeException e) {
                checkPresent(presence, e);
                log.info("BAC refused key {} (attempt {}): {}", key.basis(), attempt, e.getMessage());
            }
        }
        throw new ChipDataException(ChipFailure.WRONG_KEY, "the chip refused " + attempt + " key(s): "
                + keys.keys().stream().map(ChipAccessKey::basis).toList());
    }

    private static Optional<byte[]> readCardAccess(PassportService service, Presence presence)
            throws ChipDataException {
        try {
            return Optional.of(service.getInputStream(PassportService.EF_CARD_ACCESS,
                    PassportService.DEFAULT_MAX_BLOCKSIZE).readAllBytes());
        } catch (CardServiceException | IOException | RuntimeException e) {
            checkPresent(presence, e);
            return Optional.empty();
        }
    }

    private static void selectApplet(PassportService service, Presence presence) throws ChipDataException {
        try {
            service.sendSelectApplet(false);
        } catch (CardServiceException e) {
            checkPresent(presence, e);
            throw new ChipDataException(ChipFailure.UNSUPPORTED_CARD, "the card has no eMRTD application (SW "
                    + Integer.toHexString(e.getSW()) + ")", e);
        }
    }

    static void checkPresent(Presence presence, Exception cause) throws ChipDataException {
        if (!presence.cardPresent()) {
            throw new ChipDataException(ChipFailure.CARD_REMOVED, "the card left the reader", cause);
        }
    }
}
