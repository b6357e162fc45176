package vn.tiepdon.kiosk;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.core.testing.Screenshots;
import vn.tiepdon.devices.printing.PrintResult;

/** Renders each kiosk screen into target/screenshots/kiosk-*.png. */
class KioskScreenshotTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1024;
    private static final List<Map.Entry<String, String>> SAMPLES = List.of(
            Map.entry("CCCD QR", Samples.CCCD_QR), Map.entry("BHYT QR", "HC4010123456789|…"),
            Map.entry("Mã hỏng", Samples.GARBAGE));

    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "A001", LookupClass.ELIGIBLE));
    private final FakePrinter printer = new FakePrinter();
    private final KioskModel model = new KioskModel(api, Samples::parse, printer,
            new SlipFactory("Bệnh viện Đa khoa Tỉnh Demo", Samples.HANOI), "kiosk-1",
            new MutableClock(Samples.NOW, Samples.HANOI));

    @BeforeAll
    static void lookAndFeel() {
        Screenshots.onEdt(KioskWindow::installLookAndFeel);
    }

    private void shoot(String name, Function<KioskView, KioskState> drive) {
        BufferedImage image = Screenshots.paint(() -> {
            KioskView view = new KioskView(model, SAMPLES);
            view.show(drive.apply(view));
            return view;
        }, WIDTH, HEIGHT);
        Screenshots.save(image, name);
        Screenshots.assertNotBlank(image);
    }

    @Test
    void idleScreen() {
        shoot("kiosk-idle", v -> model.state());
    }

    @Test
    void idleScreenInEnglish() {
        shoot("kiosk-idle-en", v -> model.useLanguage(KioskLanguage.ENGLISH));
    }

    @Test
    void keypadScreen() {
        shoot("kiosk-keypad", v -> model.startTyping());
    }

    @Test
    void checkingScreen() {
        shoot("kiosk-checking", v -> new KioskState.Checking(model.messages().text("checking.message")));
    }

    @Test
    void cardOnTheReaderScreen() {
        shoot("kiosk-card-on-reader", v -> model.cardEvent(new vn.tiepdon.devices.smartcard.CardEvent.CardInserted("r")));
    }

    @Test
    void readingTheChipScreen() {
        shoot("kiosk-reading-chip", v -> new KioskState.Checking(model.messages().text("checking.chip")));
    }

    @Test
    void ticketScreenWhenTheChipCouldNotBeRead() {
        shoot("kiosk-ticket-chip-not-read", v -> ((KioskState.Ticket) model.scanned(Samples.CCCD_QR))
                .withChipNotice(java.util.Optional.of(model.messages().text("chip.notRead",
                        new KioskMessages(KioskLanguage.VIETNAMESE).text("chip.failure.CARD_REMOVED")))));
    }

    @Test
    void ticketScreen() {
        shoot("kiosk-ticket", v -> model.scanned(Samples.CCCD_QR));
    }

    @Test
    void ticketScreenWhenThePrinterFailed() {
        printer.result = new PrintResult.Failed(PrintResult.Failure.PAPER_OUT, "paper out");
        api.answer = r -> Samples.response(45, "A045", LookupClass.FIXABLE_DATA_ERROR);
        shoot("kiosk-ticket-printer-failed", v -> model.scanned(Samples.CCCD_QR));
    }

    @Test
    void rejectedScreen() {
        shoot("kiosk-rejected", v -> model.scanned(Samples.GARBAGE));
    }

    @Test
    void serverUnavailableScreen() {
        api.answer = r -> {
            throw new vn.tiepdon.client.ApiException("connect refused", new java.net.ConnectException());
        };
        shoot("kiosk-server-unavailable", v -> model.scanned(Samples.CCCD_QR));
    }

    @Test
    void idleScreenWithTheFeePayingChoice() {
        model.useOptions(Samples.feePayingOnly());
        shoot("kiosk-idle-fee-paying", v -> model.state());
    }

    @Test
    void idleScreenAfterFeePayingWasPressed() {
        model.useOptions(Samples.feePayingOnly());
        shoot("kiosk-idle-fee-paying-chosen", v -> model.chooseFeePaying(true));
    }

    @Test
    void choiceAfterALookupThatSaysTheCardCannotBeUsed() {
        model.useOptions(Samples.feePayingOnly());
        api.answer = r -> Samples.response(44, "A003", LookupClass.NOT_ELIGIBLE);
        shoot("kiosk-payment-choice", v -> model.scanned(Samples.CCCD_QR));
    }

    @Test
    void ticketScreenWithTheClinicsRoom() {
        model.useOptions(Samples.registration());
        api.answer = r -> Samples.response(42, "A001", LookupClass.ELIGIBLE, "bhyt", "Khám BHYT",
                java.util.Optional.of(new vn.tiepdon.core.queue.Clinic("nhi", "Nhi", "Phòng 110 – Tầng 1")));
        shoot("kiosk-ticket-room", v -> {
            model.scanned(Samples.CCCD_QR);
            return model.chooseClinic("nhi");
        });
    }

    @Test
    void ticketScreenAfterChoosingFeePaying() {
        model.useOptions(Samples.feePayingOnly());
        api.answer = r -> Samples.response(44, "A003", LookupClass.NOT_ELIGIBLE);
        api.feePaying = id -> Samples.movedToFeePaying(Samples.response(44, "A003", LookupClass.NOT_ELIGIBLE));
        shoot("kiosk-ticket-fee-paying", v -> {
            model.scanned(Samples.CCCD_QR);
            return model.payFees();
        });
    }
}
