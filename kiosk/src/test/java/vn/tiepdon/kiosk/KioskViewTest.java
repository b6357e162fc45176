package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.core.testing.Screenshots;

/** The kiosk's size rules for elderly users, and the scanner path through the view. */
class KioskViewTest {
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "A001", LookupClass.ELIGIBLE));
    private final FakePrinter printer = new FakePrinter();
    private final KioskModel model = new KioskModel(api, Samples::parse, printer,
            new SlipFactory("Bệnh viện Demo", Samples.HANOI), "kiosk-1", new MutableClock(Samples.NOW, Samples.HANOI));

    private static List<Component> patientFacing(Component c) {
        List<Component> out = new ArrayList<>();
        if (c instanceof VirtualScannerStrip) {
            return out;
        }
        out.add(c);
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                out.addAll(patientFacing(child));
            }
        }
        return out;
    }

    @Test
    void everyButtonIsTouchSizeAndEveryTextAtLeast28Points() {
        List<Component> components = new ArrayList<>();
        Screenshots.onEdt(() -> {
            KioskView view = new KioskView(model, List.of(Map.entry("demo", Samples.CCCD_QR)));
            view.show(model.scanned(Samples.CCCD_QR));
            components.addAll(patientFacing(view));
        });

        List<AbstractButton> buttons = components.stream().filter(AbstractButton.class::isInstance)
                .map(AbstractButton.class::cast).toList();
        List<JLabel> labels = components.stream().filter(JLabel.class::isInstance).map(JLabel.class::cast)
                .filter(l -> l.getText() != null && !l.getText().isBlank()).toList();
        assertThat(buttons).isNotEmpty().allSatisfy(b -> {
            assertThat(b.getPreferredSize().height).as(b.getText()).isGreaterThanOrEqualTo(80);
            assertThat(b.getFont().getSize()).as(b.getText()).isGreaterThanOrEqualTo(28);
        });
        assertThat(labels).isNotEmpty().allSatisfy(l ->
                assertThat(l.getFont().getSize()).as(l.getText()).isGreaterThanOrEqualTo(28));
        assertThat(labels).filteredOn(l -> "A001".equals(l.getText())).singleElement()
                .satisfies(l -> assertThat(l.getFont().getSize()).isGreaterThanOrEqualTo(120));
    }

    @Test
    void scannedTextGoesThroughTheModelOffTheEventThread() throws InterruptedException {
        CountDownLatch printed = new CountDownLatch(1);
        List<Boolean> onEventThread = new ArrayList<>();
        api.answer = r -> {
            onEventThread.add(javax.swing.SwingUtilities.isEventDispatchThread());
            return Samples.response(42, "A001", LookupClass.ELIGIBLE);
        };
        model.addListener(s -> {
            if (s instanceof KioskState.Ticket) {
                printed.countDown();
            }
        });
        Screenshots.onEdt(() -> new KioskView(model, List.of()).onScanned(Samples.CCCD_QR));

        assertThat(printed.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(onEventThread).containsExactly(false);
        assertThat(printer.slips).hasSize(1);
    }
}
