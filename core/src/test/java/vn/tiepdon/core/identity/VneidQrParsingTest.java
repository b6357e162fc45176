package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.core.identity.Samples.CCCD_QR;
import static vn.tiepdon.core.identity.Samples.recognised;
import static vn.tiepdon.core.identity.Samples.rejection;
import static vn.tiepdon.core.identity.Samples.withField;
import static vn.tiepdon.core.identity.Samples.woman;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The VNeID app's identity QR: the CCCD pipe text whose field 7 is the issue or the expiry date. */
class VneidQrParsingTest {

    /** The same woman's VNeID QR with her card's expiry (her 40th birthday) in field 7. */
    static final String VNEID_QR = withField(CCCD_QR, 6, "12032035");

    @Test
    void readsAFutureField7AsTheExpiryOfAVneidQr() {
        IdentityDocument doc = recognised(VNEID_QR);

        assertThat(doc).isEqualTo(woman(DocumentKind.VNEID_QR)
                .expiryDate(LocalDate.of(2035, 3, 12))
                .field7(QrDateMeaning.EXPIRY_DATE)
                .build());
    }

    @Test
    void readsTomorrowAsAnExpiryAndTodayAsAnIssueDate() {
        assertThat(recognised(withField(CCCD_QR, 6, "16062025")).field7()).contains(QrDateMeaning.EXPIRY_DATE);
        IdentityDocument today = recognised(withField(CCCD_QR, 6, "15062025"));
        assertThat(today.kind()).isEqualTo(DocumentKind.CCCD_QR);
        assertThat(today.field7()).contains(QrDateMeaning.ISSUE_DATE);
        assertThat(today.issueDate()).contains(LocalDate.of(2025, 6, 15));
    }

    @Test
    void cannotTellAVneidQrWithAnIssueDateFromTheCardsQr() {
        // the very same text: it is read as the card's QR, its date as the issue date
        IdentityDocument doc = recognised(CCCD_QR);

        assertThat(doc.kind()).isEqualTo(DocumentKind.CCCD_QR);
        assertThat(doc.field7()).contains(QrDateMeaning.ISSUE_DATE);
        assertThat(doc.expiryDate()).isEmpty();
    }

    @Test
    void checksTheRestOfAVneidQrLikeACccdQr() {
        assertThat(rejection(withField(VNEID_QR, 4, "Nam")))
                .isEqualTo("CCCD QR: digit 4 of the ID number (sex) does not match the sex field");
        assertThat(rejection(withField(VNEID_QR, 6, "31022035")))
                .isEqualTo("CCCD QR: field 7 (issue date) is not a real date: there is no day 31 in month 02");
    }

    @Test
    void anEightFieldTextWithAFutureField7IsNotAVneidQr() {
        // the 8-field card QR carries issue then expiry: field 7 in the future is a bad issue date
        assertThat(rejection(VNEID_QR + "|12032045")).isEqualTo("CCCD QR: field 7 (issue date) is in the future");
    }

    @Test
    void countsAVneidQrAsTheVneidMethod() {
        assertThat(vn.tiepdon.core.stats.CheckinMethod.of(IdentificationMethod.QR, recognised(VNEID_QR).kind()))
                .isEqualTo(vn.tiepdon.core.stats.CheckinMethod.VNEID);
        assertThat(vn.tiepdon.core.stats.CheckinMethod.of(IdentificationMethod.QR, recognised(CCCD_QR).kind()))
                .isEqualTo(vn.tiepdon.core.stats.CheckinMethod.CCCD_QR);
    }
}
