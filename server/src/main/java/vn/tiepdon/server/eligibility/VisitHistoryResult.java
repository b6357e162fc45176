package vn.tiepdon.server.eligibility;

import java.util.List;
import java.util.Objects;
import vn.tiepdon.core.api.VisitView;
import vn.tiepdon.core.eligibility.LookupOutcome;

/** What one visit-history request ({@code Lskcb2025}) gave: a result code with its visits, or no usable answer. */
public sealed interface VisitHistoryResult permits VisitHistoryResult.Answered, VisitHistoryResult.Failed {

    /**
     * The gateway answered with a {@code maKetQua} (normalized: {@code 0} becomes {@code 000}).
     *
     * @param visits the visits listed ({@code dsLichSuKCB2025}), as sent; empty when it listed none
     *               ({@code []}, {@code null}, or no list with an error code)
     */
    record Answered(String code, List<VisitView> visits) implements VisitHistoryResult {
        public Answered {
            Objects.requireNonNull(code, "code");
            visits = List.copyOf(visits);
        }
    }

    /**
     * No result code.
     *
     * @param detail    technical detail without personal data or credentials
     * @param retryable true when asking again may help (network error, HTTP 5xx)
     */
    record Failed(LookupOutcome.Reason reason, String detail, boolean retryable) implements VisitHistoryResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
