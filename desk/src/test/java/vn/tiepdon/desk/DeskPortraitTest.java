package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/** The chip portrait beside the current or selected ticket, driven without Swing. */
class DeskPortraitTest {
    private static final byte[] JP2 = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10, 0, 0};
    private final FakeReceptionApi api = new FakeReceptionApi();
    private final List<Runnable> loads = new ArrayList<>();
    private final DeskModel model = new DeskModel(api, "1", DeskMessages.vietnamese(), loads::add);
    private final TicketView chip = Tickets.fromChip(Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE));
    private final TicketView qr = Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.ELIGIBLE);

    private DeskPortrait currentPortrait() {
        DeskSnapshot s = model.snapshot();
        return s.portraitOf(s.current().orElseThrow());
    }

    private void callNext(TicketView t) {
        api.next = c -> Optional.of(Tickets.called(t, c));
        model.act(CounterVerb.NEXT);
    }

    private void runLoads() {
        List<Runnable> now = new ArrayList<>(loads);
        loads.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void callingAChipTicketFetchesItsJpegPortraitOffTheCallersThreadAndDecodesIt() {
        api.portraits.put(1L, new Portrait("image/jpeg", Tickets.portraitJpeg(60, 80)));

        callNext(chip);

        assertThat(currentPortrait()).isEqualTo(new DeskPortrait.Loading("Đang tải ảnh chân dung…"));
        assertThat(api.portraitsAsked).isEmpty();
        runLoads();
        assertThat(api.portraitsAsked).containsExactly(1L);
        assertThat(currentPortrait()).isInstanceOfSatisfying(DeskPortrait.Picture.class, p -> {
            assertThat(p.image().getWidth()).isEqualTo(60);
            assertThat(p.image().getHeight()).isEqualTo(80);
        });
    }

    @Test
    void aTicketNotFromTheChipShowsNoPortraitAndIsNeverAskedFor() {
        api.portraits.put(2L, new Portrait("image/jpeg", Tickets.portraitJpeg(60, 80)));

        callNext(qr);
        runLoads();

        assertThat(api.portraitsAsked).isEmpty();
        assertThat(currentPortrait()).isEqualTo(new DeskPortrait.Nothing());
    }

    @Test
    void saysAJpeg2000PortraitCannotBeShownYet() {
        api.portraits.put(1L, new Portrait("image/jp2", JP2));

        callNext(chip);
        runLoads();

        assertThat(currentPortrait()).isEqualTo(new DeskPortrait.Note(DeskPortrait.Reason.JPEG_2000,
                "Ảnh chân dung ở định dạng JPEG 2000, chưa hiển thị được"));
    }

    @Test
    void recognisesJpeg2000SentAsJpeg() {
        api.portraits.put(1L, new Portrait("image/jpeg", JP2));

        callNext(chip);
        runLoads();

        assertThat(currentPortrait()).isInstanceOfSatisfying(DeskPortrait.Note.class,
                n -> assertThat(n.reason()).isEqualTo(DeskPortrait.Reason.JPEG_2000));
    }

    @Test
    void saysThereIsNoPictureWhenTheJpegCannotBeRead() {
        api.portraits.put(1L, new Portrait("image/jpeg", new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));

        callNext(chip);
        runLoads();

        assertThat(currentPortrait()).isEqualTo(new DeskPortrait.Note(DeskPortrait.Reason.UNREADABLE,
                "Không có ảnh: ảnh chân dung không đọc được"));
    }

    @Test
    void saysNoPortraitYetAndAsksAgainOnRecallOnceTheKioskSentIt() {
        callNext(chip);
        runLoads();
        assertThat(currentPortrait()).isEqualTo(new DeskPortrait.Note(DeskPortrait.Reason.NO_PORTRAIT,
                "Chưa có ảnh chân dung"));

        api.portraits.put(1L, new Portrait("image/jpeg", Tickets.portraitJpeg(30, 40)));
        api.recall = c -> Optional.of(Tickets.called(chip, c));
        model.act(CounterVerb.RECALL);
        runLoads();

        assertThat(api.portraitsAsked).containsExactly(1L, 1L);
        assertThat(currentPortrait()).isInstanceOf(DeskPortrait.Picture.class);
    }

    @Test
    void anEventDoesNotAskAgainForAPortraitAlreadyShown() {
        api.portraits.put(1L, new Portrait("image/jpeg", Tickets.portraitJpeg(30, 40)));
        callNext(chip);
        runLoads();

        model.onEvent(Tickets.event(7, EventType.TICKET_ISSUED, qr));
        api.recall = c -> Optional.of(Tickets.called(chip, c));
        model.act(CounterVerb.RECALL);
        runLoads();

        assertThat(api.portraitsAsked).containsExactly(1L);
    }

    @Test
    void saysThePortraitCouldNotBeFetchedWhenTheServerFails() {
        api.portraitFailure = new ApiException(503, new ApiError(ErrorCode.INTERNAL, "down", "Thử lại"));

        callNext(chip);
        runLoads();

        assertThat(currentPortrait()).isEqualTo(new DeskPortrait.Note(DeskPortrait.Reason.UNAVAILABLE,
                "Không tải được ảnh chân dung"));
    }

    @Test
    void aSelectedWaitingChipTicketShowsItsPortraitUntilItLeavesTheDesk() {
        api.tickets.addAll(List.of(chip, qr));
        api.portraits.put(1L, new Portrait("image/jpeg", Tickets.portraitJpeg(30, 40)));
        model.refresh();
        DeskTicket row = model.snapshot().waiting().get(0);
        assertThat(model.snapshot().portraitOf(row)).isEqualTo(new DeskPortrait.Nothing());

        model.lookAt(row);
        runLoads();
        assertThat(model.snapshot().portraitOf(row)).isInstanceOf(DeskPortrait.Picture.class);

        model.onEvent(Tickets.event(8, EventType.TICKET_CALLED,
                Tickets.withStatus(chip, TicketStatus.CALLED, Optional.of("2"))));
        assertThat(model.snapshot().portraits()).isEmpty();
    }

    @Test
    void finishingTheTicketForgetsItsPortrait() {
        api.portraits.put(1L, new Portrait("image/jpeg", Tickets.portraitJpeg(30, 40)));
        callNext(chip);
        runLoads();

        api.finish = c -> Optional.of(Tickets.withStatus(chip, TicketStatus.SERVED, Optional.of(c)));
        model.act(CounterVerb.FINISH);

        assertThat(model.snapshot().current()).isEmpty();
        assertThat(model.snapshot().portraits()).isEmpty();
    }

    @Test
    void aPortraitArrivingAfterItsTicketLeftIsDropped() {
        api.portraits.put(1L, new Portrait("image/jpeg", Tickets.portraitJpeg(30, 40)));
        callNext(chip);
        api.finish = c -> Optional.of(Tickets.withStatus(chip, TicketStatus.SERVED, Optional.of(c)));
        model.act(CounterVerb.FINISH);

        runLoads();

        assertThat(model.snapshot().portraits()).isEmpty();
    }
}
