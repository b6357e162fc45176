package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.queue.TicketStatus;

/** The transfer dialog's rules without Swing. */
class TransferFormTest {
    private final FakeReceptionApi api = new FakeReceptionApi();
    private final DeskModel model = new DeskModel(api, "1");
    private final TicketView a1 = Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE);

    private TransferForm form(TicketView t) {
        api.tickets.add(t);
        model.refresh();
        return new TransferForm(model.snapshot().ticket(t.id()).orElseThrow(), DeskScreenshotTest.SETUP, "1",
                DeskMessages.vietnamese());
    }

    private static List<String> names(TransferForm f) {
        return f.targets().stream().map(TransferForm.Target::name).toList();
    }

    @Test
    void offersTheOtherQueuesAndTheOtherCounters() {
        assertThat(names(form(a1))).containsExactly("Khám dịch vụ", "Ưu tiên", "Quầy 2");
    }

    @Test
    void theCurrentTicketMayGoToAnyQueueIncludingItsOwn() {
        assertThat(names(form(Tickets.called(a1, "1")))).containsExactly("Khám BHYT", "Khám dịch vụ", "Ưu tiên",
                "Quầy 2");
    }

    @Test
    void nothingChosenMeansNoOkAndAHint() {
        TransferForm f = form(a1);

        assertThat(f.canSend()).isFalse();
        assertThat(f.problem()).contains("Chọn hàng đợi hoặc quầy nhận số này.");
    }

    @Test
    void aMoveToThePriorityQueueNeedsItsReason() {
        TransferForm f = form(a1);
        f.choose(f.targets().get(1));

        assertThat(f.problem()).contains("Chuyển sang Ưu tiên: ghi lý do ưu tiên (người có thai, khuyết tật, người có công…).");

        f.note("Người bệnh có thai 7 tháng");
        assertThat(f.canSend()).isTrue();
    }

    @Test
    void aNoteOverTheLimitIsRefusedHere() {
        TransferForm f = form(a1);
        f.choose(f.targets().get(0));
        f.note("x".repeat(501));

        assertThat(f.problem()).contains("Ghi chú dài quá 500 ký tự (501).");
        assertThatThrownBy(() -> f.send(model)).isInstanceOf(IllegalStateException.class);
        assertThat(api.calls).isEmpty();
    }

    @Test
    void sendsToTheChosenCounterWithTheNoteTrimmed() {
        TransferForm f = form(Tickets.called(a1, "1"));
        f.choose(f.targets().get(3));
        f.note("  Cần đối chiếu thẻ giấy ");

        DeskOutcome outcome = f.send(model);

        assertThat(api.calls).containsExactly("transfer 1 counter 2 Cần đối chiếu thẻ giấy");
        assertThat(outcome.message()).isEqualTo("Đã chuyển số A001 cho Quầy 2");
        assertThat(model.snapshot().current()).isEmpty();
        assertThat(model.snapshot().ticket(1).orElseThrow().ticket().targetCounterId()).contains("2");
        assertThat(model.snapshot().ticket(1).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void aParkedTicketCanBeTransferredToo() {
        TransferForm f = form(Tickets.now(a1, TicketStatus.PARKED, Optional.of("1")));
        f.choose(f.targets().get(1));
        f.note("Cụ 80 tuổi");

        assertThat(f.send(model).message()).isEqualTo("Đã chuyển số A001 sang Khám dịch vụ");
    }
}
