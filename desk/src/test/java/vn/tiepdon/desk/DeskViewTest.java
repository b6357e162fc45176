package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.Action;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.testing.Screenshots;

/** The desk's screen driven like a receptionist: its keys reach the server, its lists count and fit. */
class DeskViewTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final SetupView SETUP = DeskScreenshotTest.SETUP;
    private static final long PATIENCE_MS = 30_000;

    private final FakeReceptionApi api = new FakeReceptionApi();

    @BeforeAll
    static void lookAndFeel() {
        Screenshots.onEdt(DeskWindow::installLookAndFeel);
    }

    private static <T> T onEdt(Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        Screenshots.onEdt(() -> value.set(read.get()));
        return value.get();
    }

    /** Waits for {@code condition} (checked on the EDT), failing after 30 s. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!onEdt(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    private DeskView desk(String counterId) {
        return onEdt(() -> {
            DeskView view = new DeskView(api, SETUP, VIETNAM);
            DeskModel model = new DeskModel(api, counterId);
            model.refresh();
            view.attach(model);
            view.setSize(DeskScreenshotTest.WIDTH, DeskScreenshotTest.HEIGHT);
            layOut(view);
            return view;
        });
    }

    private static void layOut(Component c) {
        c.doLayout();
        if (c instanceof java.awt.Container container) {
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }

    private static void press(DeskView view, String key) {
        Screenshots.onEdt(() -> {
            Object name = view.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(KeyStroke.getKeyStroke(key));
            assertThat(name).as("a shortcut for " + key).isNotNull();
            Action action = view.getActionMap().get(name);
            action.actionPerformed(new ActionEvent(view, ActionEvent.ACTION_PERFORMED, key));
        });
    }

    @ParameterizedTest
    @CsvSource({"F1, next 2", "F2, recall 2", "F3, skip 2", "F4, finish 2", "F5, postpone 2"})
    void functionKeySendsItsVerbForTheCounter(String key, String expectedCall) throws InterruptedException {
        CountDownLatch sent = new CountDownLatch(1);
        TicketView a1 = Tickets.called(Tickets.waiting(1, "A001", "An", LookupClass.ELIGIBLE), "2");
        java.util.function.Function<String, Optional<TicketView>> answer = c -> {
            sent.countDown();
            return Optional.of(a1);
        };
        api.next = answer;
        api.recall = answer;
        api.skip = answer;
        api.finish = answer;
        api.postpone = answer;
        DeskView view = desk("2");

        press(view, key);

        assertThat(sent.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(api.calls).containsExactly(expectedCall);
    }

    @ParameterizedTest
    @CsvSource({"F6, pause 2", "F7, resume 2"})
    void pauseAndResumeKeys(String key, String expectedCall) throws InterruptedException {
        api.counterList = List.of(new CounterView("2", "Quầy 2", key.equals("F7")));
        api.counterAnswer = verb -> Optional.of(new CounterView("2", "Quầy 2", verb == vn.tiepdon.core.queue.CounterVerb.PAUSE));
        DeskView view = desk("2");

        press(view, key);

        await(expectedCall, () -> api.calls.contains(expectedCall));
        JLabel banner = ScreenTexts.find(view, JLabel.class, "paused.banner");
        await("the banner follows the counter", () -> banner.isVisible() == key.equals("F6"));
    }

    /** A desk view at counter 2 showing {@code model}, loaded first. */
    private DeskView attachedAfterRefresh(DeskModel model) throws InterruptedException {
        return onEdt(() -> {
            DeskView v = new DeskView(api, SETUP, VIETNAM);
            model.refresh();
            v.attach(model);
            v.setSize(DeskScreenshotTest.WIDTH, DeskScreenshotTest.HEIGHT);
            layOut(v);
            return v;
        });
    }

    @Test
    void aGatewayStopOrOutageShowsABannerUntilItEnds() throws InterruptedException {
        DeskModel model = new DeskModel(api, "2");
        DeskView view = attachedAfterRefresh(model);
        JLabel banner = ScreenTexts.find(view, JLabel.class, "gateway.banner");
        java.time.Instant since = java.time.Instant.parse("2026-12-01T00:12:00Z");
        assertThat(onEdt(banner::isVisible)).isFalse();

        model.onEvent(new vn.tiepdon.core.event.ReceptionEvent(1, EventType.GATEWAY_OUTAGE_STARTED, since,
                new GatewayNotice(GatewayNotice.Kind.OUTAGE_STARTED, since, Optional.empty(), "no answer for 5 min")));
        await("the outage banner", () -> banner.isVisible() && banner.getText().contains("không trả lời từ 07:12"));

        model.onEvent(new vn.tiepdon.core.event.ReceptionEvent(2, EventType.GATEWAY_STOPPED, since.plusSeconds(60),
                new GatewayNotice(GatewayNotice.Kind.STOPPED, since.plusSeconds(60), Optional.empty(), "restricted")));
        model.onEvent(new vn.tiepdon.core.event.ReceptionEvent(3, EventType.GATEWAY_OUTAGE_ENDED, since.plusSeconds(90),
                new GatewayNotice(GatewayNotice.Kind.OUTAGE_ENDED, since, Optional.of(since.plusSeconds(90)), "3")));
        await("the stop outranks the outage and stays after it ended",
                () -> banner.isVisible() && banner.getText().contains("đã dừng tra cứu từ 07:13"));

        model.onEvent(new vn.tiepdon.core.event.ReceptionEvent(4, EventType.GATEWAY_RESUMED, since.plusSeconds(120),
                new GatewayNotice(GatewayNotice.Kind.RESUMED, since.plusSeconds(60), Optional.of(since.plusSeconds(120)),
                        "resumed by user:admin")));
        await("the banner gone once calls resume", () -> !banner.isVisible());
    }

    @Test
    void aDeskStartedDuringAnOutageShowsItsBannerAtOnceNotFromTheNextEvent() throws InterruptedException {
        java.time.Instant since = java.time.Instant.parse("2026-12-01T00:12:00Z");
        api.gatewayNow = Optional.of(new GatewayNotice(GatewayNotice.Kind.OUTAGE_STARTED, since, Optional.empty(),
                "no answer for 5 min"));
        DeskModel model = new DeskModel(api, "2");
        DeskView view = attachedAfterRefresh(model);
        JLabel banner = ScreenTexts.find(view, JLabel.class, "gateway.banner");
        await("the outage banner from the server's state", () -> banner.isVisible()
                && banner.getText().contains("không trả lời từ 07:12"));

        api.gatewayNow = Optional.empty();
        model.refresh();
        await("gone after a refresh once the server has no trouble", () -> !banner.isVisible());
    }

    @Test
    void f8CallsTheTypedNumberAndEmptiesTheField() throws InterruptedException {
        api.tickets.add(Tickets.waiting(1, "A001", "An", LookupClass.ELIGIBLE));
        DeskView view = desk("2");
        Screenshots.onEdt(() -> view.currentPanel().callField().setText("a1"));

        press(view, "F8");

        await("the call", () -> api.calls.contains("call 2 A001"));
        await("the field emptied", () -> view.currentPanel().callField().getText().isEmpty());
        await("A001 is current", () -> ScreenTexts.joined(view).contains("Mời số A001"));
    }

    @Test
    void enterInTheCallFieldCallsTheNumber() throws InterruptedException {
        api.tickets.add(Tickets.waiting(7, "A007", "An", LookupClass.ELIGIBLE));
        DeskView view = desk("2");

        Screenshots.onEdt(() -> {
            view.currentPanel().callField().setText("A7");
            view.currentPanel().callField().postActionEvent();
        });

        await("the call", () -> api.calls.contains("call 2 A007"));
    }

    @Test
    void enterOnAWaitingRowCallsItAndF8DoesTheSameForTheSelection() throws InterruptedException {
        api.tickets.addAll(List.of(Tickets.waiting(1, "A001", "An", LookupClass.ELIGIBLE),
                Tickets.waiting(2, "A002", "Bình", LookupClass.ELIGIBLE)));
        DeskView view = desk("2");
        JTable table = view.lists().list(DeskLists.Tab.WAITING).table();

        Screenshots.onEdt(() -> {
            view.lists().list(DeskLists.Tab.WAITING).select(2);
            table.getActionMap().get(table.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke("ENTER")))
                    .actionPerformed(new ActionEvent(table, ActionEvent.ACTION_PERFORMED, "enter"));
        });
        await("A002 called", () -> api.calls.contains("call 2 A002"));

        Screenshots.onEdt(() -> view.lists().list(DeskLists.Tab.WAITING).select(1));
        press(view, "F8");
        await("A001 called", () -> api.calls.contains("call 2 A001"));
    }

    @ParameterizedTest
    @CsvSource({"F11, PARKED, 3, return 3 FRONT", "shift F11, PARKED, 3, return 3 PLACE", "F12, SKIPPED, 4, restore 4"})
    void listKeysActOnTheSelectedTicket(String key, DeskLists.Tab tab, long id, String expectedCall)
            throws InterruptedException {
        api.tickets.addAll(List.of(
                Tickets.now(Tickets.waiting(3, "A003", "C", LookupClass.ELIGIBLE), TicketStatus.PARKED, Optional.of("2")),
                Tickets.now(Tickets.waiting(4, "A004", "D", LookupClass.ELIGIBLE), TicketStatus.SKIPPED, Optional.of("1"))));
        DeskView view = desk("2");
        Screenshots.onEdt(() -> {
            view.lists().showTab(tab);
            assertThat(view.lists().list(tab).select(id)).isTrue();
        });

        press(view, key);

        await(expectedCall, () -> api.calls.contains(expectedCall));
        await("the ticket waits again", () -> view.lists().list(DeskLists.Tab.WAITING).table().getRowCount() == 1);
    }

    @Test
    void aListKeyWithoutASelectionDoesNothing() throws InterruptedException {
        api.tickets.add(Tickets.now(Tickets.waiting(4, "A004", "D", LookupClass.ELIGIBLE), TicketStatus.SKIPPED,
                Optional.of("1")));
        DeskView view = desk("2");

        press(view, "F12");
        press(view, "F11");

        Screenshots.onEdt(() -> { });
        assertThat(api.calls).isEmpty();
    }

    @Test
    void ctrlDigitsSwitchTheListsAndEscapeClearsTheSelection() {
        api.tickets.add(Tickets.waiting(1, "A001", "An", LookupClass.ELIGIBLE));
        DeskView view = desk("2");

        press(view, "ctrl 2");
        assertThat(onEdt(() -> view.lists().visibleTab())).isEqualTo(DeskLists.Tab.TO_FIX);
        press(view, "ctrl 4");
        assertThat(onEdt(() -> view.lists().visibleTab())).isEqualTo(DeskLists.Tab.SKIPPED);
        press(view, "ctrl 1");
        Screenshots.onEdt(() -> view.lists().list(DeskLists.Tab.WAITING).select(1));
        assertThat(onEdt(() -> view.lists().selected())).isPresent();
        press(view, "ESCAPE");
        assertThat(onEdt(() -> view.lists().selected())).isEmpty();
    }

    @Test
    void theWaitingTitleCountsTheRowsListedAfterEventsToo() {
        DeskView view = desk("1"); // loaded while nobody was waiting
        DeskModel model = onEdt(() -> new DeskModel(api, "1"));
        Screenshots.onEdt(() -> {
            model.refresh();
            view.attach(model);
        });
        for (int i = 1; i <= 6; i++) {
            model.onEvent(Tickets.event(i, EventType.TICKET_ISSUED,
                    Tickets.waiting(i, "A00" + i, "Người " + i, LookupClass.ELIGIBLE)));
        }
        Screenshots.onEdt(() -> { }); // the redraws queued by the events

        TicketListPanel waiting = view.lists().list(DeskLists.Tab.WAITING);
        int rows = onEdt(() -> waiting.table().getRowCount());
        assertThat(rows).isEqualTo(6);
        assertThat(onEdt(waiting::title)).isEqualTo("Tất cả hàng đợi: 6 số chờ · 0 cần sửa tra cứu");
        String status = onEdt(() -> ScreenTexts.find(view, JLabel.class, "status").getText());
        assertThat(status).isEqualTo("Đã tải các danh sách hôm nay").doesNotContain("0 số");
    }

    @Test
    void aQueueFilterListsThatQueueOnlyAndItsTitleCountsThem() {
        api.tickets.addAll(List.of(Tickets.waiting(1, "A001", "An", LookupClass.ELIGIBLE),
                Tickets.inQueue(Tickets.waiting(2, "B001", "Bình", LookupClass.FIXABLE_DATA_ERROR), "service",
                        "Khám dịch vụ"),
                Tickets.inQueue(Tickets.waiting(3, "B002", "Cường", LookupClass.ELIGIBLE), "service", "Khám dịch vụ")));
        DeskView view = desk("1");

        Screenshots.onEdt(() -> ScreenTexts.find(view, JToggleButton.class, "filter.3").doClick());

        TicketListPanel waiting = view.lists().list(DeskLists.Tab.WAITING);
        assertThat(onEdt(waiting::title)).isEqualTo("Khám dịch vụ: 2 số chờ · 1 cần sửa tra cứu");
        assertThat(onEdt(() -> waiting.table().getRowCount())).isEqualTo(2);
        assertThat(onEdt(() -> ScreenTexts.find(view, JToggleButton.class, "filter.3").getText()))
                .isEqualTo("Khám dịch vụ (2)");
        assertThat(onEdt(() -> ScreenTexts.find(view, JToggleButton.class, "filter.0").getText()))
                .isEqualTo("Tất cả hàng đợi (3)");
    }

    /** The queue names of the documented configuration, config/tiepdon.yaml. */
    private static List<String> configuredQueueNames() throws IOException {
        String yaml = Files.readString(Path.of("..", "config", "tiepdon.yaml"), StandardCharsets.UTF_8);
        String queues = yaml.substring(yaml.indexOf("\nqueues:"), yaml.indexOf("\nqueueRules:"));
        Matcher m = Pattern.compile("name:\\s*\"([^\"]+)\"").matcher(queues);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1024, 768", "960, 648"}) // 960 x 648: the desk window of the demo
    void theQueueColumnShowsEveryConfiguredQueueNameUncut(int width, int height) throws IOException {
        List<String> names = configuredQueueNames();
        assertThat(names).contains("Khám BHYT", "Khám dịch vụ", "Ưu tiên");
        List<QueueDefinition> queues = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            queues.add(new QueueDefinition("q" + i, String.valueOf((char) ('A' + i)), names.get(i), false));
            // failed lookups are drawn bold: the widest a name gets
            api.tickets.add(Tickets.inQueue(Tickets.waiting(i + 1, (char) ('A' + i) + "001", "Nguyễn Thị Phương Thảo",
                    LookupClass.FIXABLE_DATA_ERROR), "q" + i, names.get(i)));
        }
        SetupView setup = new SetupView("01999", "BV", queues,
                List.of(new CounterDefinition("1", "Quầy 1", queues.stream().map(QueueDefinition::id).toList())));
        AtomicReference<DeskView> view = new AtomicReference<>();

        Screenshots.paint(() -> {
            DeskView v = new DeskView(api, setup, VIETNAM);
            DeskModel model = new DeskModel(api, "1");
            model.refresh();
            v.attach(model);
            view.set(v);
            return v;
        }, width, height);

        Screenshots.onEdt(() -> {
            JTable table = view.get().lists().list(DeskLists.Tab.WAITING).table();
            assertThat(table.getRowCount()).isEqualTo(names.size());
            assertThat(table.getWidth()).as("the table within its view at " + width + " px")
                    .isLessThanOrEqualTo(table.getParent().getWidth());
            javax.swing.JPanel filters = ScreenTexts.find(view.get(), javax.swing.JPanel.class, "waiting.filters");
            for (Component b : filters.getComponents()) {
                assertThat(b.getX() + b.getWidth()).as("filter " + ((JToggleButton) b).getText() + " shown")
                        .isLessThanOrEqualTo(filters.getWidth());
                assertThat(b.getY() + b.getHeight()).as("filter " + ((JToggleButton) b).getText() + " shown")
                        .isLessThanOrEqualTo(filters.getHeight());
            }
            for (String column : List.of("Số", "Hàng đợi", "Lấy số lúc")) {
                int col = table.getColumnModel().getColumnIndex(column);
                int shown = table.getColumnModel().getColumn(col).getWidth();
                Component header = table.getTableHeader().getDefaultRenderer()
                        .getTableCellRendererComponent(table, column, false, false, -1, col);
                assertThat(header.getPreferredSize().width).as("header " + column).isLessThanOrEqualTo(shown);
                for (int row = 0; row < table.getRowCount(); row++) {
                    Component cell = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
                    assertThat(cell.getPreferredSize().width)
                            .as(column + " of row " + row + " (" + table.getValueAt(row, col) + ") at " + width + " px")
                            .isLessThanOrEqualTo(shown);
                }
            }
        });
    }

    @Test
    void pickingAnotherCounterInTheBarLoadsThatCountersDesk() throws InterruptedException {
        api.tickets.addAll(List.of(Tickets.called(Tickets.waiting(1, "A001", "An", LookupClass.ELIGIBLE), "1"),
                Tickets.called(Tickets.waiting(2, "A002", "Bình", LookupClass.ELIGIBLE), "2")));
        api.counterList = List.of(new CounterView("1", "Quầy 1", false), new CounterView("2", "Quầy 2", true));
        DeskView view = desk("1");
        assertThat(onEdt(() -> ScreenTexts.joined(view))).contains("A001").doesNotContain("QUẦY ĐANG TẠM NGHỈ");

        Screenshots.onEdt(() -> {
            @SuppressWarnings("unchecked")
            JComboBox<CounterDefinition> pick = ScreenTexts.find(view, JComboBox.class, "counter.pick");
            pick.setSelectedIndex(1);
        });

        await("counter 2's current ticket and pause", () -> {
            String texts = ScreenTexts.joined(view);
            return texts.contains("A002") && texts.contains("QUẦY ĐANG TẠM NGHỈ");
        });
        press(view, "F7");
        await("resume sent for counter 2", () -> api.calls.contains("resume 2"));
    }
}
