package vn.tiepdon.devices.smartcard;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import net.sf.scuba.data.Gender;
import org.jmrtd.lds.LDSFile;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.COMFile;
import org.jmrtd.lds.icao.DG15File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import vn.tiepdon.core.identity.CardValidity;
import vn.tiepdon.core.identity.CccdValidityRule;
import vn.tiepdon.core.identity.ChipAccessKey;
import vn.tiepdon.core.identity.ChipKeys;
import vn.tiepdon.core.identity.Sex;

/**
 * Builds the LDS files of a CCCD-like chip for one {@link CardHolder}, signed by an
 * {@link IssuingAuthority}: EF.COM, DG1 (TD1 MRZ, {@code IDVNM}, the 12-digit ID in the optional
 * data), DG2 (a small generated JPEG portrait), DG13 (the 16 Vietnamese fields, absent ones
 * omitted), DG15 (an RSA-1024 Active Authentication key) and EF.SOD (SHA-256 hashes, signed
 * SHA256withRSA by the document signer). For the demo's virtual reader and for tests; the
 * emulator {@code cccd_vicc.py} loads the same files.
 *
 * <p>A lifetime card carries {@code <<<<<<} as MRZ expiry and "Không thời hạn" in DG13 field 12.
 */
public final class CccdCardBuilder {
    public static final String LIFETIME_TEXT = "Không thời hạn";
    private static final DateTimeFormatter DG13_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final IssuingAuthority authority;

    public CccdCardBuilder(IssuingAuthority authority) {
        this.authority = authority;
    }

    public CardImage build(CardHolder holder) {
        return build(holder, dg13Fields(holder), false);
    }

    /** Builds with the given DG13 fields (e.g. with some left out), as UTF8String or PrintableString values. */
    public CardImage build(CardHolder holder, Map<Integer, List<String>> dg13, boolean printableStrings) {
        EnumMap<LdsFile, byte[]> files = new EnumMap<>(LdsFile.class);
        files.put(LdsFile.DG1, dg1(holder));
        files.put(LdsFile.DG2, dg2(holder));
        files.put(LdsFile.DG13, Dg13Writer.write(dg13, printableStrings));
        files.put(LdsFile.DG15, dg15());
        files.put(LdsFile.COM, new COMFile("1.7", "4.0.0", new int[] {
            LDSFile.EF_DG1_TAG, LDSFile.EF_DG2_TAG, LDSFile.EF_DG13_TAG, LDSFile.EF_DG15_TAG}).getEncoded());
        files.put(LdsFile.SOD, sod(files));
        return new CardImage(files);
    }

    /** The 16 DG13 fields of a holder, in field order; 14–16 only when the holder has them. */
    public static Map<Integer, List<String>> dg13Fields(CardHolder h) {
        Map<Integer, List<String>> f = new LinkedHashMap<>();
        f.put(Dg13Fields.ID_NUMBER, List.of(h.idNumber()));
        f.put(Dg13Fields.FULL_NAME, List.of(h.fullName()));
        f.put(Dg13Fields.BIRTH_DATE, List.of(h.birthDate().format(DG13_DATE)));
        f.put(Dg13Fields.SEX, List.of(h.sex() == Sex.MALE ? "Nam" : "Nữ"));
        f.put(Dg13Fields.NATIONALITY, List.of("Việt Nam"));
        f.put(Dg13Fields.ETHNICITY, List.of(h.ethnicity()));
        f.put(Dg13Fields.RELIGION, List.of(h.religion()));
        f.put(Dg13Fields.HOMETOWN, List.of(h.hometown()));
        f.put(Dg13Fields.RESIDENCE, List.of(h.residence()));
        f.put(Dg13Fields.IDENTIFYING_MARKS, List.of(h.identifyingMarks()));
        f.put(Dg13Fields.ISSUE_DATE, List.of(h.issueDate().format(DG13_DATE)));
        f.put(Dg13Fields.EXPIRY_DATE, List.of(validity(h) instanceof CardValidity.Until u
                ? u.expiry().format(DG13_DATE) : LIFETIME_TEXT));
        f.put(Dg13Fields.PARENTS, List.of(h.fatherName(), h.motherName()));
        h.spouseName().ifPresent(s -> f.put(Dg13Fields.SPOUSE, List.of(s)));
        h.oldIdNumber().ifPresent(s -> f.put(Dg13Fields.OTHER_DOCUMENT, List.of(s)));
        h.field16().ifPresent(s -> f.put(Dg13Fields.FIELD_16, List.of(s)));
        return f;
    }

    public static CardValidity validity(CardHolder h) {
        return CccdValidityRule.validity(h.birthDate(), h.issueDate());
    }

    /** The TD1 MRZ of a holder, three lines of 30 characters without line breaks. */
    public static String mrz(CardHolder h) {
        String docNo = ChipKeys.documentNumber(h.idNumber());
        String expiry = validity(h) instanceof CardValidity.Until u ? ChipKeys.mrzDate(u.expiry())
                : ChipAccessKey.FILLER_EXPIRY;
        String line1 = pad("IDVNM" + docNo + MRZInfo.checkDigit(docNo) + h.idNumber() + "<<"
                + MRZInfo.checkDigit(h.idNumber()), 30);
        String dob = ChipKeys.mrzDate(h.birthDate());
        String line2Start = dob + MRZInfo.checkDigit(dob) + (h.sex() == Sex.MALE ? "M" : "F") + expiry
                + MRZInfo.checkDigit(expiry) + "VNM";
        String line2 = pad(line2Start, 29);
        String composite = line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15)
                + line2.substring(18, 29);
        line2 = line2 + MRZInfo.checkDigit(composite);
        return line1 + line2 + pad(mrzName(h.fullName()), 30);
    }

    /** {@code Nguyễn Văn An} → {@code NGUYEN<<VAN<AN}: family name, then the given names. */
    static String mrzName(String fullName) {
        String ascii = Normalizer.normalize(fullName.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "").strip();
        String[] words = ascii.split("\\s+");
        StringBuilder out = new StringBuilder(words[0]).append("<<");
        for (int i = 1; i < words.length; i++) {
            out.append(i > 1 ? "<" : "").append(words[i]);
        }
        String name = out.toString();
        return name.length() > 30 ? name.substring(0, 30) : name;
    }

    private static String pad(String s, int length) {
        return (s + "<".repeat(length)).substring(0, length);
    }

    private static byte[] dg1(CardHolder h) {
        try {
            return new DG1File(new MRZInfo(mrz(h))).getEncoded();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot build the MRZ: " + e.getMessage(), e);
        }
    }

    private static byte[] dg2(CardHolder h) {
        try {
            BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0xDDE6F0));
            g.fillRect(0, 0, 60, 80);
            g.setColor(new Color(0x6B4F3A));
            g.fillOval(15, 12, 30, 36);
            g.fillRect(10, 55, 40, 25);
            g.dispose();
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", jpeg);
            byte[] bytes = jpeg.toByteArray();
            FaceImageInfo face = new FaceImageInfo(h.sex() == Sex.MALE ? Gender.MALE : Gender.FEMALE,
                    FaceImageInfo.EyeColor.UNSPECIFIED, 0, 0, 0, new int[3], new int[3],
                    FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL, FaceImageInfo.IMAGE_COLOR_SPACE_RGB24,
                    FaceImageInfo.SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAM, 0, 0, new FaceImageInfo.FeaturePoint[0],
                    60, 80, new ByteArrayInputStream(bytes), bytes.length, FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
            return new DG2File(List.of(new FaceInfo(List.of(face)))).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] dg15() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(1024, authority.random());
            return new DG15File(rsa.generateKeyPair().getPublic()).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the Active Authentication key", e);
        }
    }

    /** Signs the data groups among the given files into an EF.SOD (SHA-256, SHA256withRSA). */
    public byte[] sod(Map<LdsFile, byte[]> files) {
        try {
            Map<Integer, byte[]> hashes = new TreeMap<>();
            for (Map.Entry<LdsFile, byte[]> e : files.entrySet()) {
                if (e.getKey().dataGroup() > 0) {
                    hashes.put(e.getKey().dataGroup(), MessageDigest.getInstance("SHA-256").digest(e.getValue()));
                }
            }
            return new SODFile("SHA-256", "SHA256withRSA", hashes, authority.documentSignerKey(),
                    authority.documentSigner()).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the SOD", e);
        }
    }
}
