package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;

/** "In bằng chứng tra cứu" in the model, without Swing: which tickets offer it, the file, what the desk says. */
class LookupProofTest {
    private final FakeReceptionApi api = new FakeReceptionApi();
    private final DeskMessages vi = DeskMessages.vietnamese();
    @TempDir
    Path dir;

    private DeskSnapshot load(TicketView... tickets) {
        api.tickets.addAll(java.util.List.of(tickets));
        DeskModel model = new DeskModel(api, "1", vi);
        model.refresh();
        return model.snapshot();
    }

    private static Optional<DeskTicket> pick(DeskSnapshot s, long id) {
        return s.ticket(id);
    }

    private DeskTicket ticket(LookupClass lookupClass) {
        return DeskTicket.of(Tickets.waiting(2, "A002", "Trần Thị Bình", lookupClass), vi);
    }

    @Test
    void onlyALookupThatFailedOrIsStillPendingHasAProof() {
        TicketView pending = Tickets.withLookup(Tickets.waiting(5, "A005", "E", LookupClass.GATEWAY_ERROR),
                pendingLookup(105));
        DeskSnapshot s = load(Tickets.waiting(1, "A001", "A", LookupClass.ELIGIBLE),
                Tickets.waiting(2, "A002", "B", LookupClass.FIXABLE_DATA_ERROR),
                Tickets.waiting(3, "A003", "C", LookupClass.NOT_ELIGIBLE),
                Tickets.waiting(4, "A004", "D", LookupClass.GATEWAY_ERROR), pending);

        assertThat(TicketAction.PROOF.enabled(s, pick(s, 1), "")).as("eligible").isFalse();
        assertThat(TicketAction.PROOF.enabled(s, pick(s, 3), "")).as("an expired card is an answer").isFalse();
        assertThat(TicketAction.PROOF.enabled(s, pick(s, 2), "")).as("wrong name").isTrue();
        assertThat(TicketAction.PROOF.enabled(s, pick(s, 4), "")).as("no answer").isTrue();
        assertThat(TicketAction.PROOF.enabled(s, pick(s, 5), "")).as("still retried").isTrue();
        assertThat(TicketAction.PROOF.enabled(s, Optional.empty(), "")).as("nothing selected, none current")
                .isFalse();
        assertThat(TicketAction.PROOF.shortcut()).isEqualTo("Ctrl+P");
        assertThat(TicketAction.DESK_KEYS).contains("ctrl P");
    }

    private static LookupView pendingLookup(long id) {
        LookupView l = Tickets.lookup(id, LookupClass.GATEWAY_ERROR, "Cổng BHXH không trả lời");
        return new LookupView(l.id(), l.at(), l.kioskId(), l.method(), l.documentKind(), l.maskedKey(), l.outcome(),
                l.code(), l.lookupClass(), l.patientMessage(), l.staffMessage(), l.millis(), l.attempts(), true,
                Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of());
    }

    @Test
    void savesThePdfTheServerSentToTheChosenFile() throws IOException {
        LookupProof proof = new LookupProof(ticket(LookupClass.FIXABLE_DATA_ERROR), api, vi);
        Path file = dir.resolve(proof.fileName());

        LookupProof.Result result = proof.saveTo(file);

        assertThat(proof.fileName()).isEqualTo("bang-chung-tra-cuu-102.pdf");
        assertThat(proof.title()).isEqualTo("Lưu bằng chứng tra cứu — số A002 · Trần Thị Bình");
        assertThat(api.calls).containsExactly("proof 102");
        assertThat(Files.readString(file)).isEqualTo("%PDF-1.7 proof of lookup 102");
        assertThat(result).isInstanceOf(LookupProof.Result.Saved.class);
        assertThat(result.message()).isEqualTo("Đã lưu bằng chứng tra cứu của số A002: " + file.toAbsolutePath());
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void aRefusalSaysWhyAndWritesNothing() throws IOException {
        api.refusals.put("proof", FakeReceptionApi.refusal(409, ErrorCode.NOTHING_TO_PROVE));
        Path file = dir.resolve("p.pdf");

        LookupProof.Result result = new LookupProof(ticket(LookupClass.GATEWAY_ERROR), api, vi).saveTo(file);

        assertThat(result).isInstanceOf(LookupProof.Result.Failed.class);
        assertThat(result.message()).isEqualTo("Chưa lấy được bằng chứng tra cứu. Máy chủ báo lỗi NOTHING_TO_PROVE: "
                + "Tra cứu này đã có kết quả từ cổng BHXH: không có bằng chứng tra cứu không thành công để in.");
        assertThat(file).doesNotExist();
    }

    @Test
    void noServerOrNoFolderIsSaidPlainly() {
        api.refusals.put("proof", new ApiException("No reception server reachable", null));
        LookupProof.Result offline = new LookupProof(ticket(LookupClass.GATEWAY_ERROR), api, vi)
                .saveTo(dir.resolve("p.pdf"));
        api.refusals.clear();
        Path nowhere = dir.resolve("no-such-folder").resolve("p.pdf");
        LookupProof.Result unwritable = new LookupProof(ticket(LookupClass.GATEWAY_ERROR), api, vi).saveTo(nowhere);

        assertThat(offline.message()).isEqualTo("Chưa lấy được bằng chứng tra cứu. Không kết nối được máy chủ."
                + " Vui lòng thử lại.");
        assertThat(unwritable).isInstanceOf(LookupProof.Result.Failed.class);
        assertThat(unwritable.message()).isEqualTo("Không ghi được tệp " + nowhere.toAbsolutePath()
                + ". Vui lòng chọn thư mục khác.");
    }

    @Test
    void speaksEnglishToo() {
        DeskMessages en = new DeskMessages(java.util.Locale.ENGLISH);
        LookupProof proof = new LookupProof(DeskTicket.of(Tickets.waiting(2, "A002", "Trần Thị Bình",
                LookupClass.GATEWAY_ERROR), en), api, en);

        LookupProof.Result result = proof.saveTo(dir.resolve("x.pdf"));

        assertThat(en.text("ticketAction.PROOF")).isEqualTo("Proof of lookup (PDF)");
        assertThat(result.message()).startsWith("Proof of lookup for number A002 saved: ");
    }
}
