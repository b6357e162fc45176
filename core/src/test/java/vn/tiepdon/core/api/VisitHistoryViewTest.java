package vn.tiepdon.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;

class VisitHistoryViewTest {
    private static VisitView visit(String id, LocalDateTime in, LocalDateTime out) {
        return new VisitView(Optional.of(id), Optional.of("01999"), Optional.ofNullable(in), Optional.ofNullable(out),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void listsTheVisitsMostRecentFirstAndThoseWithoutATimeLast() {
        VisitView march = visit("march", LocalDateTime.of(2025, 3, 10, 10, 30), LocalDateTime.of(2025, 3, 10, 14, 30));
        VisitView june = visit("june", LocalDateTime.of(2025, 6, 1, 8, 0), null);
        VisitView dischargeOnly = visit("discharge-only", null, LocalDateTime.of(2025, 4, 2, 9, 0));
        VisitView undated = visit("undated", null, null);

        VisitHistoryView view = new VisitHistoryView(7, Instant.EPOCH, OutcomeKind.ANSWERED, Optional.of("000"),
                LookupClass.ELIGIBLE, "", 10, List.of(undated, march, june, dischargeOnly));

        assertThat(view.visits()).containsExactly(june, dischargeOnly, march, undated);
        assertThat(view.historyGiven()).isTrue();
    }

    @Test
    void aRefusalOrNoAnswerGivesNoHistory() {
        VisitHistoryView refused = new VisitHistoryView(7, Instant.EPOCH, OutcomeKind.ANSWERED, Optional.of("070"),
                LookupClass.FIXABLE_DATA_ERROR, "Mã 070", 10, null);
        VisitHistoryView none = new VisitHistoryView(7, Instant.EPOCH, OutcomeKind.NO_ANSWER_TIMEOUT,
                Optional.empty(), LookupClass.GATEWAY_ERROR, "…", 30000, List.of());

        assertThat(refused.historyGiven()).isFalse();
        assertThat(refused.visits()).isEmpty();
        assertThat(none.historyGiven()).isFalse();
    }
}
