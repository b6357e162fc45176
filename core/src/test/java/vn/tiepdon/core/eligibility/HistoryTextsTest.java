package vn.tiepdon.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.api.VisitView;

/** The receptionist's text for a visit history, in each language. */
class HistoryTextsTest {
    private static final VisitView VISIT = new VisitView(Optional.of("01929202500001"), Optional.of("01929"),
            Optional.empty(), Optional.empty(), Optional.of("Viêm dạ dày"), Optional.of("4"), Optional.of("1"),
            Optional.of("1"));

    private static VisitHistoryView answered(String code, List<VisitView> visits) {
        ResultCodeMeaning meaning = ResultCodes.classify(code);
        return new VisitHistoryView(7, Instant.EPOCH, OutcomeKind.ANSWERED, Optional.of(meaning.code()),
                meaning.lookupClass(), "", 10, visits);
    }

    @Test
    void countsTheVisitsOrSaysThereAreNone() {
        LookupTexts vi = LookupTexts.vietnamese();
        LookupTexts en = new LookupTexts(Locale.ENGLISH);

        assertThat(vi.history(answered("000", List.of(VISIT, VISIT))))
                .isEqualTo("Lịch sử KCB trên cổng BHXH: 2 lượt khám chữa bệnh.");
        assertThat(vi.history(answered("000", List.of())))
                .isEqualTo("Cổng BHXH không có lượt khám chữa bệnh nào trong lịch sử của thẻ này.");
        assertThat(en.history(answered("000", List.of())))
                .isEqualTo("The BHXH gateway lists no visit in this card's history.");
        assertThat(en.history(answered("000", List.of(VISIT))))
                .isEqualTo("BHYT visit history from the BHXH gateway: 1 visit(s).");
    }

    @Test
    void aRefusalIsTheCodesStaffTextAndNoAnswerSaysWhy() {
        VisitHistoryView timeout = new VisitHistoryView(7, Instant.EPOCH, OutcomeKind.NO_ANSWER_TIMEOUT,
                Optional.empty(), LookupClass.GATEWAY_ERROR, "", 30000, List.of());

        assertThat(LookupTexts.vietnamese().history(answered("070", List.of())))
                .isEqualTo("Mã 070: sai ngày sinh so với dữ liệu BHXH — kiểm tra lại ngày sinh và tra cứu lại");
        assertThat(LookupTexts.vietnamese().history(answered("999", List.of()))).startsWith("Mã 999: ");
        assertThat(LookupTexts.vietnamese().history(timeout))
                .startsWith("Cổng BHXH không trả lời trong thời gian chờ — ");
        assertThat(new LookupTexts(Locale.ENGLISH).history(answered("070", List.of()))).startsWith("Code 070: ");
    }
}
