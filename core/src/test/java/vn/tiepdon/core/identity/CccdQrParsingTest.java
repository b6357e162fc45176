package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.core.identity.Samples.CCCD_QR;
import static vn.tiepdon.core.identity.Samples.recognised;
import static vn.tiepdon.core.identity.Samples.rejection;
import static vn.tiepdon.core.identity.Samples.withField;
import static vn.tiepdon.core.identity.Samples.withoutField;
import static vn.tiepdon.core.identity.Samples.woman;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CccdQrParsingTest {

    private static final IdentityDocument EXPECTED = woman(DocumentKind.CCCD_QR)
            .issueDate(LocalDate.of(2021, 4, 20))
            .field7(QrDateMeaning.ISSUE_DATE)
            .build();

    @Test
    void recognisesEveryFieldOfTheSevenFieldQr() {
        assertThat(recognised(CCCD_QR)).isEqualTo(EXPECTED);
    }

    @Test
    void leavesOldIdAbsentWhenTheCmndSlotIsEmpty() {
        IdentityDocument doc = recognised(withField(CCCD_QR, 1, ""));

        assertThat(doc.oldIdNumber()).isEmpty();
        assertThat(doc.idNumber()).contains("079195001234");
    }

    @Test
    void acceptsATwelveDigitOldId() {
        assertThat(recognised(withField(CCCD_QR, 1, "079195001234")).oldIdNumber()).contains("079195001234");
    }

    @Test
    void recognisesTheSixFieldVariantWithoutCmndSlot() {
        IdentityDocument doc = recognised(withoutField(CCCD_QR, 1));

        assertThat(doc).isEqualTo(IdentityDocument.builder(DocumentKind.CCCD_QR)
                .idNumber("079195001234")
                .fullName("Lê Thị Mai Anh")
                .dateOfBirth(PartialDate.of(LocalDate.of(1995, 3, 12)))
                .sex(Sex.FEMALE)
                .address("Số 5 Lý Tự Trọng, Phường Bến Thành, TP Hồ Chí Minh")
                .issueDate(LocalDate.of(2021, 4, 20))
                .build());
    }

    @Test
    void keepsAnEighthExpiryField() {
        IdentityDocument doc = recognised(CCCD_QR + "|12032035");

        assertThat(doc.kind()).isEqualTo(DocumentKind.CCCD_QR);
        assertThat(doc.expiryDate()).contains(LocalDate.of(2035, 3, 12));
        assertThat(doc.issueDate()).contains(LocalDate.of(2021, 4, 20));
    }

    @Test
    void acceptsAnEmptyExpiryForACardWithoutExpiry() {
        assertThat(recognised(CCCD_QR + "|")).isEqualTo(EXPECTED);
    }

    @Test
    void rejectsAnExpiryThatIsNotADate() {
        assertThat(rejection(CCCD_QR + "|31022035"))
                .isEqualTo("CCCD QR: field 8 (expiry date) is not a real date: there is no day 31 in month 02");
    }

    @Test
    void rejectsAnExpiryNotAfterTheIssueDate() {
        assertThat(rejection(CCCD_QR + "|20042021")).isEqualTo("CCCD QR: field 8 (expiry date) is not after the issue date");
    }

    @Test
    void rejectsFiveFields() {
        assertThat(rejection("079195001234|025123456|Lê Thị Mai Anh|12031995|Nữ"))
                .isEqualTo("CCCD QR: expected 6 to 24 fields, got 5");
    }

    @Test
    void rejectsMoreFieldsThanAnyIdentityQr() {
        assertThat(rejection(CCCD_QR + "|x".repeat(18))).isEqualTo("CCCD QR: expected 6 to 24 fields, got 25");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "07919500123;CCCD QR: field 1 (ID number) must be 12 digits",
            "07919500123A;CCCD QR: field 1 (ID number) must be 12 digits",
            "179195001234;CCCD QR: field 1 (ID number): digit 1 must be 0",
            "003195001234;CCCD QR: field 1 (ID number): unknown province code 03",
            "097195001234;CCCD QR: field 1 (ID number): unknown province code 97"})
    void rejectsAMalformedIdNumber(String id, String reason) {
        assertThat(rejection(withField(CCCD_QR, 0, id))).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02512345", "0251234567", "02512345X", "0251 3456"})
    void rejectsAMalformedOldId(String cmnd) {
        assertThat(rejection(withField(CCCD_QR, 1, cmnd)))
                .isEqualTo("CCCD QR: field 2 (old ID number) must be 9 digits, 12 digits or empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'   ';CCCD QR: field 3 (name) is empty",
            "Lê Thị 2;CCCD QR: field 3 (name) contains a character that is not a letter, space, apostrophe, hyphen or dot",
            "Lê_Anh;CCCD QR: field 3 (name) contains a character that is not a letter, space, apostrophe, hyphen or dot",
            "'- .';CCCD QR: field 3 (name) contains no letter"})
    void rejectsAMalformedName(String name, String reason) {
        assertThat(rejection(withField(CCCD_QR, 2, name))).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H'Hen Niê", "Nguyễn-Trần Bảo", "Mai T. Lan", "Y Moan Ênuôl"})
    void acceptsNamesWithApostropheHyphenAndDot(String name) {
        assertThat(recognised(withField(CCCD_QR, 2, name)).fullName()).contains(name);
    }

    @Test
    void collapsesRunsOfSpacesInTheName() {
        assertThat(recognised(withField(CCCD_QR, 2, "  Lê  Thị   Mai Anh ")).fullName()).contains("Lê Thị Mai Anh");
    }

    @Test
    void acceptsANameInDecomposedFormAndNormalisesIt() {
        String decomposed = Normalizer.normalize("Lê Thị Mai Anh", Normalizer.Form.NFD);

        assertThat(recognised(withField(CCCD_QR, 2, decomposed)).fullName()).contains("Lê Thị Mai Anh");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "31021995;CCCD QR: field 4 (birth date) is not a real date: there is no day 31 in month 02",
            "29021995;CCCD QR: field 4 (birth date) is not a real date: there is no day 29 in month 02 of that year",
            "00031995;CCCD QR: field 4 (birth date) is not a real date: there is no day 00 in month 03",
            "12131995;CCCD QR: field 4 (birth date) is not a real date: there is no month 13",
            "1995-03-12;CCCD QR: field 4 (birth date) is not in the form ddMMyyyy",
            "1231995;CCCD QR: field 4 (birth date) is not in the form ddMMyyyy",
            "12031899;CCCD QR: field 4 (birth date) is before 1900",
            "16062025;CCCD QR: field 4 (birth date) is in the future"})
    void rejectsABadBirthDate(String date, String reason) {
        assertThat(rejection(withField(CCCD_QR, 3, date))).isEqualTo(reason);
    }

    @Test
    void acceptsALeapDayBirthDate() {
        String qr = withField(withField(withField(CCCD_QR, 0, "079196001234"), 3, "29021996"), 6, "20042021");

        assertThat(recognised(qr).dateOfBirth()).contains(PartialDate.of(LocalDate.of(1996, 2, 29)));
    }

    @ParameterizedTest
    @CsvSource({"Nam,MALE", "NAM,MALE", "nam,MALE", "Nữ,FEMALE", "NỮ,FEMALE", "nữ,FEMALE"})
    void readsTheSexWordInAnyCase(String word, Sex sex) {
        String id = sex == Sex.MALE ? "079095001234" : "079195001234";

        assertThat(recognised(withField(withField(CCCD_QR, 0, id), 4, word)).sex()).contains(sex);
    }

    @Test
    void readsADecomposedNu() {
        String decomposed = Normalizer.normalize("Nữ", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nữ");

        assertThat(recognised(withField(CCCD_QR, 4, decomposed)).sex()).contains(Sex.FEMALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Male", "1", "Nu", "", "N"})
    void rejectsAnUnknownSexWord(String word) {
        assertThat(rejection(withField(CCCD_QR, 4, word))).isEqualTo("CCCD QR: field 5 (sex) must be \"Nam\" or \"Nữ\"");
    }

    @Test
    void leavesTheAddressAbsentWhenEmpty() {
        assertThat(recognised(withField(CCCD_QR, 5, " ")).address()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "31042021;CCCD QR: field 7 (issue date) is not a real date: there is no day 31 in month 04",
            "2004202;CCCD QR: field 7 (issue date) is not in the form ddMMyyyy",
            "11031995;CCCD QR: field 7 (issue date) is before the birth date"})
    void rejectsABadIssueDate(String date, String reason) {
        assertThat(rejection(withField(CCCD_QR, 6, date))).isEqualTo(reason);
    }

    @Test
    void acceptsAnIssueDateOnTheBirthDateAndToday() {
        assertThat(recognised(withField(CCCD_QR, 6, "12031995")).issueDate()).contains(LocalDate.of(1995, 3, 12));
        assertThat(recognised(withField(CCCD_QR, 6, "15062025")).issueDate()).contains(LocalDate.of(2025, 6, 15));
    }

    @Test
    void rejectsAnIdNumberWhoseSexDigitContradictsTheSexField() {
        assertThat(rejection(withField(CCCD_QR, 4, "Nam")))
                .isEqualTo("CCCD QR: digit 4 of the ID number (sex) does not match the sex field");
    }

    @Test
    void rejectsAnIdNumberWhoseCenturyDigitContradictsTheBirthDate() {
        assertThat(rejection(withField(CCCD_QR, 0, "079395001234")))
                .isEqualTo("CCCD QR: digit 4 of the ID number (century of birth) does not match the birth date");
    }

    @Test
    void rejectsAnIdNumberWhoseYearDigitsContradictTheBirthDate() {
        assertThat(rejection(withField(CCCD_QR, 0, "079196001234")))
                .isEqualTo("CCCD QR: digits 5-6 of the ID number (birth year) do not match the birth date");
    }

    @Test
    void acceptsAManBornInThe2000s() {
        String qr = "001203004567||Phạm Minh Khôi|07082003|Nam|Thôn Đông, Xã Yên Sở, Hà Nội|10102021";

        IdentityDocument doc = recognised(qr);

        assertThat(doc.idNumber()).contains("001203004567");
        assertThat(doc.sex()).contains(Sex.MALE);
        assertThat(doc.dateOfBirth()).contains(PartialDate.of(LocalDate.of(2003, 8, 7)));
    }

    @Test
    void reportsTheFieldPositionOfTheSixFieldVariant() {
        assertThat(rejection(withField(withoutField(CCCD_QR, 1), 2, "31021995")))
                .isEqualTo("CCCD QR: field 3 (birth date) is not a real date: there is no day 31 in month 02");
    }

    @Test
    void takesTodayFromTheClockInItsZone() {
        Clock earlyMorningInHanoi = Clock.fixed(Instant.parse("2025-06-14T18:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        String issuedToday = withField(CCCD_QR, 6, "15062025");

        assertThat(new IdentityParser(earlyMorningInHanoi).parse(issuedToday)).isInstanceOf(ParseResult.Recognised.class);
        // in UTC it is still the 14th: the date is after today, so it can only be an expiry (VNeID)
        assertThat(((ParseResult.Recognised) new IdentityParser(earlyMorningInHanoi.withZone(ZoneOffset.UTC))
                .parse(issuedToday)).document().kind()).isEqualTo(DocumentKind.VNEID_QR);
    }

    @Test
    void rejectsAPipeTextThatIsNeitherLayout() {
        assertThat(rejection("abc|def")).isEqualTo("not a CCCD or BHYT code");
    }
}
