package vn.tiepdon.devices.smartcard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jmrtd.lds.SODFile;
import vn.tiepdon.core.identity.Sex;

/**
 * The test-card generator: the files of a card (EF.COM, DG1, DG2, DG13, DG15, EF.SOD) and a test
 * CSCA for a person, in the variants the tests need. Builds on {@link CccdCardBuilder}.
 */
final class TestCards {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZONE);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    /** The authority of our (test) state, and a foreign one. Generated once: RSA keys take time. */
    static final IssuingAuthority OURS = IssuingAuthority.generate("tiepdon test", 7, CLOCK);
    static final IssuingAuthority FOREIGN = IssuingAuthority.generate("foreign test", 8, CLOCK);

    enum Variant {
        NORMAL,
        /** DG13 changed after the SOD was signed. */
        DG13_ALTERED,
        /** Signed by a document signer of a CSCA we do not trust. */
        FOREIGN_CSCA,
        /** DG13 without fields 14, 15 and 16. */
        WITHOUT_FIELDS_14_TO_16,
        /** DG13 values as PrintableString. */
        PRINTABLE_STRINGS,
        /** Holder born 1950, card issued 2021: valid for life. */
        LIFETIME,
        /** Card issued one year before the 25th birthday: valid to the 40th. */
        ISSUED_ONE_YEAR_BEFORE_25,
        /** The SOD's signature bytes corrupted. */
        CORRUPTED_SIGNATURE,
        /** The SOD cut short. */
        TRUNCATED_SOD
    }

    /** The person of the normal card: married, with an old CMND and field 16. */
    static final CardHolder AN = new CardHolder("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 8, 15), Sex.MALE,
            "Kinh", "Không", "Phường Phú Hội, Thành phố Huế", "Số 12 Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh",
            "Nốt ruồi C:1cm dưới trước mép trái", LocalDate.of(2021, 4, 20), "Nguyễn Văn Bình", "Trần Thị Cúc",
            Optional.of("Lê Thị Dung"), Optional.of("025123456"), Optional.of("3F00A1B2C3D4E5F6"));

    static final CardHolder ELDER = new CardHolder("001050012345", "Phạm Thị Hoa", LocalDate.of(1950, 6, 1), Sex.FEMALE,
            "Kinh", "Phật giáo", "Nam Định", "Số 3 Hàng Bài, Hà Nội", "Sẹo chấm C:2cm trên đuôi mắt phải",
            LocalDate.of(2021, 6, 1), "Phạm Văn Sơn", "Đỗ Thị Lan", Optional.empty(), Optional.empty(),
            Optional.empty());

    private TestCards() {
    }

    static CardHolder holder(Variant variant) {
        return switch (variant) {
            case LIFETIME -> ELDER;
            case ISSUED_ONE_YEAR_BEFORE_25 -> AN.withIssueDate(LocalDate.of(2014, 8, 15));
            case WITHOUT_FIELDS_14_TO_16 -> AN.withFields14To16(Optional.empty(), Optional.empty(), Optional.empty());
            default -> AN;
        };
    }

    static CardImage card(Variant variant) {
        CardHolder holder = holder(variant);
        CccdCardBuilder ours = new CccdCardBuilder(OURS);
        return switch (variant) {
            case FOREIGN_CSCA -> new CccdCardBuilder(FOREIGN).build(holder);
            case PRINTABLE_STRINGS -> ours.build(holder, CccdCardBuilder.dg13Fields(holder), true);
            case DG13_ALTERED -> {
                CardImage card = ours.build(holder);
                Map<Integer, List<String>> fields = CccdCardBuilder.dg13Fields(holder);
                fields.put(Dg13Fields.FULL_NAME, List.of("Nguyễn Văn Bảo"));
                yield card.with(LdsFile.DG13, Dg13Writer.write(fields, false));
            }
            case CORRUPTED_SIGNATURE -> {
                CardImage card = ours.build(holder);
                yield card.with(LdsFile.SOD, corruptSignature(card.file(LdsFile.SOD).orElseThrow()));
            }
            case TRUNCATED_SOD -> {
                CardImage card = ours.build(holder);
                byte[] sod = card.file(LdsFile.SOD).orElseThrow();
                yield card.with(LdsFile.SOD, Arrays.copyOf(sod, sod.length / 2));
            }
            default -> ours.build(holder);
        };
    }

    /** Writes the card files and our CSCA ({@code csca/csca.der}) into a folder. */
    static void write(Variant variant, Path folder) throws IOException {
        card(variant).writeTo(folder);
        Files.createDirectories(folder.resolve("csca"));
        try {
            Files.write(folder.resolve("csca/csca.der"), OURS.csca().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    static CscaTrustStore ourCsca() {
        return CscaTrustStore.of(List.of(OURS.csca()));
    }

    private static byte[] corruptSignature(byte[] sodBytes) {
        try {
            SODFile sod = new SODFile(new ByteArrayInputStream(sodBytes));
            byte[] signature = sod.getEncryptedDigest().clone();
            signature[signature.length / 2] ^= 0x5A;
            return new SODFile(sod.getDigestAlgorithm(), sod.getDigestEncryptionAlgorithm(),
                    sod.getDataGroupHashes(), signature, sod.getDocSigningCertificate()).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
