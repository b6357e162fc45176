package vn.tiepdon.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.core.identity.PartialDate;

/**
 * Lookups that cannot succeed are not sent (newborn temporary cards, malformed numbers), their
 * reasons and classes, how they travel on the wire and what they say in both languages.
 */
class CardPrecheckTest {

    private static LookupRequest request(String key, Optional<String> facility) {
        return new LookupRequest(key, Optional.of("Nguyễn Văn An"), Optional.of(PartialDate.parseIso("2026-11-01")),
                facility);
    }

    @Test
    void aTemporaryNewbornCardIsNotSent() {
        Optional<CardPrecheck.Refusal> refusal = CardPrecheck.refusal(request("TE1790123456789", Optional.of("XX000")));

        assertThat(refusal).contains(new CardPrecheck.Refusal(LookupOutcome.Reason.TEMPORARY_CARD,
                "temporary newborn card registered at XX000"));
    }

    @Test
    void aTemporaryCardIsRefusedAsSuchEvenWhenItsNumberIsOddToo() {
        assertThat(CardPrecheck.refusal(request("TE1", Optional.of("XX000"))).map(CardPrecheck.Refusal::reason))
                .contains(LookupOutcome.Reason.TEMPORARY_CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"79001", "01013", ""})
    void aTe1CardRegisteredElsewhereIsSent(String facility) {
        assertThat(CardPrecheck.refusal(request("TE1790123456789", Optional.of(facility)))).isEmpty();
    }

    @Test
    void aTe1CardWithNoFacilityKnownIsSent() {
        assertThat(CardPrecheck.refusal(request("TE1790123456789", Optional.empty()))).isEmpty();
        assertThat(CardPrecheck.refusal(new LookupRequest("TE1790123456789", Optional.empty(), Optional.empty())))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0185012345", "079090001234", "HC4010185012345"})
    void aValidTenTwelveOrFifteenCharacterNumberIsSent(String key) {
        assertThat(CardPrecheck.refusal(request(key, Optional.empty()))).isEmpty();
        assertThat(CardPrecheck.refusal(request(key, Optional.of("01013")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "01850123        | card number: expected 10 digits or 15 characters, got 8",
            "0790900A1234    | card number: expected 10 digits or 15 characters, got 12",
            "ZZ4010185012345 | card number: unknown group code ZZ",
            "018501234A      | card number: a 10-character number must be all digits"})
    void aMalformedNumberIsNotSentAndItsReasonDoesNotEchoIt(String key, String detail) {
        Optional<CardPrecheck.Refusal> refusal = CardPrecheck.refusal(request(key, Optional.empty()));

        assertThat(refusal).contains(new CardPrecheck.Refusal(LookupOutcome.Reason.MALFORMED_NUMBER, detail));
        assertThat(refusal.get().detail()).doesNotContain(key);
    }

    @ParameterizedTest(name = "{0}: class {1}, retryable {2}")
    @CsvSource({
            "TIMEOUT,          GATEWAY_ERROR,      true",
            "UNREACHABLE,      GATEWAY_ERROR,      true",
            "BAD_RESPONSE,     GATEWAY_ERROR,      true",
            "LOGIN_FAILED,     GATEWAY_ERROR,      true",
            "NOT_SENT,         GATEWAY_ERROR,      true",
            "TEMPORARY_CARD,   TEMPORARY_CARD,     false",
            "MALFORMED_NUMBER, FIXABLE_DATA_ERROR, false"})
    void eachReasonHasItsClassAndSaysWhetherAskingAgainMayHelp(LookupOutcome.Reason reason, LookupClass cls,
                                                                boolean retryable) {
        assertThat(reason.lookupClass()).isEqualTo(cls);
        assertThat(reason.retryable()).isEqualTo(retryable);
    }

    @Test
    void theReasonsAreExactlyThese() {
        assertThat(LookupOutcome.Reason.values()).extracting(Enum::name).containsExactly("TIMEOUT", "UNREACHABLE",
                "BAD_RESPONSE", "LOGIN_FAILED", "NOT_SENT", "TEMPORARY_CARD", "MALFORMED_NUMBER");
    }

    @Test
    void aNoAnswerTakesItsClassFromItsReason() {
        LookupOutcome.NoAnswer temporary = new LookupOutcome.NoAnswer(LookupOutcome.Reason.TEMPORARY_CARD, "d", "p",
                "s", 0, 0);
        assertThat(temporary.lookupClass()).isEqualTo(LookupClass.TEMPORARY_CARD);
        assertThat(temporary.lookupClass().isSuccess()).isFalse();
        assertThat(OutcomeKind.of(temporary)).isEqualTo(OutcomeKind.NO_ANSWER_TEMPORARY_CARD);
    }

    @ParameterizedTest
    @EnumSource(OutcomeKind.class)
    void everyOutcomeKindMakesTheRoundTripOverTheWireAndJson(OutcomeKind kind) throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(OutcomeKind.ofWire(kind.wire())).isSameAs(kind);
        assertThat(json.readValue(json.writeValueAsString(kind), OutcomeKind.class)).isSameAs(kind);
        assertThat(kind.reason().map(OutcomeKind::noAnswer)).isEqualTo(kind.answered() ? Optional.empty()
                : Optional.of(kind));
    }

    @Test
    void theNewKindsHaveTheseWireNames() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(OutcomeKind.NO_ANSWER_TEMPORARY_CARD.wire()).isEqualTo("NO_ANSWER:TEMPORARY_CARD");
        assertThat(OutcomeKind.NO_ANSWER_MALFORMED_NUMBER.wire()).isEqualTo("NO_ANSWER:MALFORMED_NUMBER");
        assertThat(json.writeValueAsString(OutcomeKind.NO_ANSWER_TEMPORARY_CARD))
                .isEqualTo("\"NO_ANSWER:TEMPORARY_CARD\"");
        assertThat(json.readValue("\"NO_ANSWER:MALFORMED_NUMBER\"", OutcomeKind.class))
                .isEqualTo(OutcomeKind.NO_ANSWER_MALFORMED_NUMBER);
        assertThat(OutcomeKind.noAnswer(LookupOutcome.Reason.TEMPORARY_CARD))
                .isEqualTo(OutcomeKind.NO_ANSWER_TEMPORARY_CARD);
        assertThat(OutcomeKind.noAnswer(LookupOutcome.Reason.MALFORMED_NUMBER))
                .isEqualTo(OutcomeKind.NO_ANSWER_MALFORMED_NUMBER);
        assertThatThrownBy(() -> OutcomeKind.ofWire("NO_ANSWER:NEWBORN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyReasonHasAnOutcomeKind() {
        assertThat(Arrays.stream(LookupOutcome.Reason.values()).map(OutcomeKind::noAnswer).distinct().count())
                .isEqualTo(LookupOutcome.Reason.values().length);
    }

    @Test
    void aTemporaryCardHasItsOwnTextsInBothLanguages() {
        LookupTexts vi = LookupTexts.vietnamese();
        LookupTexts en = new LookupTexts(Locale.ENGLISH);

        assertThat(vi.patientNoAnswer(LookupOutcome.Reason.TEMPORARY_CARD)).isEqualTo("Thẻ BHYT tạm của trẻ sơ sinh"
                + " chưa tra cứu được trên cổng. Vui lòng mang giấy chứng sinh đến quầy tiếp đón.");
        assertThat(en.patientNoAnswer(LookupOutcome.Reason.TEMPORARY_CARD)).isEqualTo("A newborn's temporary BHYT card"
                + " cannot be checked online. Please bring the birth certificate to the reception desk.");
        assertThat(en.staffNoAnswer(LookupOutcome.Reason.TEMPORARY_CARD, "")).isEqualTo("A newborn's temporary card"
                + " (TE1…, registered at XX000): the BHXH gateway has no data for it, so no lookup was sent — check the"
                + " birth certificate or the paper card, accept on the paper card or mark fee-paying; look up again"
                + " once the child has a permanent card number");
        assertThat(vi.staffNoAnswer(LookupOutcome.Reason.TEMPORARY_CARD, "")).startsWith("Thẻ tạm của trẻ sơ sinh"
                + " (mã TE1…, nơi ĐKKCB XX000)").contains(" — kiểm tra giấy chứng sinh");
    }

    @Test
    void aMalformedNumberHasItsOwnTextsInBothLanguages() {
        LookupTexts vi = LookupTexts.vietnamese();
        LookupTexts en = new LookupTexts(Locale.ENGLISH);

        assertThat(en.staffNoAnswer(LookupOutcome.Reason.MALFORMED_NUMBER, "card number: unknown group code ZZ"))
                .isEqualTo("The card/CCCD number is malformed, so no lookup was sent (card number: unknown group code"
                        + " ZZ) — type the BHYT number (10 or 15 characters) or the CCCD number (12 digits) again and"
                        + " look up");
        assertThat(vi.staffNoAnswer(LookupOutcome.Reason.MALFORMED_NUMBER, "")).isEqualTo("Số thẻ/CCCD không đúng định"
                + " dạng nên không gửi tra cứu — nhập lại số thẻ BHYT (10 hoặc 15 ký tự) hoặc số CCCD (12 số) rồi tra"
                + " cứu lại");
        assertThat(en.patientNoAnswer(LookupOutcome.Reason.MALFORMED_NUMBER))
                .isEqualTo("Your card could not be checked yet. Please go to the reception desk.");
    }
}
