package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.core.identity.Samples.recognised;
import static vn.tiepdon.core.identity.Samples.rejection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BareNumberParsingTest {

    @Test
    void recognisesATwelveDigitCccdNumber() {
        assertThat(recognised("079195001234"))
                .isEqualTo(IdentityDocument.builder(DocumentKind.CCCD_NUMBER).idNumber("079195001234").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001000000001", "001900000001", "096512345678", "079999999999"})
    void acceptsAnySexCenturyDigitInABareCccdNumber(String number) {
        assertThat(recognised(number).idNumber()).contains(number);
    }

    @Test
    void ignoresSpacesInsideATypedNumber() {
        assertThat(recognised("079 195 001 234").idNumber()).contains("079195001234");
        assertThat(recognised("HC4 01 0123456789").cardNumber()).contains("HC4010123456789");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "179195001234;CCCD number: digit 1 must be 0",
            "003195001234;CCCD number: unknown province code 03",
            "000195001234;CCCD number: unknown province code 00",
            "098195001234;CCCD number: unknown province code 98"})
    void rejectsACccdNumberWithABadPrefix(String number, String reason) {
        assertThat(rejection(number)).isEqualTo(reason);
    }

    @Test
    void rejectsANineDigitCmnd() {
        assertThat(rejection("025123456"))
                .isEqualTo("9-digit old ID (CMND) numbers cannot be looked up: use the 12-digit CCCD or the BHYT card");
    }

    @ParameterizedTest
    @CsvSource({"01234567890,11", "0791950012345,13", "12345,5", "0,1"})
    void rejectsOtherDigitCounts(String number, int length) {
        assertThat(rejection(number)).isEqualTo("a number of " + length + " digits is neither a CCCD number "
                + "(12 digits) nor a BHYT number (10 digits or 15 characters)");
    }

    @Test
    void recognisesAFifteenCharacterBhytNumber() {
        assertThat(recognised("HC4010123456789")).isEqualTo(IdentityDocument.builder(DocumentKind.BHYT_NUMBER)
                .cardNumber("HC4010123456789")
                .benefitLevel(4)
                .provinceCode("01")
                .socialInsuranceNumber("0123456789")
                .build());
    }

    @Test
    void recognisesATenDigitBhytNumber() {
        assertThat(recognised("0123456789")).isEqualTo(IdentityDocument.builder(DocumentKind.BHYT_NUMBER)
                .cardNumber("0123456789")
                .socialInsuranceNumber("0123456789")
                .build());
    }

    @Test
    void upperCasesATypedGroupCode() {
        assertThat(recognised("te1790123456789").cardNumber()).contains("TE1790123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CC", "TE", "CK", "CB", "KC", "HN", "DT", "DK", "XD", "BT", "TS", "DN", "HT", "TC",
            "CN", "HX", "CH", "NN", "TK", "HC", "XK", "TB", "NO", "CT", "XB", "TN", "CS", "XN", "MS", "HD", "TQ",
            "TA", "TY", "HG", "LS", "HS", "SV", "PV", "GB", "GD", "QN", "CA", "CY", "XV", "YE", "TV"})
    void acceptsEachOfTheFortySixGroupCodes(String group) {
        assertThat(recognised(group + "2790123456789").cardNumber()).contains(group + "2790123456789");
    }

    @Test
    void listsFortySixDistinctGroupCodes() {
        assertThat(BhytGroupCodes.all()).hasSize(46).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void acceptsBenefitLevelsOneToFive(int level) {
        assertThat(recognised("DN" + level + "790123456789").benefitLevel()).hasValue(level);
    }

    @Test
    void rejectsCardNumberWithBenefitLevelSix() {
        assertThat(rejection("HC6010123456789")).isEqualTo("BHYT number: benefit level 6 is not 1-5");
    }

    @Test
    void rejectsCardNumberWithBenefitLevelZero() {
        assertThat(rejection("HC0010123456789")).isEqualTo("BHYT number: benefit level 0 is not 1-5");
    }

    @Test
    void rejectsCardNumberWithALetterForBenefitLevel() {
        assertThat(rejection("HCX010123456789")).isEqualTo("BHYT number: character 3 (benefit level) must be a digit");
    }

    @Test
    void rejectsAnUnknownProvinceCode() {
        assertThat(rejection("HC4030123456789")).isEqualTo("BHYT number: unknown province code 03");
    }

    @Test
    void rejectsAProvinceCodeWithALetter() {
        assertThat(rejection("HC40A0123456789"))
                .isEqualTo("BHYT number: characters 4-5 (province code) must be digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22",
            "24", "25", "26", "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45", "46",
            "48", "49", "51", "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75",
            "77", "79", "80", "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96", "97", "98"})
    void acceptsEveryProvinceCodeUsedOnCards(String province) {
        assertThat(recognised("GD4" + province + "0123456789").provinceCode()).contains(province);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "03", "05", "07", "09", "13", "16", "18", "21", "99"})
    void rejectsCodesThatAreNoProvince(String province) {
        assertThat(rejection("GD4" + province + "0123456789")).isEqualTo("BHYT number: unknown province code " + province);
    }

    @Test
    void listsSixtyThreeAdministrativeProvinceCodes() {
        assertThat(ProvinceCodes.administrative()).hasSize(63).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void rejectsAnUnknownGroupCode() {
        assertThat(rejection("ZZ4010123456789")).isEqualTo("BHYT number: unknown group code ZZ");
    }

    @Test
    void rejectsFifteenDigitsWithoutGroupCode() {
        assertThat(rejection("794010123456789")).isEqualTo("BHYT number: characters 1-2 (group code) must be letters");
    }

    @Test
    void rejectsALetterInTheSocialInsuranceNumber() {
        assertThat(rejection("HC40101234567X9"))
                .isEqualTo("BHYT number: characters 6-15 (social insurance number) must be digits");
    }

    @ParameterizedTest
    @CsvSource({"HC401012345678,14", "HC40101234567890,16", "HC4010,6", "HC4010123456789012,18"})
    void rejectsACardNumberOfTheWrongLength(String number, int length) {
        assertThat(rejection(number)).isEqualTo("BHYT number: expected 10 digits or 15 characters, got " + length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "HC-4010123456789", "Nguyễn Văn A", "https://example.org/x", "X1", "ABCDEF"})
    void rejectsTextThatIsNoCode(String text) {
        assertThat(rejection(text)).isEqualTo("not a CCCD or BHYT code");
    }
}
