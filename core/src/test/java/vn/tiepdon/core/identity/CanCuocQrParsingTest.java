package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.core.identity.Samples.CCCD_QR;
import static vn.tiepdon.core.identity.Samples.recognised;
import static vn.tiepdon.core.identity.Samples.rejection;
import static vn.tiepdon.core.identity.Samples.withField;
import static vn.tiepdon.core.identity.Samples.woman;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The QR on the back of the 2024 Căn cước card: the CCCD fields, then fields whose layout is not
 * published (kept as scanned, never interpreted).
 */
class CanCuocQrParsingTest {

    /** Invented: the known 7 fields, then a cancelled number and the parents' names (order unknown). */
    static final String CAN_CUOC_QR = withField(CCCD_QR, 6, "01072024") + "|079195009999|Lê Văn Bình|Trần Thị Cúc";

    @Test
    void readsTheKnownFieldsAndKeepsTheRest() {
        IdentityDocument doc = recognised(CAN_CUOC_QR);

        assertThat(doc).isEqualTo(woman(DocumentKind.CAN_CUOC_QR)
                .issueDate(LocalDate.of(2024, 7, 1))
                .field7(QrDateMeaning.ISSUE_DATE)
                .unknownFields(List.of("079195009999", "Lê Văn Bình", "Trần Thị Cúc"))
                .build());
    }

    @Test
    void anEighthFieldThatIsNotADateMakesItThe2024Card() {
        IdentityDocument doc = recognised(CCCD_QR + "|Trần Thị Cúc");

        assertThat(doc.kind()).isEqualTo(DocumentKind.CAN_CUOC_QR);
        assertThat(doc.unknownFields()).containsExactly("Trần Thị Cúc");
        assertThat(doc.expiryDate()).isEmpty();
    }

    @Test
    void keepsEmptyUnknownFieldsInPlace() {
        assertThat(recognised(CCCD_QR + "||x|").unknownFields()).containsExactly("", "x", "");
    }

    @Test
    void checksTheKnownFieldsLikeACccdQr() {
        assertThat(rejection(withField(CAN_CUOC_QR, 3, "31021995")))
                .isEqualTo("CCCD QR: field 4 (birth date) is not a real date: there is no day 31 in month 02");
        assertThat(rejection(withField(CAN_CUOC_QR, 6, "01072026")))
                .isEqualTo("CCCD QR: field 7 (issue date) is in the future");
    }

    @Test
    void writtenByTheCccdWriterAndReadBackWithItsExtraFields() {
        IdentityDocument doc = recognised(CAN_CUOC_QR);
        String written = CccdQrWriter.write(doc) + "|" + String.join("|", doc.unknownFields());

        assertThat(recognised(written)).isEqualTo(doc);
    }

    @Test
    void rejectionReasonsNeverQuoteTheUnknownFields() {
        String reason = rejection(withField(CAN_CUOC_QR, 0, "179195001234"));

        assertThat(reason).doesNotContain("Bình").doesNotContain("079195009999");
    }

    @Test
    void countsAsTheCardsQrInTheStatistics() {
        assertThat(vn.tiepdon.core.stats.CheckinMethod.of(IdentificationMethod.QR, DocumentKind.CAN_CUOC_QR))
                .isEqualTo(vn.tiepdon.core.stats.CheckinMethod.CCCD_QR);
    }
}
