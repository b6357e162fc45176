package vn.tiepdon.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ResultCodesTest {

    private static final String NOT_CHECKED = "Chưa kiểm tra được thẻ. Vui lòng đến quầy tiếp đón.";

    @ParameterizedTest(name = "{0} -> {1}, retryable={2}")
    @CsvSource({
            "000,   ELIGIBLE,              false",
            "001,   ELIGIBLE_WITH_WARNING, false",
            "002,   ELIGIBLE_WITH_WARNING, false",
            "003,   ELIGIBLE_WITH_WARNING, false",
            "003.1, ELIGIBLE_WITH_WARNING, false",
            "004,   ELIGIBLE,              false",
            "010,   NOT_ELIGIBLE,          false",
            "050,   NOT_ELIGIBLE,          false",
            "051,   FIXABLE_DATA_ERROR,    false",
            "052,   FIXABLE_DATA_ERROR,    false",
            "053,   FIXABLE_DATA_ERROR,    false",
            "054,   SETUP_ERROR,           false",
            "055,   SETUP_ERROR,           false",
            "060,   FIXABLE_DATA_ERROR,    false",
            "061,   FIXABLE_DATA_ERROR,    false",
            "070,   FIXABLE_DATA_ERROR,    false",
            "080,   FIXABLE_DATA_ERROR,    false",
            "090,   FIXABLE_DATA_ERROR,    false",
            "100,   GATEWAY_ERROR,         true",
            "101,   GATEWAY_ERROR,         true",
            "110,   NOT_ELIGIBLE,          false",
            "120,   NOT_ELIGIBLE,          false",
            "121,   NOT_ELIGIBLE,          false",
            "122,   NOT_ELIGIBLE,          false",
            "123,   NOT_ELIGIBLE,          false",
            "124,   NOT_ELIGIBLE,          false",
            "130,   ELIGIBLE_WITH_WARNING, false",
            "205,   FIXABLE_DATA_ERROR,    false",
            "401,   SETUP_ERROR,           false",
            "500,   GATEWAY_ERROR,         true",
    })
    void classifiesEveryReferenceCode(String code, LookupClass expected, boolean retryable) {
        ResultCodeMeaning meaning = ResultCodes.classify(code);

        assertThat(meaning.code()).isEqualTo(code);
        assertThat(meaning.lookupClass()).isEqualTo(expected);
        assertThat(meaning.retryable()).isEqualTo(retryable);
        assertThat(meaning.staffMessage()).startsWith("Mã " + code + ": ").contains(" — ");
        assertThat(meaning.patientMessage()).isNotBlank().endsWith(".");
        assertThat(ResultCodes.knownCodes()).contains(code);
    }

    @Test
    void knowsExactlyTheThirtyReferenceCodes() {
        assertThat(ResultCodes.knownCodes()).hasSize(30).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({"000", "004"})
    void eligibleCodesTellThePatientToWaitForTheirNumber(String code) {
        assertThat(ResultCodes.classify(code).patientMessage()).isEqualTo("Thẻ BHYT hợp lệ. Vui lòng chờ gọi số.");
    }

    @Test
    void expiredCardSendsThePatientToTheDesk() {
        assertThat(ResultCodes.classify("010").patientMessage())
                .isEqualTo("Thẻ BHYT đã hết hạn. Vui lòng đến quầy tiếp đón.");
    }

    @Test
    void wrongBirthDateTellsStaffExactlyWhatToFix() {
        assertThat(ResultCodes.classify("070").staffMessage())
                .isEqualTo("Mã 070: sai ngày sinh so với dữ liệu BHXH — kiểm tra lại ngày sinh và tra cứu lại");
    }

    @Test
    void everyNonSuccessCodeSendsThePatientToTheDesk() {
        for (String code : ResultCodes.knownCodes()) {
            ResultCodeMeaning meaning = ResultCodes.classify(code);
            if (!meaning.lookupClass().isSuccess()) {
                assertThat(meaning.patientMessage()).as(code).contains("đến quầy tiếp đón");
            }
        }
    }

    @Test
    void gatewayAndSetupErrorsDoNotBlameThePatientsCard() {
        for (String code : ResultCodes.knownCodes()) {
            ResultCodeMeaning meaning = ResultCodes.classify(code);
            if (EnumSet.of(LookupClass.GATEWAY_ERROR, LookupClass.SETUP_ERROR).contains(meaning.lookupClass())) {
                assertThat(meaning.patientMessage()).as(code).isEqualTo(NOT_CHECKED);
            }
        }
    }

    @Test
    void unknownCodeIsAGatewayErrorThatKeepsTheRawCode() {
        ResultCodeMeaning meaning = ResultCodes.classify("9999");

        assertThat(meaning.code()).isEqualTo("9999");
        assertThat(meaning.lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(meaning.retryable()).isFalse();
        assertThat(meaning.staffMessage()).startsWith("Mã 9999: ");
        assertThat(meaning.patientMessage()).isEqualTo(NOT_CHECKED);
    }

    @Test
    void missingCodeIsAGatewayError() {
        assertThat(ResultCodes.classify(null).lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(ResultCodes.classify("  ").code()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 000", "' 70 ', 070", "3.1, 003.1", "003.1, 003.1", "ABC, ABC", "1000, 1000"})
    void normalizesShortNumericCodes(String raw, String expected) {
        assertThat(ResultCodes.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void classifiesNumericCodesSentWithoutLeadingZeros() {
        assertThat(ResultCodes.classify("0").lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(ResultCodes.classify("10").code()).isEqualTo("010");
    }

    @ParameterizedTest
    @EnumSource(value = LookupOutcome.Reason.class, names = "TEMPORARY_CARD", mode = EnumSource.Mode.EXCLUDE)
    void noAnswerSendsThePatientToTheDesk(LookupOutcome.Reason reason) {
        assertThat(ResultCodes.patientMessage(reason)).isEqualTo(NOT_CHECKED);
    }

    @Test
    void aTemporaryNewbornCardAsksForTheBirthCertificate() {
        assertThat(ResultCodes.patientMessage(LookupOutcome.Reason.TEMPORARY_CARD)).isEqualTo(
                "Thẻ BHYT tạm của trẻ sơ sinh chưa tra cứu được trên cổng. Vui lòng mang giấy chứng sinh đến quầy"
                        + " tiếp đón.");
    }

    @ParameterizedTest
    @EnumSource(LookupOutcome.Reason.class)
    void noAnswerStaffMessageSaysWhatToDoAndCarriesTheDetail(LookupOutcome.Reason reason) {
        String bare = ResultCodes.staffMessage(reason, "");
        assertThat(bare).containsOnlyOnce(" — ").doesNotContain("()").doesNotContain("lookup.staff");
        // the detail goes in brackets right before the dash, and only there
        assertThat(ResultCodes.staffMessage(reason, "HTTP 502")).isEqualTo(bare.replace(" — ", " (HTTP 502) — "));
    }

    @Test
    void timeoutAndLoginFailureAreToldApart() {
        assertThat(ResultCodes.staffMessage(LookupOutcome.Reason.TIMEOUT, ""))
                .startsWith("Cổng BHXH không trả lời trong thời gian chờ");
        assertThat(ResultCodes.staffMessage(LookupOutcome.Reason.LOGIN_FAILED, "maKetQua 401"))
                .startsWith("Không đăng nhập được cổng BHXH (maKetQua 401)")
                .contains("quản trị viên");
    }
}
