package vn.tiepdon.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;

class CodeMeaningsTest {
    private final CodeMeanings vi = CodeMeanings.vietnamese();

    @Test
    void aCodeMeansWhatTheReceptionistReadsWithoutWhatToDo() {
        assertThat(vi.of("000")).isEqualTo("thẻ còn giá trị sử dụng, thông tin chính xác");
        assertThat(vi.of("061")).isEqualTo("sai họ tên (đúng ký tự đầu) so với dữ liệu BHXH");
        assertThat(vi.of("010")).isEqualTo("thẻ hết giá trị sử dụng");
        assertThat(vi.of("999")).isEqualTo("cổng BHXH trả mã kết quả không có trong danh mục");
    }

    @Test
    void noCodeCountsUnderTheReasonThereWasNoAnswer() {
        assertThat(CodeMeanings.key(Optional.empty(), Optional.of(LookupOutcome.Reason.TIMEOUT))).isEqualTo("TIMEOUT");
        assertThat(CodeMeanings.key(Optional.of("0"), Optional.empty())).isEqualTo("000");
        assertThat(CodeMeanings.key(Optional.empty(), Optional.empty())).isEqualTo(CodeMeanings.NONE);
        assertThat(vi.of("TIMEOUT")).isEqualTo("Cổng BHXH không trả lời trong thời gian chờ");
        assertThat(new CodeMeanings(Locale.ENGLISH).of("TIMEOUT")).isEqualTo("The BHXH gateway did not answer in time");
        for (LookupOutcome.Reason r : LookupOutcome.Reason.values()) {
            assertThat(vi.of(r.name())).as(r.name()).isNotBlank().doesNotContain("lookup.staff");
        }
    }

    @Test
    void anExpiredCardIsAnAnswerAndAWrongNameAFailure() {
        assertThat(LookupCategory.of(LookupClass.NOT_ELIGIBLE, Optional.of("010"), false))
                .isEqualTo(LookupCategory.SUCCEEDED);
        assertThat(LookupCategory.of(LookupClass.NOT_ELIGIBLE, Optional.of("050"), false))
                .as("no such card in the national data: a failure for BHXH").isEqualTo(LookupCategory.FAILED);
        assertThat(LookupCategory.of(LookupClass.FIXABLE_DATA_ERROR, Optional.of("060"), false))
                .isEqualTo(LookupCategory.FAILED);
        assertThat(LookupCategory.of(LookupClass.GATEWAY_ERROR, Optional.empty(), true))
                .isEqualTo(LookupCategory.PENDING);
        LookupCounts c = LookupCounts.ZERO.plus(LookupCategory.SUCCEEDED, true, false, 9)
                .plus(LookupCategory.FAILED, false, true, 2);
        assertThat(c).isEqualTo(LookupCounts.of(9, 2, 0, 9, 2));
        assertThat(c.lookups()).isEqualTo(11);
        assertThat(c.rate()).isEqualTo(9.0 / 11);
    }
}
