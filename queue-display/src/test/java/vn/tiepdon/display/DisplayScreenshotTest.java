package vn.tiepdon.display;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.testing.Screenshots;

/** Renders the hall board into target/screenshots/display-*.png. */
class DisplayScreenshotTest {
    private final Clock clock = Clock.fixed(Events.MORNING.plusSeconds(600), ZoneId.of("Asia/Ho_Chi_Minh"));
    private final DisplayModel model = new DisplayModel(new FakeDevices.Board(), new FakeDevices.Voice(), 6);

    @BeforeAll
    static void lookAndFeel() {
        Screenshots.onEdt(DisplayWindow::installLookAndFeel);
    }

    private void shoot(String name) {
        BufferedImage image = Screenshots.paint(() -> new DisplayView(model, "Bệnh viện Đa khoa Tỉnh Demo", clock),
                1920, 1080);
        Screenshots.save(image, name);
        Screenshots.assertNotBlank(image);
    }

    @Test
    void boardWithANewCallAndRecentCalls() {
        model.onEvent(Events.called(1, 1, "A001", "1"));
        model.onEvent(Events.called(2, 2, "A002", "2"));
        model.onEvent(Events.event(3, EventType.TICKET_CALLED,
                Events.ticket(3, "U001", "priority", "1", Optional.of("Quầy 1"), true)));
        model.onEvent(Events.called(4, 4, "A003", "2"));
        model.onEvent(Events.called(5, 5, "A004", "1"));

        shoot("display-calls");
    }

    @Test
    void emptyBoardWhileDisconnected() {
        model.connectionChanged(false);

        shoot("display-empty-disconnected");
    }
}
