package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.testing.Screenshots;

/**
 * Renders the desk at 1366×768 (the common counter PC screen) into target/screenshots/desk-*.png
 * and checks the texts on each screen.
 */
class DeskScreenshotTest {
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final SetupView SETUP = new SetupView("01999", "Bệnh viện Đa khoa Tỉnh Demo",
            List.of(new QueueDefinition("bhyt", "A", "Khám BHYT", false),
                    new QueueDefinition("service", "B", "Khám dịch vụ", false),
                    new QueueDefinition("priority", "U", "Ưu tiên", true)),
            List.of(new CounterDefinition("1", "Quầy 1", List.of("priority", "bhyt")),
                    new CounterDefinition("2", "Quầy 2", List.of("priority", "bhyt", "service"))));
    static final String NOTE = "Thẻ BHYT giấy còn hạn, người bệnh đi lại khó: tiếp đón trước";

    private final FakeReceptionApi api = new FakeReceptionApi();

    @BeforeAll
    static void lookAndFeel() {
        Screenshots.onEdt(DeskWindow::installLookAndFeel);
    }

    /** A morning at counter 1: seven waiting in three queues, one of them transferred here. */
    private void morning() {
        api.tickets.addAll(List.of(
                Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE),
                Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.FIXABLE_DATA_ERROR),
                Tickets.waiting(3, "A003", "Lê Văn Cường", LookupClass.ELIGIBLE_WITH_WARNING),
                Tickets.inQueue(Tickets.waiting(5, "B001", "Hoàng Văn Em", LookupClass.ELIGIBLE), "service",
                        "Khám dịch vụ"),
                Tickets.inQueue(Tickets.waiting(6, "U001", "Đỗ Thị Phương", LookupClass.NOT_ELIGIBLE), "priority",
                        "Ưu tiên"),
                Tickets.with(Tickets.waiting(7, "A007", "Vũ Thị Hoa", LookupClass.GATEWAY_ERROR),
                        TicketStatus.WAITING, Optional.empty(), "bhyt", "Khám BHYT",
                        Optional.of("Cần đối chiếu giấy chuyển tuyến"), Optional.of("1")),
                Tickets.inQueue(Tickets.waiting(8, "B002", "Ngô Văn Khánh", LookupClass.ELIGIBLE), "service",
                        "Khám dịch vụ")));
    }

    private DeskView view(DeskModel model, DeskMessages messages) {
        DeskView view = new DeskView(api, SETUP, VIETNAM, messages);
        view.attach(model);
        return view;
    }

    private BufferedImage shoot(String name, Supplier<DeskView> view, AtomicReference<String> texts) {
        AtomicReference<DeskView> shown = new AtomicReference<>();
        BufferedImage image = Screenshots.paint(() -> {
            DeskView v = view.get();
            texts.set(ScreenTexts.joined(v));
            shown.set(v);
            return v;
        }, WIDTH, HEIGHT);
        Screenshots.save(image, name);
        Screenshots.assertNotBlank(image);
        Screenshots.onEdt(() -> assertButtonTextsFit(shown.get()));
        Screenshots.onEdt(() -> assertEveryButtonOnScreen(shown.get()));
        return image;
    }

    /** The desk with a dialog over it, as the receptionist sees the two. */
    private static BufferedImage withDialog(BufferedImage desk, JComponent dialog) {
        AtomicReference<Dimension> size = new AtomicReference<>();
        Screenshots.onEdt(() -> size.set(dialog.getPreferredSize()));
        int w = Math.min(size.get().width, WIDTH - 40);
        int h = Math.min(size.get().height, HEIGHT - 40);
        BufferedImage front = Screenshots.paint(() -> dialog, w, h);
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(desk, 0, 0, null);
        g.setColor(new Color(0, 0, 0, 90));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int x = (WIDTH - w) / 2;
        int y = (HEIGHT - h) / 2;
        g.setColor(new Color(0x5F6B7A));
        g.fillRect(x - 2, y - 2, w + 4, h + 4);
        g.drawImage(front, x, y, null);
        g.dispose();
        return out;
    }

    @Test
    void deskWithACurrentTicketTransferredHereWithANote() {
        morning();
        TicketView transferred = Tickets.with(Tickets.waiting(4, "A004", "Phạm Thị Dung", LookupClass.ELIGIBLE),
                TicketStatus.WAITING, Optional.empty(), "bhyt", "Khám BHYT", Optional.of(NOTE), Optional.of("1"));
        api.tickets.add(transferred);
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        model.call("a4");
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-current-transfer-note", () -> view(model, DeskMessages.vietnamese()), texts);

        assertThat(texts.get()).contains("A004", "Phạm Thị Dung", "Chuyển riêng cho quầy này — ghi chú:", NOTE,
                "Mời số A004", "Danh sách chờ (7)", "Tất cả hàng đợi: 7 số chờ · 3 cần sửa tra cứu",
                "Tra cứu cần sửa (3)", "Gọi số tiếp theo (F1)", "Chuyển… (F9)", "Sửa tra cứu… (F10)",
                "Cho quầy này: Cần đối chiếu giấy chuyển tuyến", "Khám dịch vụ", "Ưu tiên");
        assertThat(texts.get()).doesNotContain("QUẦY ĐANG TẠM NGHỈ");
    }

    @Test
    void deskWithACurrentTicketWhoseLookupFailed() {
        morning();
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        api.next = c -> Optional.of(api.call(c, "A002"));
        model.act(CounterVerb.NEXT);
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-current-failed-lookup", () -> view(model, DeskMessages.vietnamese()), texts);

        assertThat(texts.get()).contains("A002", "Trần Thị Bình", "Sai thông tin — cần sửa",
                "Mã 060: sai họ tên so với dữ liệu BHXH — kiểm tra lại họ tên và tra cứu lại", "Mời số A002",
                "In bằng chứng tra cứu (Ctrl+P)", "Lịch sử KCB (Ctrl+L)");
    }

    @Test
    void theLookupsToFixList() {
        morning();
        api.tickets.add(Tickets.now(Tickets.waiting(9, "A009", "Lý Văn Minh", LookupClass.SETUP_ERROR),
                TicketStatus.PARKED, Optional.of("2")));
        api.tickets.add(Tickets.now(Tickets.waiting(10, "A010", "Bùi Thị Nga", LookupClass.NOT_ELIGIBLE),
                TicketStatus.SERVED, Optional.of("2")));
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-lookups-to-fix", () -> {
            DeskView v = view(model, DeskMessages.vietnamese());
            v.lists().showTab(DeskLists.Tab.TO_FIX);
            v.lists().list(DeskLists.Tab.TO_FIX).select(2);
            return v;
        }, texts);

        assertThat(texts.get()).contains("Tra cứu cần sửa (4)",
                "Tra cứu BHYT cần sửa hôm nay: 4 số. Chọn một số rồi nhấn Sửa tra cứu (F10) hoặc Enter.",
                "A002 | Đang chờ | Trần Thị Bình | Sai thông tin — cần sửa | 0790*****678",
                "A009 | Tạm hoãn (Quầy 2) | Lý Văn Minh | Lỗi cấu hình cổng BHXH | 0790*****678",
                "Đã chọn A002 · Trần Thị Bình · Sai thông tin — cần sửa (Esc: bỏ chọn)", "Sửa tra cứu… (F10)");
        assertThat(texts.get()).doesNotContain("A010", "A001 |");
    }

    @Test
    void theOverrideDialogWaitsForAReason() {
        morning();
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        DeskTicket a2 = model.snapshot().toFix().get(0);
        LookupFix fix = model.lookupFix(a2, Clock.fixed(Tickets.MORNING, VIETNAM)).orElseThrow();
        fix.fullName("Trần Thị Bích");
        fix.dateOfBirth("07/03/1985");
        AtomicReference<String> deskTexts = new AtomicReference<>();
        BufferedImage desk = shoot("desk-behind-dialog", () -> view(model, DeskMessages.vietnamese()), deskTexts);
        AtomicReference<LookupFixPanel> panel = new AtomicReference<>();
        Screenshots.onEdt(() -> panel.set(new LookupFixPanel(fix, Runnable::run, () -> { })));

        BufferedImage image = withDialog(desk, panel.get());
        Screenshots.save(image, "desk-lookup-fix");

        String texts = ScreenTexts.joined(panel.get());
        assertThat(texts).contains("Sửa tra cứu BHYT — số A002 · Trần Thị Bình", "Sai thông tin — cần sửa",
                "Mã 060: sai họ tên", "Đã gửi: Quét mã QR · QR trên CCCD · số 0790*****678 · họ tên Trần Thị Bình",
                "Tra cứu lại với thông tin đã sửa", "Chấp nhận thẻ BHYT giấy", "Chấp nhận thẻ trên VssID",
                "Khám dịch vụ (tự trả phí)", "Trần Thị Bích", "07/03/1985", "Ghi lý do để gửi (bắt buộc).",
                "Gửi (Enter)");
        assertThat(panel.get().ok().isEnabled()).isFalse();
    }

    @Test
    void theOverrideDialogShowsTheNewClassAfterARerun() {
        morning();
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        LookupFix fix = model.lookupFix(model.snapshot().toFix().get(0), Clock.fixed(Tickets.MORNING, VIETNAM))
                .orElseThrow();
        AtomicReference<LookupFixPanel> panel = new AtomicReference<>();
        Screenshots.onEdt(() -> {
            panel.set(new LookupFixPanel(fix, Runnable::run, () -> { }));
            ScreenTexts.find(panel.get(), javax.swing.JTextField.class, "fix.field.FULL_NAME").setText("Trần Thị Bích");
            ScreenTexts.find(panel.get(), javax.swing.JTextField.class, "fix.field.REASON")
                    .setText("Tên trên CCCD là Bích, kiosk đọc sai dấu");
            assertThat(panel.get().ok().isEnabled()).isTrue();
            panel.get().ok().doClick();
        });
        Screenshots.onEdt(() -> { }); // the redraw queued after the answer
        AtomicReference<String> deskTexts = new AtomicReference<>();
        BufferedImage desk = shoot("desk-behind-dialog", () -> view(model, DeskMessages.vietnamese()), deskTexts);

        Screenshots.save(withDialog(desk, panel.get()), "desk-lookup-fix-result");

        assertThat(ScreenTexts.joined(panel.get())).contains("Kết quả: Hợp lệ.",
                "user:lan · Tra cứu lại với thông tin đã sửa · lý do: Tên trên CCCD là Bích, kiosk đọc sai dấu");
        assertThat(panel.get().ok().isEnabled()).isFalse();
        assertThat(deskTexts.get()).contains("Đã sửa tra cứu của số A002: Hợp lệ", "Tra cứu cần sửa (2)");
    }

    @Test
    void theTransferDialogAsksTheReasonForPriority() {
        morning();
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        model.call("A001");
        TransferForm form = new TransferForm(model.snapshot().current().orElseThrow(), SETUP, "1",
                DeskMessages.vietnamese());
        AtomicReference<String> deskTexts = new AtomicReference<>();
        BufferedImage desk = shoot("desk-behind-dialog", () -> view(model, DeskMessages.vietnamese()), deskTexts);
        AtomicReference<TransferPanel> panel = new AtomicReference<>();
        Screenshots.onEdt(() -> {
            panel.set(new TransferPanel(form, DeskMessages.vietnamese(), () -> { }, () -> { }));
            ScreenTexts.find(panel.get(), javax.swing.JRadioButton.class, "transfer.target.Ưu tiên").doClick();
        });
        String before = onEdtText(panel.get());
        boolean okBefore = panel.get().ok().isEnabled();
        Screenshots.save(withDialog(desk, panel.get()), "desk-transfer");

        assertThat(before).contains("Chuyển số A001 — Nguyễn Văn An", "Sang hàng đợi", "Cho riêng một quầy",
                "Khám BHYT", "Khám dịch vụ", "Ưu tiên", "Quầy 2", "Ghi chú cho quầy nhận (lý do chuyển):",
                "Chuyển sang Ưu tiên: ghi lý do ưu tiên (người có thai, khuyết tật, người có công…).");
        assertThat(before).doesNotContain("Quầy 1\n");
        assertThat(okBefore).isFalse();
        Screenshots.onEdt(() -> ((javax.swing.JTextField) panel.get().noteField()).setText("Người bệnh có thai"));
        assertThat(panel.get().ok().isEnabled()).isTrue();
        assertThat(panel.get().hintText()).isBlank();
    }

    private static String onEdtText(JComponent c) {
        AtomicReference<String> t = new AtomicReference<>();
        Screenshots.onEdt(() -> t.set(ScreenTexts.joined(c)));
        return t.get();
    }

    @Test
    void aPausedCounterWithItsParkedTickets() {
        morning();
        api.tickets.add(Tickets.now(Tickets.waiting(9, "A009", "Lý Văn Minh", LookupClass.ELIGIBLE),
                TicketStatus.PARKED, Optional.of("1")));
        api.tickets.add(Tickets.now(Tickets.waiting(11, "A011", "Mai Văn Sơn", LookupClass.ELIGIBLE),
                TicketStatus.PARKED, Optional.of("2")));
        api.counterList = List.of(new CounterView("1", "Quầy 1", true), new CounterView("2", "Quầy 2", false));
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-paused-parked", () -> {
            DeskView v = view(model, DeskMessages.vietnamese());
            v.lists().showTab(DeskLists.Tab.PARKED);
            v.lists().list(DeskLists.Tab.PARKED).select(9);
            return v;
        }, texts);

        assertThat(texts.get()).contains(
                "QUẦY ĐANG TẠM NGHỈ — không gọi số mới. Nhấn “Mở lại quầy” (F7) để tiếp tục.",
                "Số tạm hoãn ở quầy này: 1", "A009 | Khám BHYT | Lý Văn Minh | Quầy 1", "Về đầu hàng (F11)",
                "Về đúng vị trí (Shift+F11)", "Tạm hoãn (1)");
        assertThat(texts.get()).doesNotContain("A011");
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
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-current-chip-portrait", () -> view(model, DeskMessages.vietnamese()), texts);

        assertThat(texts.get()).contains("A007", "Vũ Thị Hoa", "Hợp lệ", "Mời số A007");
    }

    @Test
    void theDemosSmallerDeskWindowKeepsItsButtonsAndColumns() {
        morning();
        DeskModel model = new DeskModel(api, "1");
        model.refresh();
        model.call("A002");

        AtomicReference<DeskView> view = new AtomicReference<>();
        BufferedImage image = Screenshots.paint(() -> {
            view.set(view(model, DeskMessages.vietnamese()));
            return view.get();
        }, 960, 648);
        Screenshots.save(image, "desk-960");
        Screenshots.assertNotBlank(image);

        Screenshots.onEdt(() -> assertButtonTextsFit(view.get()));
        Screenshots.onEdt(() -> assertEveryButtonOnScreen(view.get()));
    }

    /**
     * Every button of a verb or ticket action is laid out whole inside the window (a column with one
     * row of buttons too many pushed them all off the 960×648 demo window once).
     */
    private static void assertEveryButtonOnScreen(DeskView view) {
        List<String> names = new java.util.ArrayList<>();
        collectButtons(view, view, names);
        List<String> expected = new java.util.ArrayList<>();
        VerbButton.ALL.forEach(vb -> expected.add("verb." + vb.verb().name()));
        for (TicketAction a : TicketAction.values()) {
            if (a != TicketAction.RETURN_FRONT && a != TicketAction.RETURN_PLACE && a != TicketAction.RESTORE) {
                expected.add("action." + a.name());
            }
        }
        assertThat(names).as("buttons inside the window").containsAll(expected);
    }

    private static void collectButtons(java.awt.Container root, DeskView view, List<String> out) {
        for (java.awt.Component c : root.getComponents()) {
            if (!c.isVisible()) {
                continue;
            }
            if (c instanceof javax.swing.JButton b && b.getName() != null
                    && (b.getName().startsWith("verb.") || b.getName().startsWith("action."))) {
                java.awt.Rectangle r = javax.swing.SwingUtilities.convertRectangle(b.getParent(), b.getBounds(), view);
                if (r.width > 0 && r.height > 0 && r.x >= 0 && r.y >= 0 && r.x + r.width <= view.getWidth()
                        && r.y + r.height <= view.getHeight()) {
                    out.add(b.getName());
                }
            }
            if (c instanceof java.awt.Container inner) {
                collectButtons(inner, view, out);
            }
        }
    }

    /** No button of the desk shows a cut text ("Sửa tra cứu… (F…"): its text is narrower than its inside. */
    private static void assertButtonTextsFit(java.awt.Container root) {
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof javax.swing.JButton b && b.isVisible() && b.getWidth() > 0) {
                java.awt.Insets in = b.getInsets();
                assertThat(b.getFontMetrics(b.getFont()).stringWidth(b.getText()))
                        .as("text of " + b.getText()).isLessThanOrEqualTo(b.getWidth() - in.left - in.right);
            }
            if (c instanceof java.awt.Container inner) {
                assertButtonTextsFit(inner);
            }
        }
    }

    private static final java.time.Instant YESTERDAY_AFTERNOON = java.time.Instant.parse("2026-11-22T07:05:00Z");
    private static final java.time.Instant THREE_DAYS_AGO = java.time.Instant.parse("2026-11-20T09:30:00Z");

    /** Counter 1 serving A004, whose card another facility checked yesterday (and three days ago). */
    private DeskModel servingACardCheckedElsewhere(DeskMessages m) {
        morning();
        api.tickets.add(Tickets.withLookup(Tickets.waiting(4, "A004", "Phạm Thị Dung", LookupClass.ELIGIBLE),
                VisitHistoryTest.checkedElsewhere(YESTERDAY_AFTERNOON, THREE_DAYS_AGO)));
        DeskModel model = new DeskModel(api, "1", m);
        model.refresh();
        model.call("a4");
        return model;
    }

    @Test
    void theTicketWarnsOfACheckByAnotherFacilityAndOffersTheVisitHistory() {
        DeskModel model = servingACardCheckedElsewhere(DeskMessages.vietnamese());
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-other-facility-check", () -> {
            DeskView v = new DeskView(api, SETUP, VisitHistoryTest.MORNING, DeskMessages.vietnamese());
            v.attach(model);
            return v;
        }, texts);

        assertThat(texts.get()).contains("Đang phục vụ A004 · Phạm Thị Dung · Hợp lệ",
                "⚠ Thẻ đã được tra cứu tại cơ sở 79024 lúc 14:05 hôm qua — có thể đang điều trị nơi khác"
                        + " (và 1 lần tra cứu khác)",
                "Lịch sử KCB (Ctrl+L)", "Sửa tra cứu… (F10)", "Gọi số tiếp theo (F1)");
        AtomicReference<String> other = new AtomicReference<>();
        Screenshots.paint(() -> {
            DeskView v = new DeskView(api, SETUP, VisitHistoryTest.MORNING, DeskMessages.vietnamese());
            v.attach(model);
            v.lists().list(DeskLists.Tab.WAITING).select(1);
            other.set(ScreenTexts.joined(v));
            return v;
        }, WIDTH, HEIGHT);
        assertThat(other.get()).as("a selected ticket nobody else checked").doesNotContain("⚠");
    }

    @Test
    void theVisitHistoryDialogWhileLoadingThenWithTheVisits() {
        DeskModel model = servingACardCheckedElsewhere(DeskMessages.vietnamese());
        DeskTicket a4 = model.snapshot().current().orElseThrow();
        api.history = id -> VisitHistoryTest.answered("000", LookupClass.ELIGIBLE,
                List.of(VisitHistoryTest.MARCH, VisitHistoryTest.ODD, VisitHistoryTest.JUNE));
        VisitHistory history = new VisitHistory(a4, api, DeskMessages.vietnamese(), SETUP.hospitalCode());
        AtomicReference<String> deskTexts = new AtomicReference<>();
        BufferedImage desk = shoot("desk-behind-dialog", () -> {
            DeskView v = new DeskView(api, SETUP, VisitHistoryTest.MORNING, DeskMessages.vietnamese());
            v.attach(model);
            return v;
        }, deskTexts);
        AtomicReference<VisitHistoryPanel> panel = new AtomicReference<>();
        Screenshots.onEdt(() -> panel.set(new VisitHistoryPanel(history, () -> { })));

        Screenshots.save(withDialog(desk, panel.get()), "desk-visit-history-loading");
        String loading = onEdtText(panel.get());
        panel.get().load(Runnable::run);
        Screenshots.onEdt(() -> { }); // the redraw queued after the answer
        Screenshots.save(withDialog(desk, panel.get()), "desk-visit-history");
        String loaded = onEdtText(panel.get());

        assertThat(loading).contains("Lịch sử KCB — số A004 · Phạm Thị Dung",
                "Đang tải… Đang hỏi cổng BHXH lịch sử khám chữa bệnh (có thể mất đến nửa phút).", "Đóng (Esc)",
                "Vào", "Ra", "Cơ sở KCB", "Chẩn đoán", "Tình trạng ra viện", "Kết quả điều trị", "Lý do vào viện");
        assertThat(loaded).contains("Các lượt khám chữa bệnh gần nhất: 3 lượt (mới nhất ở trên).",
                "01/06/2025 08:00 | 05/06/2025 09:15 | 01999 (bệnh viện này) | Tăng huyết áp vô căn (nguyên phát)"
                        + " | Ra viện | Đỡ | Cấp cứu",
                "10/03/2025 10:30 | 10/03/2025 14:30 | 01929 | Viêm dạ dày | Xin ra viện | Khỏi | Đúng tuyến",
                "24/12/2024 19:05 | — | 79024 | — | mã 9 | — | —");
        assertThat(loaded.indexOf("01/06/2025")).as("most recent first").isLessThan(loaded.indexOf("10/03/2025"));
        assertThat(api.calls).containsOnlyOnce("history 102");
        Dimension size = onEdt(() -> panel.get().getPreferredSize());
        assertThat(size.width).as("fits a 1366 px screen").isLessThan(WIDTH - 40);
        assertThat(size.height).as("fits a 768 px screen").isLessThan(HEIGHT - 80);
    }

    @Test
    void theVisitHistoryDialogWhenTheGatewayRefusesAndInEnglish() {
        DeskModel model = servingACardCheckedElsewhere(DeskMessages.vietnamese());
        DeskTicket a4 = model.snapshot().current().orElseThrow();
        api.history = id -> VisitHistoryTest.answered("070", LookupClass.FIXABLE_DATA_ERROR, List.of());
        AtomicReference<VisitHistoryPanel> refused = new AtomicReference<>();
        Screenshots.onEdt(() -> refused.set(new VisitHistoryPanel(
                new VisitHistory(a4, api, DeskMessages.vietnamese(), SETUP.hospitalCode()), () -> { })));
        refused.get().load(Runnable::run);
        Screenshots.onEdt(() -> { });
        Screenshots.save(Screenshots.paint(refused::get, 1280, 480), "desk-visit-history-refused");
        api.history = id -> VisitHistoryTest.answered("000", LookupClass.ELIGIBLE, List.of(VisitHistoryTest.MARCH));
        DeskMessages en = new DeskMessages(java.util.Locale.ENGLISH);
        AtomicReference<VisitHistoryPanel> english = new AtomicReference<>();
        Screenshots.onEdt(() -> english.set(new VisitHistoryPanel(
                new VisitHistory(DeskTicket.of(a4.ticket(), en), api, en, SETUP.hospitalCode()), () -> { })));
        String englishLoading = onEdtText(english.get());
        english.get().load(Runnable::run);
        Screenshots.onEdt(() -> { });
        Screenshots.save(Screenshots.paint(english::get, 1280, 480), "desk-visit-history-en");

        assertThat(onEdtText(refused.get())).contains("Chưa lấy được lịch sử KCB. Mã 070: sai ngày sinh so với dữ"
                + " liệu BHXH — kiểm tra lại ngày sinh và tra cứu lại");
        assertThat(englishLoading).contains("Loading… Asking the BHXH gateway for the visit history");
        assertThat(onEdtText(english.get())).contains("Visit history — ticket A004 · Phạm Thị Dung",
                "Latest visits: 1 (most recent first).", "In", "Out", "Facility", "Diagnosis", "Discharge", "Result",
                "Admission", "10/03/2025 10:30 | 10/03/2025 14:30 | 01929 | Viêm dạ dày | Left on request | Cured"
                        + " | In network", "Close (Esc)");
    }

    @Test
    void theWarningAndTheButtonInEnglish() {
        DeskMessages en = new DeskMessages(java.util.Locale.ENGLISH);
        DeskModel model = servingACardCheckedElsewhere(en);
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-other-facility-check-en", () -> {
            DeskView v = new DeskView(api, SETUP, VisitHistoryTest.MORNING, en);
            v.attach(model);
            return v;
        }, texts);

        assertThat(texts.get()).contains("⚠ The card was checked at facility 79024 at 14:05 yesterday — the patient"
                + " may be under treatment elsewhere (and 1 more check(s) elsewhere)", "Visit history (Ctrl+L)");
    }

    private static <T> T onEdt(Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        Screenshots.onEdt(() -> value.set(read.get()));
        return value.get();
    }

    @Test
    void emptyDeskWhileDisconnected() {
        DeskModel model = new DeskModel(api, "2");
        model.refresh();
        model.connectionChanged(false);
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-empty-disconnected", () -> view(model, DeskMessages.vietnamese()), texts);

        assertThat(texts.get()).contains("● Mất kết nối — đang kết nối lại…", "Chưa gọi số nào",
                "Tất cả hàng đợi: 0 số chờ · 0 cần sửa tra cứu");
    }

    @Test
    void theDeskInEnglish() {
        morning();
        DeskModel model = new DeskModel(api, "1", new DeskMessages(java.util.Locale.ENGLISH));
        model.refresh();
        model.call("A2");
        AtomicReference<String> texts = new AtomicReference<>();

        shoot("desk-english", () -> view(model, new DeskMessages(java.util.Locale.ENGLISH)), texts);

        assertThat(texts.get()).contains("Now serving", "Wrong data — fix needed", "Calling A002",
                "Call next (F1)", "Transfer… (F9)", "Fix lookup… (F10)", "Proof of lookup (PDF) (Ctrl+P)",
                "Waiting (6)", "Lookups to fix (3)",
                "All queues: 6 waiting · 2 lookups to fix");
    }
}
