package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.testing.Screenshots;

/** Renders the desk into target/screenshots/desk-*.png. */
class DeskScreenshotTest {
    private static final SetupView SETUP = new SetupView("01999", "Bệnh viện Đa khoa Tỉnh Demo",
            List.of(new QueueDefinition("bhyt", "A", "Khám BHYT", false),
                    new QueueDefinition("priority", "U", "Ưu tiên", true)),
            List.of(new CounterDefinition("1", "Quầy 1", List.of("priority", "bhyt")),
                    new CounterDefinition("2", "Quầy 2", List.of("bhyt"))));

    private final FakeReceptionApi api = new FakeReceptionApi();

    @BeforeAll
    static void lookAndFeel() {
        Screenshots.onEdt(DeskWindow::installLookAndFeel);
    }

    private void shoot(String name, DeskModel model) {
        BufferedImage image = Screenshots.paint(() -> {
            DeskView view = new DeskView(api, SETUP, ZoneId.of("Asia/Ho_Chi_Minh"));
            view.attach(model);
            return view;
        }, 1280, 800);
        Screenshots.save(image, name);
        Screenshots.assertNotBlank(image);
    }

    @Test
    void deskWithACurrentTicketWhoseLookupFailed() {
        TicketView current = Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.FIXABLE_DATA_ERROR);
        api.tickets.addAll(List.of(
                Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE), current,
                Tickets.waiting(3, "A003", "Lê Văn Cường", LookupClass.ELIGIBLE_WITH_WARNING),
                Tickets.waiting(4, "A004", "Phạm Thị Dung", LookupClass.GATEWAY_ERROR),
                Tickets.waiting(5, "A005", "Hoàng Văn Em", LookupClass.ELIGIBLE),
                Tickets.waiting(6, "A006", "Đỗ Thị Phương", LookupClass.NOT_ELIGIBLE)));
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        api.next = c -> Optional.of(Tickets.called(current, c));
        model.act(CounterVerb.NEXT);

        shoot("desk-current-failed-lookup", model);
    }

    @Test
    void deskWithTheChipPortraitOfTheCurrentTicket() {
        TicketView current = Tickets.fromChip(Tickets.waiting(7, "A007", "Vũ Thị Hoa", LookupClass.ELIGIBLE));
        api.tickets.addAll(List.of(current, Tickets.waiting(8, "A008", "Ngô Văn Khánh", LookupClass.ELIGIBLE)));
        api.portraits.put(7L, new Portrait("image/jpeg", Tickets.portraitJpeg(240, 320)));
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        api.next = c -> Optional.of(Tickets.called(current, c));
        model.act(CounterVerb.NEXT);
        assertThat(model.snapshot().portraitOf(model.snapshot().current().orElseThrow()))
                .isInstanceOf(DeskPortrait.Picture.class);

        shoot("desk-current-chip-portrait", model);
    }

    @Test
    void emptyDeskWhileDisconnected() {
        DeskModel model = new DeskModel(api, "2");
        model.refresh();
        model.connectionChanged(false);

        shoot("desk-empty-disconnected", model);
    }
}
