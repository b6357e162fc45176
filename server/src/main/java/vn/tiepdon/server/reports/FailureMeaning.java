package vn.tiepdon.server.reports;

import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.ResultCodes;

/**
 * What a failed lookup's code means, in Vietnamese: the first part of the desk's text for a gateway
 * code ("sai họ tên so với dữ liệu BHXH") or for the reason there was no answer ("Cổng BHXH không
 * trả lời trong thời gian chờ"), without the advice that follows it.
 */
final class FailureMeaning {
    private FailureMeaning() {
    }

    /** @param code a gateway code ({@code 060}) or a {@link LookupOutcome.Reason} name ({@code TIMEOUT}) */
    static String of(String code) {
        for (LookupOutcome.Reason r : LookupOutcome.Reason.values()) {
            if (r.name().equals(code)) {
                return beforeAdvice(ResultCodes.staffMessage(r, ""));
            }
        }
        String text = ResultCodes.classify(code).staffMessage();
        int colon = text.indexOf(": ");
        return beforeAdvice(colon >= 0 ? text.substring(colon + 2) : text);
    }

    private static String beforeAdvice(String text) {
        int dash = text.indexOf(" — ");
        return (dash >= 0 ? text.substring(0, dash) : text).strip();
    }
}
