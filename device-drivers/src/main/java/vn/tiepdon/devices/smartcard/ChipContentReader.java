package vn.tiepdon.devices.smartcard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jmrtd.lds.icao.COMFile;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.ChipIdentity;
import vn.tiepdon.core.identity.PassiveAuthReport;

/**
 * What the PC/SC reader and the virtual reader share once the files are read: parse EF.COM, DG1,
 * DG13 (and DG2 when read) and passively authenticate them against EF.SOD.
 */
public final class ChipContentReader {

    /** The identity, its passive authentication, and the portrait when DG2 was read. */
    public record Content(ChipIdentity identity, PassiveAuthReport passiveAuth, Optional<byte[]> portrait) {
    }

    private final PassiveAuthenticator authenticator;
    private final Clock clock;

    public ChipContentReader(PassiveAuthenticator authenticator, Clock clock) {
        this.authenticator = authenticator;
        this.clock = clock;
    }

    public Content read(byte[] com, byte[] dg1, byte[] dg13, byte[] sod, Optional<byte[]> dg2)
            throws ChipDataException {
        parseCom(com);
        MRZInfo mrz = parseDg1(dg1);
        Dg13Fields fields = Dg13Parser.parse(dg13);
        Map<Integer, byte[]> groups = new LinkedHashMap<>();
        groups.put(1, dg1);
        dg2.ifPresent(b -> groups.put(2, b));
        groups.put(13, dg13);
        PassiveAuthReport report = authenticator.verify(groups, sod);
        Optional<byte[]> portrait = dg2.isPresent() ? Optional.of(portrait(dg2.get())) : Optional.empty();
        return new Content(ChipIdentityMapper.map(mrz, fields, LocalDate.now(clock)), report, portrait);
    }

    private static void parseCom(byte[] com) throws ChipDataException {
        try {
            new COMFile(new ByteArrayInputStream(com));
        } catch (IOException | RuntimeException e) {
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "EF.COM is malformed", e);
        }
    }

    private static MRZInfo parseDg1(byte[] dg1) throws ChipDataException {
        try {
            return new DG1File(new ByteArrayInputStream(dg1)).getMRZInfo();
        } catch (IOException | RuntimeException e) {
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "DG1 (MRZ) is malformed", e);
        }
    }

    private static byte[] portrait(byte[] dg2) throws ChipDataException {
        try {
            DG2File file = new DG2File(new ByteArrayInputStream(dg2));
            for (FaceInfo face : file.getFaceInfos()) {
                for (FaceImageInfo image : face.getFaceImageInfos()) {
                    try (InputStream in = image.getImageInputStream()) {
                        return in.readAllBytes();
                    }
                }
            }
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "DG2 holds no face image");
        } catch (IOException | RuntimeException e) {
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "DG2 (portrait) is malformed", e);
        }
    }
}
