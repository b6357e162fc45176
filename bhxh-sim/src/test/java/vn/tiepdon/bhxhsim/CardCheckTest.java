package vn.tiepdon.bhxhsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CardCheckTest {

    private static final String STAFF = SimSettings.DEMO_STAFF_NAME;
    private static final String STAFF_CCCD = SimSettings.DEMO_STAFF_CCCD;

    private final CardCheck check = new CardCheck(DemoPopulation.create(),
            List.of(new SimSettings.Staff(STAFF, STAFF_CCCD)));

    private CardCheck.Verdict look(String maThe, String hoTen, String ngaySinh) {
        return check.check(new CardCheck.LookupBody(maThe, hoTen, ngaySinh, STAFF, STAFF_CCCD));
    }

    @Test
    void missingStaffNameIsAFormatError() {
        CardCheck.Verdict v = check.check(new CardCheck.LookupBody("001085012345", "", "", null, STAFF_CCCD));
        assertThat(v.code()).isEqualTo("205");
        assertThat(v.note()).isEqualTo("Null hoTenCb");
    }

    @Test
    void missingStaffCccdIsAFormatError() {
        assertThat(check.check(new CardCheck.LookupBody("001085012345", "", "", STAFF, " ")).code()).isEqualTo("205");
    }

    @Test
    void unregisteredStaffCccdIs054() {
        assertThat(check.check(new CardCheck.LookupBody("001085012345", "", "", STAFF, "001190099999")).code())
                .isEqualTo("054");
    }

    @Test
    void staffNameNotMatchingTheCccdIs055() {
        assertThat(check.check(new CardCheck.LookupBody("001085012345", "", "", "Lê Văn Tám", STAFF_CCCD)).code())
                .isEqualTo("055");
    }

    @Test
    void staffNameIsComparedIgnoringCaseAndSpaces() {
        assertThat(check.check(new CardCheck.LookupBody("001085012345", "", "", "  TRẦN  thị bích ", STAFF_CCCD))
                .code()).isEqualTo("000");
    }

    @ParameterizedTest
    @CsvSource({"001085012345", "0185012345", "HC4010185012345", "hc4010185012345"})
    void findsThePersonByCccdBhxhNumberOrCard(String key) {
        CardCheck.Verdict v = look(key, "Nguyễn Văn An", "05/03/1985");
        assertThat(v.code()).isEqualTo("000");
        assertThat(v.subject()).contains(DemoPopulation.ELIGIBLE_BY_CCCD);
        assertThat(v.showCard()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"12345", "00108501234", "HC40101850123", "HC40101850123456", "H14010185012345", "HCX010185012345"})
    void malformedCardKeyIs205(String key) {
        assertThat(look(key, "", "").code()).isEqualTo("205");
    }

    @Test
    void unknownNumbersAre050() {
        assertThat(look("001085099999", "", "").code()).isEqualTo("050");
        assertThat(look("0199999999", "", "").code()).isEqualTo("050");
        assertThat(look("HC4010199999999", "", "").code()).isEqualTo("050");
    }

    @Test
    void wrongBenefitLevelDigitIs053() {
        assertThat(look("HC3010185012345", "", "").code()).isEqualTo("053");
        assertThat(look("HC6010185012345", "", "").code()).isEqualTo("053");
    }

    @Test
    void wrongProvinceDigitsAre052() {
        assertThat(look("HC4790185012345", "", "").code()).isEqualTo("052");
    }

    @Test
    void wrongOrUnknownGroupCodeIs051() {
        assertThat(look("DN4010185012345", "", "").code()).isEqualTo("051");
        assertThat(look("ZZ4010185012345", "", "").code()).isEqualTo("051");
    }

    @Test
    void wrongNameWithADifferentFirstLetterIs060() {
        CardCheck.Verdict v = look("001085012345", "Trần Văn An", "");
        assertThat(v.code()).isEqualTo("060");
        assertThat(v.showCard()).isFalse();
    }

    @Test
    void wrongNameWithTheSameFirstLetterIs061() {
        assertThat(look("001085012345", "Nguyen Van An", "").code()).isEqualTo("061");
    }

    @Test
    void nameIsComparedAfterNfcCaseAndSpaces() {
        String decomposed = java.text.Normalizer.normalize("nguyễn  VĂN an", java.text.Normalizer.Form.NFD);
        assertThat(look("001085012345", decomposed, "").code()).isEqualTo("000");
    }

    @Test
    void emptyNameAndBirthDateAreNotChecked() {
        assertThat(look("001085012345", "", "").code()).isEqualTo("000");
        assertThat(look("001085012345", null, null).code()).isEqualTo("000");
    }

    @ParameterizedTest
    @CsvSource({"05/03/1985, 000", "05031985, 000", "1985, 000", "06/03/1985, 070", "1986, 070", "05031986, 070"})
    void birthDateIsComparedAtThePrecisionGiven(String ngaySinh, String expected) {
        assertThat(look("001085012345", "Nguyễn Văn An", ngaySinh).code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1950, 000", "01/01/1950, 000", "15/06/1950, 000", "1951, 070"})
    void yearOnlyBirthIsComparedByYear(String ngaySinh, String expected) {
        assertThat(look("001150003210", "Lê Thị Cúc", ngaySinh).code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1985-03-05", "31/02/1985", "5/3/1985", "0000"})
    void malformedBirthDateIs205(String ngaySinh) {
        assertThat(look("001085012345", "Nguyễn Văn An", ngaySinh).code()).isEqualTo("205");
    }

    @Test
    void personStatusGivesTheCodeOnceNameAndBirthMatch() {
        for (SimPerson p : DemoPopulation.people()) {
            CardCheck.Verdict v = look(p.cccd(), p.fullName(), p.dateOfBirth().toGatewayFormat());
            assertThat(v.code()).as(p.fullName()).isEqualTo(p.status());
            assertThat(v.hangs()).as(p.fullName()).isEqualTo(p.hangs());
        }
    }

    @Test
    void oldCardAnswersItsStatusAndNewCardAnswers000() {
        assertThat(look("HC4010178004455", "Đặng Thị Hoa", "").code()).isEqualTo("003");
        CardCheck.Verdict renewed = look("HC4790178004455", "Đặng Thị Hoa", "");
        assertThat(renewed.code()).isEqualTo("000");
        assertThat(renewed.renewed()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"05/03/1985, 000", "03/1985, 000", "1985, 000", "04/1985, 070", "06/03/1985, 070", "1986, 070",
        "05031985, 205", "13/1985, 205", "1985-03-05, 205"})
    void historyTakesDayMonthYearMonthYearOrYearButNotEightDigits(String ngaySinh, String expected) {
        assertThat(check.checkForHistory(new CardCheck.LookupBody("001085012345", "Nguyễn Văn An", ngaySinh, STAFF,
                STAFF_CCCD)).code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"01/1950, 000", "12/1950, 000", "12/1951, 070"})
    void historyComparesAYearOnlyBirthByYear(String ngaySinh, String expected) {
        assertThat(check.checkForHistory(new CardCheck.LookupBody("001150003210", "Lê Thị Cúc", ngaySinh, STAFF,
                STAFF_CCCD)).code()).isEqualTo(expected);
    }

    @Test
    void newbornsTemporaryCardIsUnknown() {
        CardCheck.Verdict v = look(DemoPopulation.NEWBORN_TEMPORARY_CARD.cardNumber(), "", "");
        assertThat(v.code()).isEqualTo("050");
        assertThat(v.subject()).isEmpty();
        assertThat(v.showCard()).isFalse();
    }
}
