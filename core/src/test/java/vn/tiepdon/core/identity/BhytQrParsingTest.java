package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.core.identity.Samples.BHYT_QR_EXAMPLE_1;
import static vn.tiepdon.core.identity.Samples.BHYT_QR_EXAMPLE_2;
import static vn.tiepdon.core.identity.Samples.recognised;
import static vn.tiepdon.core.identity.Samples.rejection;
import static vn.tiepdon.core.identity.Samples.withField;
import static vn.tiepdon.core.identity.Samples.withoutField;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BhytQrParsingTest {

    /** "Lê Văn Hùng" as hex of UTF-8. */
    private static final String PARENT_HEX = HexText.encode("Lê Văn Hùng");

    @Test
    void decodesExampleOneOfTheReferenceExactly() {
        assertThat(recognised(BHYT_QR_EXAMPLE_1)).isEqualTo(IdentityDocument.builder(DocumentKind.BHYT_QR)
                .cardNumber("HC4010123456789")
                .benefitLevel(4)
                .provinceCode("01")
                .socialInsuranceNumber("0123456789")
                .fullName("Nguyễn Văn A")
                .dateOfBirth(PartialDate.of(LocalDate.of(1994, 3, 5)))
                .sex(Sex.MALE)
                .address("Số 12, Phường Bến Nghé, TP Hồ Chí Minh")
                .registeredFacility("79024")
                .validFrom(LocalDate.of(2025, 1, 1))
                .validTo(LocalDate.of(2025, 12, 31))
                .issueDate(LocalDate.of(2024, 12, 15))
                .fiveYearDate(LocalDate.of(2027, 6, 1))
                .build());
    }

    @Test
    void decodesExampleTwoOfTheReferenceExactly() {
        assertThat(recognised(BHYT_QR_EXAMPLE_2)).isEqualTo(IdentityDocument.builder(DocumentKind.BHYT_QR)
                .cardNumber("0123456789")
                .socialInsuranceNumber("0123456789")
                .fullName("Trần Thị B")
                .dateOfBirth(PartialDate.yearOnly(1960))
                .sex(Sex.FEMALE)
                .address("Xã Hòa Bình, Tỉnh X")
                .registeredFacility("01013")
                .validFrom(LocalDate.of(2025, 1, 1))
                .issueDate(LocalDate.of(2024, 12, 20))
                .build());
    }

    @Test
    void rejectsFourteenFields() {
        assertThat(rejection(withoutField(BHYT_QR_EXAMPLE_1, 12)))
                .isEqualTo("BHYT QR: expected 15 fields ending in $, got 14");
    }

    @Test
    void rejectsSixteenFields() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 13, "0a1b2c3d4e5f-3|x")))
                .isEqualTo("BHYT QR: expected 15 fields ending in $, got 16");
    }

    @Test
    void rejectsAMissingTerminator() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 14, "#"))).isEqualTo("BHYT QR: field 15 must be $");
    }

    @Test
    void rejectsATruncatedQrWithoutTerminator() {
        assertThat(rejection(BHYT_QR_EXAMPLE_2.substring(0, BHYT_QR_EXAMPLE_2.length() - 2)))
                .isEqualTo("BHYT QR: expected 15 fields ending in $, got 14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "HC6010123456789;BHYT QR: field 1 (card number): benefit level 6 is not 1-5",
            "HC0010123456789;BHYT QR: field 1 (card number): benefit level 0 is not 1-5",
            "ZZ4010123456789;BHYT QR: field 1 (card number): unknown group code ZZ",
            "HC4030123456789;BHYT QR: field 1 (card number): unknown province code 03",
            "HC401012345678;BHYT QR: field 1 (card number): expected 10 digits or 15 characters, got 14",
            "HC40101234567890;BHYT QR: field 1 (card number): expected 10 digits or 15 characters, got 16",
            "012345678;BHYT QR: field 1 (card number): expected 10 digits or 15 characters, got 9",
            "01234567890;BHYT QR: field 1 (card number): expected 10 digits or 15 characters, got 11",
            "012345678X;BHYT QR: field 1 (card number): a 10-character number must be all digits",
            "HC40101234567X9;BHYT QR: field 1 (card number): characters 6-15 (social insurance number) must be digits"})
    void rejectsAMalformedCardNumber(String card, String reason) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 0, card))).isEqualTo(reason);
    }

    @Test
    void acceptsALowerCaseCardNumber() {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 0, "hc4010123456789")).cardNumber())
                .contains("HC4010123456789");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "4e677579e1bb856e2056c4836e204;BHYT QR: field 2 (name) is not valid hex (odd length)",
            "4e677579zz;BHYT QR: field 2 (name) is not valid hex (a character is not 0-9 or a-f)",
            "4e 677;BHYT QR: field 2 (name) is not valid hex (a character is not 0-9 or a-f)",
            "4e67c3;BHYT QR: field 2 (name) is valid hex but not valid UTF-8",
            "4e67ff41;BHYT QR: field 2 (name) is valid hex but not valid UTF-8",
            "c0af;BHYT QR: field 2 (name) is valid hex but not valid UTF-8",
            "eda080;BHYT QR: field 2 (name) is valid hex but not valid UTF-8",
            "'';BHYT QR: field 2 (name) is empty",
            "4e677579e1bb856e2031;BHYT QR: field 2 (name) contains a character that is not a letter, space, apostrophe, hyphen or dot"})
    void rejectsABadNameHex(String hex, String reason) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 1, hex))).isEqualTo(reason);
    }

    @Test
    void acceptsUpperCaseHex() {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 1, "4E677579E1BB856E2056C4836E2041")).fullName())
                .contains("Nguyễn Văn A");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "31/02/1994;BHYT QR: field 3 (birth date) is not a real date: there is no day 31 in month 02",
            "01/01/1899;BHYT QR: field 3 (birth date) is before 1900",
            "1899;BHYT QR: field 3 (birth date) is before 1900",
            "16/06/2025;BHYT QR: field 3 (birth date) is in the future",
            "2026;BHYT QR: field 3 (birth date) is in the future",
            "5/3/1994;BHYT QR: field 3 (birth date) is not in the form dd/MM/yyyy or yyyy",
            "05031994;BHYT QR: field 3 (birth date) is not in the form dd/MM/yyyy or yyyy",
            "-;BHYT QR: field 3 (birth date) is not in the form dd/MM/yyyy or yyyy"})
    void rejectsABadBirthDate(String date, String reason) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 2, date))).isEqualTo(reason);
    }

    @Test
    void acceptsABirthYearOfTheCurrentYear() {
        String qr = withField(withField(BHYT_QR_EXAMPLE_2, 2, "2025"), 8, "01/02/2025");

        assertThat(recognised(qr).dateOfBirth()).contains(PartialDate.yearOnly(2025));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3", "Nam", "-", ""})
    void rejectsASexCodeOtherThanOneOrTwo(String code) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 3, code))).isEqualTo("BHYT QR: field 4 (sex) must be 1 or 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", ""})
    void leavesTheAddressAbsentWhenDash(String none) {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 4, none)).address()).isEmpty();
    }

    @Test
    void rejectsAnAddressWithOddHex() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 4, "53e1bb9")))
                .isEqualTo("BHYT QR: field 5 (address) is not valid hex (odd length)");
    }

    @Test
    void rejectsAnAddressWithControlCharacters() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 4, "53e10a41")))
                .isEqualTo("BHYT QR: field 5 (address) is valid hex but not valid UTF-8");
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 4, "41074142")))
                .isEqualTo("BHYT QR: field 5 (address) contains control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"79 - 024", "79-024", "79024", "79 -024", "79 \u2013 024"})
    void normalisesTheFacilityToFiveDigits(String facility) {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 5, facility)).registeredFacility()).contains("79024");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "7902;BHYT QR: field 6 (registered facility) is not in the form \"PP - NNN\" or \"PPNNN\"",
            "79 - 02A;BHYT QR: field 6 (registered facility) is not in the form \"PP - NNN\" or \"PPNNN\"",
            "79 / 024;BHYT QR: field 6 (registered facility) is not in the form \"PP - NNN\" or \"PPNNN\"",
            "03 - 024;BHYT QR: field 6 (registered facility): unknown province code 03"})
    void rejectsABadFacility(String facility, String reason) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 5, facility))).isEqualTo(reason);
    }

    @Test
    void leavesTheFacilityAbsentWhenDash() {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 5, "-")).registeredFacility()).isEmpty();
    }

    @Test
    void acceptsFacilityCodesOfTheDefenceAndPoliceSectors() {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 5, "97 - 001")).registeredFacility()).contains("97001");
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 5, "98 - 001")).registeredFacility()).contains("98001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "-;BHYT QR: field 7 (valid from) is not in the form dd/MM/yyyy",
            "31/04/2025;BHYT QR: field 7 (valid from) is not a real date: there is no day 31 in month 04",
            "2025-01-01;BHYT QR: field 7 (valid from) is not in the form dd/MM/yyyy"})
    void rejectsABadValidFrom(String date, String reason) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 6, date))).isEqualTo(reason);
    }

    @Test
    void rejectsValidToBeforeValidFrom() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 7, "31/12/2024")))
                .isEqualTo("BHYT QR: field 8 (valid to) is before field 7 (valid from)");
    }

    @Test
    void acceptsValidToEqualToValidFrom() {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 7, "01/01/2025")).validTo()).contains(LocalDate.of(2025, 1, 1));
    }

    @Test
    void rejectsAValidToThatIsNotADate() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 7, "30/02/2025")))
                .isEqualTo("BHYT QR: field 8 (valid to) is not a real date: there is no day 30 in month 02");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "04/03/1994;BHYT QR: field 9 (issue date) is before the birth date",
            "16/06/2025;BHYT QR: field 9 (issue date) is in the future",
            "-;BHYT QR: field 9 (issue date) is not in the form dd/MM/yyyy",
            "15/13/2024;BHYT QR: field 9 (issue date) is not a real date: there is no month 13"})
    void rejectsABadIssueDate(String date, String reason) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 8, date))).isEqualTo(reason);
    }

    @Test
    void rejectsAnIssueDateBeforeAYearOnlyBirth() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_2, 8, "31/12/1959")))
                .isEqualTo("BHYT QR: field 9 (issue date) is before the birth date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7901-234", "79 01", "ABCDEFGHIJ0123456789X"})
    void rejectsABadManagerCode(String code) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 9, code)))
                .isEqualTo("BHYT QR: field 10 (manager code) must be up to 20 letters and digits, or -");
    }

    @Test
    void acceptsAParentNameInHex() {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 10, PARENT_HEX)).fullName()).contains("Nguyễn Văn A");
    }

    @Test
    void rejectsAParentNameWithBadHex() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 10, PARENT_HEX + "4")))
                .isEqualTo("BHYT QR: field 11 (parent name) is not valid hex (odd length)");
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 10, "3132")))
                .isEqualTo("BHYT QR: field 11 (parent name) contains a character that is not a letter, space, "
                        + "apostrophe, hyphen or dot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"K1", "K2", "K3", "-"})
    void acceptsTheAreaCodes(String area) {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 11, area)).cardNumber()).contains("HC4010123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"K4", "K0", "k1", "KV1"})
    void rejectsAnUnknownAreaCode(String area) {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 11, area)))
                .isEqualTo("BHYT QR: field 12 (area code) must be K1, K2, K3 or -");
    }

    @Test
    void rejectsAFiveYearDateThatIsNotADate() {
        assertThat(rejection(withField(BHYT_QR_EXAMPLE_1, 12, "32/01/2027")))
                .isEqualTo("BHYT QR: field 13 (five-year date) is not a real date: there is no day 32 in month 01");
    }

    @Test
    void doesNotValidateTheChecksumToken() {
        assertThat(recognised(withField(BHYT_QR_EXAMPLE_1, 13, "anything at all")).cardNumber())
                .contains("HC4010123456789");
    }

    @Test
    void toleratesSpacesAroundFields() {
        assertThat(recognised(BHYT_QR_EXAMPLE_1.replace("|", " | "))).isEqualTo(recognised(BHYT_QR_EXAMPLE_1));
    }
}
