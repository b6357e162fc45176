package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.queue.ClinicDefinition;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.core.testing.Screenshots;

/**
 * The clinic screen as the patient sees it (rendered under Xvfb in the build): its texts in
 * Vietnamese and English, every clinic with its room on a big button inside the screen, pages of
 * eight, and a touch on a clinic checking in with it.
 */
class KioskClinicScreenTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1024;
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "N001", LookupClass.ELIGIBLE,
            "noi", "Nội tổng quát", r.clinicId().map(id -> new Clinic("noi", "Nội tổng quát", "Phòng 101 – Tầng 1"))));
    private final KioskModel model = new KioskModel(api, Samples::parse, new FakePrinter(),
            new SlipFactory("Bệnh viện Đa khoa Tỉnh Demo", Samples.HANOI), "kiosk-1",
            new MutableClock(Samples.NOW, Samples.HANOI));

    @BeforeAll
    static void lookAndFeel() {
        Screenshots.onEdt(KioskWindow::installLookAndFeel);
    }

    /** The view laid out and painted at the kiosk's size, with what it shows. */
    private record Shown(KioskView view, BufferedImage image, List<String> texts, List<AbstractButton> buttons) {
    }

    private Shown render(KioskState state, String screenshot) {
        return render(state, screenshot, WIDTH);
    }

    /**
     * Renders {@code state} {@code width} pixels wide and checks that every button the patient may
     * press lies wholly inside the screen (a row too wide for it would drop a button off the edge).
     */
    private Shown render(KioskState state, String screenshot, int width) {
        AtomicReference<Shown> shown = new AtomicReference<>();
        Screenshots.onEdt(() -> {
            KioskView view = new KioskView(model, List.of(Map.entry("CCCD QR", Samples.CCCD_QR)));
            view.show(state);
            view.setSize(width, HEIGHT);
            layOut(view);
            layOut(view);
            BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            view.printAll(g);
            g.dispose();
            List<String> texts = new ArrayList<>();
            List<AbstractButton> buttons = new ArrayList<>();
            collect(view, view, texts, buttons);
            shown.set(new Shown(view, image, texts, buttons));
        });
        Screenshots.save(shown.get().image(), screenshot);
        Screenshots.assertNotBlank(shown.get().image());
        Rectangle screen = new Rectangle(0, 0, width, HEIGHT);
        assertThat(shown.get().buttons()).isNotEmpty().allSatisfy(b -> {
            Rectangle r = SwingUtilities.convertRectangle(b.getParent(), b.getBounds(), shown.get().view());
            assertThat(!r.isEmpty() && screen.contains(r)).as("'" + plain(b.getText()) + "' inside the screen: " + r)
                    .isTrue();
        });
        return shown.get();
    }

    @Test
    void theClinicScreenShowsEachClinicWithItsRoomOnABigButton() {
        model.useOptions(Samples.registration());
        Shown shown = render(model.scanned(Samples.CCCD_QR), "kiosk-clinic");

        assertThat(shown.texts()).contains("Chọn chuyên khoa bạn muốn khám",
                "Chạm vào một chuyên khoa. Phòng khám sẽ được in trên phiếu.",
                "Nội tổng quát Phòng 101 – Tầng 1", "Nhi Phòng 110 – Tầng 1", "Răng Hàm Mặt Phòng 207 – Tầng 2",
                "Chưa biết — quầy tiếp đón sẽ hỗ trợ", "Quay lại");
        assertThat(shown.texts()).doesNotContain("Trang sau", "Trang trước");
        List<AbstractButton> clinics = shown.buttons().stream().filter(b -> b.getName() != null
                && b.getName().startsWith("clinic:")).toList();
        assertThat(clinics).extracting(AbstractButton::getName).containsExactly("clinic:noi", "clinic:nhi",
                "clinic:rhm");
        Rectangle screen = new Rectangle(0, 0, WIDTH, HEIGHT);
        assertThat(clinics).allSatisfy(b -> {
            Rectangle r = SwingUtilities.convertRectangle(b.getParent(), b.getBounds(), shown.view());
            assertThat(screen.contains(r)).as(b.getName() + " inside the screen: " + r).isTrue();
            assertThat(r.height).as(b.getName()).isGreaterThanOrEqualTo(100);
            assertThat(r.width).as(b.getName()).isGreaterThanOrEqualTo(400);
            assertThat(b.getFont().getSize()).isGreaterThanOrEqualTo(28);
        });
    }

    @Test
    void theClinicScreenInEnglish() {
        model.useOptions(Samples.registration());
        model.useLanguage(KioskLanguage.ENGLISH);
        Shown shown = render(model.scanned(Samples.CCCD_QR), "kiosk-clinic-en");

        assertThat(shown.texts()).contains("Choose the specialty you want to see",
                "Touch a specialty. The room will be printed on your ticket.",
                "Not sure — the reception desk will help", "Back", "Nội tổng quát Phòng 101 – Tầng 1");
    }

    @Test
    void manyClinicsComeEightToAPage() {
        List<ClinicDefinition> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(new ClinicDefinition("k" + i, "Chuyên khoa " + i, "Phòng " + (100 + i), "bhyt"));
        }
        model.useOptions(new KioskOptions(ten, true, Optional.empty()));
        // as wide as the demo's kiosk window
        Shown shown = render(model.scanned(Samples.CCCD_QR), "kiosk-clinic-pages", 960);
        AtomicReference<List<String>> second = new AtomicReference<>();

        assertThat(clinicNames(shown)).hasSize(8).startsWith("clinic:k1").endsWith("clinic:k8");
        assertThat(shown.texts()).contains("Trang sau", "Quay lại", "Chưa biết — quầy tiếp đón sẽ hỗ trợ")
                .doesNotContain("Trang trước");
        Screenshots.onEdt(() -> {
            button(shown, "Trang sau").doClick();
            List<String> texts = new ArrayList<>();
            List<AbstractButton> buttons = new ArrayList<>();
            collect(shown.view(), shown.view(), texts, buttons);
            List<String> seen = new ArrayList<>(buttons.stream().map(AbstractButton::getName)
                    .filter(n -> n != null && n.startsWith("clinic:")).toList());
            texts.stream().filter(t -> t.startsWith("Trang")).forEach(seen::add);
            second.set(seen);
        });
        assertThat(second.get()).containsExactly("clinic:k9", "clinic:k10", "Trang trước");
    }

    @Test
    void touchingAClinicChecksInWithIt() throws InterruptedException {
        model.useOptions(Samples.registration());
        CountDownLatch ticket = new CountDownLatch(1);
        model.addListener(s -> {
            if (s instanceof KioskState.Ticket) {
                ticket.countDown();
            }
        });
        Shown shown = render(model.scanned(Samples.CCCD_QR), "kiosk-clinic");

        Screenshots.onEdt(() -> shown.buttons().stream().filter(b -> "clinic:noi".equals(b.getName())).findFirst()
                .orElseThrow().doClick());

        assertThat(ticket.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(api.checkins).singleElement().satisfies(r -> assertThat(r.clinicId()).contains("noi"));
        assertThat(((KioskState.Ticket) model.state()).room()).contains("Khám tại: Phòng 101 – Tầng 1");
    }

    private static List<String> clinicNames(Shown shown) {
        return shown.buttons().stream().map(AbstractButton::getName).filter(n -> n != null && n.startsWith("clinic:"))
                .toList();
    }

    private static AbstractButton button(Shown shown, String text) {
        List<String> texts = new ArrayList<>();
        List<AbstractButton> buttons = new ArrayList<>();
        collect(shown.view(), shown.view(), texts, buttons);
        return buttons.stream().filter(b -> text.equals(plain(b.getText()))).findFirst().orElseThrow();
    }

    /** The texts and buttons of the visible screen card (not the demo strip), as the patient reads them. */
    private static void collect(Component c, KioskView view, List<String> texts, List<AbstractButton> buttons) {
        if (!c.isVisible() || c instanceof VirtualScannerStrip) {
            return;
        }
        if (c instanceof JLabel l && l.getText() != null && !plain(l.getText()).isBlank()) {
            texts.add(plain(l.getText()));
        }
        if (c instanceof AbstractButton b) {
            buttons.add(b);
            texts.add(plain(b.getText()));
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, view, texts, buttons);
            }
        }
    }

    private static String plain(String html) {
        return html.replaceAll("<br>", " ").replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replaceAll("\\s+", " ").strip();
    }

    private static void layOut(Component c) {
        c.doLayout();
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }
}
