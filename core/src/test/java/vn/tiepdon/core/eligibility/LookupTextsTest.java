package vn.tiepdon.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.text.ContractText;

/** The contract's texts in both languages: every code has one, and English mode is English throughout. */
class LookupTextsTest {
    /** Letters only Vietnamese uses: an English text with one of these is a Vietnamese sentence left behind. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ]");
    private final LookupTexts en = new LookupTexts(Locale.ENGLISH);
    private final LookupTexts vi = LookupTexts.vietnamese();

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LookupTextsTest.class.getResourceAsStream("/vn/tiepdon/core/text/contract_" + lang
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEnglishHasNoVietnamese() throws IOException {
        Properties vie = bundle("vi");
        Properties eng = bundle("en");
        assertThat(eng.stringPropertyNames()).isEqualTo(vie.stringPropertyNames());
        for (String key : eng.stringPropertyNames()) {
            if (!key.equals("lookup.staff.054") && !key.equals("lookup.staff.055")) {
                assertThat(VIETNAMESE.matcher(eng.getProperty(key)).find()).as(key).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LookupOutcome.Reason.class)
    void everyReasonForNoAnswerHasItsTextsInBothLanguages(LookupOutcome.Reason reason) throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            Properties texts = bundle(lang);
            assertThat(texts.getProperty("lookup.staff.noAnswer." + reason)).as(lang + " " + reason).isNotBlank();
            assertThat(texts.getProperty("lookup.staff.todo." + reason)).as(lang + " " + reason).isNotBlank();
        }
        assertThat(en.staffNoAnswer(reason, "x")).doesNotContain("lookup.").isNotEqualTo(vi.staffNoAnswer(reason, "x"));
        assertThat(en.patientNoAnswer(reason)).doesNotContain("lookup.").isNotEqualTo(vi.patientNoAnswer(reason));
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyErrorCodeHasATextInBothLanguages(ErrorCode code) {
        String vie = ContractText.vietnamese().error(code);
        String eng = new ContractText(Locale.ENGLISH).error(code);
        assertThat(vie).isNotEqualTo(code.messageKey()).isNotBlank();
        assertThat(eng).isNotEqualTo(code.messageKey()).isNotEqualTo(vie);
    }

    @Test
    void everyKnownCodeHasPatientAndStaffTextsInBothLanguages() {
        for (String code : ResultCodes.knownCodes()) {
            assertThat(en.patient(code)).as(code).doesNotStartWith("lookup.").isNotEqualTo(vi.patient(code));
            assertThat(en.staff(code)).as(code).startsWith("Code " + code + ": ").doesNotContain("lookup.staff.");
            assertThat(vi.staff(code)).as(code).startsWith("Mã " + code + ": ");
        }
    }

    @Test
    void anUnknownCodeIsNamedInEitherLanguage() {
        assertThat(en.staff("9999")).startsWith("Code 9999: ").contains("not in the list");
        assertThat(en.patient("9999")).isEqualTo("Your card could not be checked yet. Please go to the reception desk.");
        assertThat(en.staff("")).startsWith("Code (empty): ");
    }

    private static LookupView view(Optional<String> code, OutcomeKind outcome, LookupClass cls, boolean pending) {
        return new LookupView(1, Instant.EPOCH, "kiosk-1", IdentificationMethod.QR, DocumentKind.CCCD_QR,
                "0790*****234", outcome, code, cls, "Vietnamese from the server", "Vietnamese from the server", 10, 1,
                pending);
    }

    @Test
    void aStoredLookupIsRenderedFromItsCodeNotFromTheServersText() {
        LookupView expired = view(Optional.of("010"), OutcomeKind.ANSWERED, LookupClass.NOT_ELIGIBLE, false);
        assertThat(en.patient(expired)).isEqualTo("Your health insurance card has expired. Please go to the reception desk.");
        assertThat(en.staff(expired)).startsWith("Code 010: card expired");
        assertThat(en.instruction(expired, "A007", false))
                .isEqualTo("Your health insurance card has expired. Please go to the reception desk. Your ticket number: A007.");
        assertThat(vi.instruction(expired, "A007", false))
                .isEqualTo("Thẻ BHYT đã hết hạn. Vui lòng đến quầy tiếp đón. Số phiếu của bạn: A007.");
    }

    @Test
    void pendingAndUnansweredLookupsHaveTheirOwnTexts() {
        LookupView pending = view(Optional.empty(), OutcomeKind.NO_ANSWER_TIMEOUT, LookupClass.GATEWAY_ERROR, true);
        assertThat(en.patient(pending)).isEqualTo("Waiting for the health insurance check. Please go to the reception desk.");
        assertThat(en.staff(pending)).startsWith("The BHXH gateway did not answer in time — ")
                .endsWith("the result will appear at the desk.");
        assertThat(vi.staff(pending)).startsWith("Cổng BHXH không trả lời trong thời gian chờ — ");
        LookupView notSent = view(Optional.empty(), OutcomeKind.NO_ANSWER_NOT_SENT, LookupClass.GATEWAY_ERROR, false);
        assertThat(en.patient(notSent)).isEqualTo("Your card could not be checked yet. Please go to the reception desk.");
    }

    @Test
    void aValidCardAndATamperedChipGiveTheirInstructions() {
        LookupView valid = view(Optional.of("000"), OutcomeKind.ANSWERED, LookupClass.ELIGIBLE, false);
        assertThat(en.instruction(valid, "A001", false))
                .isEqualTo("Your health insurance card is valid. Please wait for your number to be called. Your number: A001.");
        assertThat(vi.instruction(valid, "A001", false)).isEqualTo("Thẻ BHYT hợp lệ. Vui lòng chờ gọi số. Số của bạn: A001.");
        assertThat(en.instruction(valid, "A009", true))
                .isEqualTo("Please bring ticket A009 and your CCCD card to the reception desk to be checked.");
        assertThat(vi.instruction(valid, "A009", true))
                .isEqualTo("Vui lòng mang phiếu số A009 và thẻ CCCD đến quầy tiếp đón để kiểm tra.");
    }
}
