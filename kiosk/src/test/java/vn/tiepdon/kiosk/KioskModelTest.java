package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.devices.printing.PrintResult;

class KioskModelTest {
    private final MutableClock clock = new MutableClock(Samples.NOW, Samples.HANOI);
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "A001", LookupClass.ELIGIBLE));
    private final FakePrinter printer = new FakePrinter();
    private final KioskModel model = new KioskModel(api, Samples::parse, printer,
            new SlipFactory("Bệnh viện Đa khoa Demo", Samples.HANOI), "kiosk-1", clock);
    private final List<KioskState> seen = new ArrayList<>();

    KioskModelTest() {
        model.addListener(seen::add);
    }

    @Test
    void scannedQrChecksInWithQrMethodPrintsAndShowsTheTicket() {
        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.QR);
            assertThat(r.code()).isEqualTo(Samples.CCCD_QR);
            assertThat(r.kioskId()).isEqualTo("kiosk-1");
            assertThat(r.birthYear()).isEmpty();
        });
        assertThat(printer.slips).singleElement().satisfies(s -> assertThat(s.ticketNumber()).isEqualTo("A001"));
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.number()).isEqualTo("A001");
            assertThat(t.queueName()).isEqualTo("Khám BHYT");
            // the kiosk's own text for code 000, in its language, not the server's instruction
            assertThat(t.instruction()).isEqualTo("Thẻ BHYT hợp lệ. Vui lòng chờ gọi số. Số của bạn: A001.");
            assertThat(t.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
            assertThat(t.lookupLabel()).isEqualTo("Thẻ BHYT hợp lệ");
            assertThat(t.printed()).isTrue();
            assertThat(t.printerNotice()).isEmpty();
        });
        assertThat(seen).extracting(KioskState::screen)
                .containsExactly(KioskState.Screen.CHECKING, KioskState.Screen.TICKET);
        assertThat(((KioskState.Checking) seen.get(0)).message()).isEqualTo("Đang kiểm tra thẻ BHYT…");
        assertThat(model.state()).isSameAs(state);
    }

    @Test
    void rejectedCodeNeverCallsTheServerAndAsksToScanAgainInVietnamese() {
        KioskState state = model.scanned(Samples.GARBAGE);

        assertThat(api.checkins).isEmpty();
        assertThat(printer.slips).isEmpty();
        assertThat(state).isInstanceOfSatisfying(KioskState.Rejected.class, r -> {
            assertThat(r.message()).isEqualTo("Không đọc được mã. Vui lòng quét lại mã QR trên thẻ CCCD "
                    + "hoặc thẻ BHYT, hoặc nhập số.");
            assertThat(r.reason()).startsWith("not a CCCD or BHYT code");
        });
        assertThat(state.returnToIdleAfter()).contains(Duration.ofSeconds(15));
    }

    @Test
    void parserThatThrowsIsARejectedCodeNotACrash() {
        KioskModel broken = new KioskModel(api, text -> {
            throw new IllegalStateException("bug");
        }, printer, new SlipFactory("BV", Samples.HANOI), "kiosk-1", clock);

        assertThat(broken.scanned(Samples.CCCD_QR).screen()).isEqualTo(KioskState.Screen.REJECTED);
        assertThat(api.checkins).isEmpty();
    }

    @Test
    void printerFailureKeepsTheTicketAndAsksToRememberTheNumber() {
        printer.result = new PrintResult.Failed(PrintResult.Failure.PAPER_OUT, "paper end sensor");

        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.number()).isEqualTo("A001");
            assertThat(t.printed()).isFalse();
            assertThat(t.printerNotice()).contains("Máy in đang gặp sự cố — vui lòng ghi nhớ số của bạn");
        });
        assertThat(state.returnToIdleAfter().orElseThrow()).isGreaterThan(Duration.ofSeconds(15));
    }

    @Test
    void printerThatThrowsCountsAsAFailedPrint() {
        printer.thrown = new IllegalStateException("usb gone");

        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.number()).isEqualTo("A001");
            assertThat(t.printed()).isFalse();
        });
    }

    @Test
    void unreachableServerShowsServerUnavailable() {
        api.answer = r -> {
            throw new ApiException("connect failed: http://10.0.0.2:8420", new java.net.ConnectException());
        };

        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(state).isInstanceOfSatisfying(KioskState.ServerUnavailable.class, u -> assertThat(u.message())
                .isEqualTo("Hệ thống đang bận, vui lòng thử lại hoặc đến quầy tiếp đón"));
        assertThat(printer.slips).isEmpty();
    }

    @Test
    void serverErrorAnswerShowsServerUnavailable() {
        api.answer = r -> {
            throw new ApiException(500, new ApiError(ErrorCode.INTERNAL, "database down", "Lỗi hệ thống"));
        };

        assertThat(model.scanned(Samples.CCCD_QR).screen()).isEqualTo(KioskState.Screen.SERVER_UNAVAILABLE);
    }

    @Test
    void codeTheServerDoesNotRecogniseIsRejectedWithTheKiosksTextForTheCode() {
        api.answer = r -> {
            throw new ApiException(422, new ApiError(ErrorCode.UNRECOGNISED_CODE, "bad check digit",
                    "Mã thẻ không hợp lệ, vui lòng nhập số."));
        };

        KioskState state = model.scanned(Samples.CCCD_QR);

        // the screen says what the code means in the kiosk's language; the server's reason is kept for the log
        assertThat(state).isInstanceOfSatisfying(KioskState.Rejected.class, r -> {
            assertThat(r.message()).isEqualTo(
                    "Không đọc được mã. Vui lòng quét lại mã QR trên thẻ CCCD hoặc thẻ BHYT, hoặc nhập số.");
            assertThat(r.reason()).isEqualTo("bad check digit");
        });
    }

    @Test
    void typedTwelveDigitCccdIsSentAsTypedWithTheBirthYear() {
        KioskState state = model.typed("079012345678", Optional.of(1956));

        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.TYPED);
            assertThat(r.code()).isEqualTo("079012345678");
            assertThat(r.birthYear()).contains(1956);
        });
        assertThat(state.screen()).isEqualTo(KioskState.Screen.TICKET);
    }

    @Test
    void inputArrivingWhileACheckInIsUnderWayIsIgnored() {
        List<KioskState> nested = new ArrayList<>();
        api.answer = r -> {
            nested.add(model.scanned(Samples.CCCD_QR));
            nested.add(model.reset());
            return Samples.response(42, "A001", LookupClass.ELIGIBLE);
        };

        model.scanned(Samples.CCCD_QR);

        assertThat(api.checkins).hasSize(1);
        assertThat(nested).extracting(KioskState::screen)
                .containsExactly(KioskState.Screen.CHECKING, KioskState.Screen.CHECKING);
        assertThat(model.state().screen()).isEqualTo(KioskState.Screen.TICKET);
    }

    @Test
    void sameCodeScannedAgainSoonShowsTheSameTicketInsteadOfASecondOne() {
        model.scanned(Samples.CCCD_QR);
        clock.advance(Duration.ofSeconds(10));

        KioskState again = model.scanned(Samples.CCCD_QR);

        assertThat(api.checkins).hasSize(1);
        assertThat(printer.slips).hasSize(1);
        assertThat(again).isInstanceOfSatisfying(KioskState.Ticket.class, t -> assertThat(t.number()).isEqualTo("A001"));
    }

    @Test
    void sameCodeScannedLaterGetsANewTicket() {
        model.scanned(Samples.CCCD_QR);
        clock.advance(KioskModel.SAME_CODE_WINDOW);
        api.answer = r -> Samples.response(43, "A002", LookupClass.ELIGIBLE);

        KioskState later = model.scanned(Samples.CCCD_QR);

        assertThat(api.checkins).hasSize(2);
        assertThat(later).isInstanceOfSatisfying(KioskState.Ticket.class, t -> assertThat(t.number()).isEqualTo("A002"));
    }

    @Test
    void timedReturnToIdleOnlyClearsTheScreenItWasSetFor() {
        KioskState first = model.scanned(Samples.CCCD_QR);
        KioskState rejected = model.scanned(Samples.GARBAGE);

        assertThat(model.returnToIdleFrom(first)).isSameAs(rejected);
        assertThat(model.returnToIdleFrom(rejected).screen()).isEqualTo(KioskState.Screen.IDLE);
    }

    @Test
    void englishSwitchGivesEnglishTextsUntilTheNextPatient() {
        model.useLanguage(KioskLanguage.ENGLISH);

        KioskState state = model.scanned(Samples.GARBAGE);
        assertThat(((KioskState.Rejected) state).message()).startsWith("The code could not be read.");

        model.reset();
        assertThat(model.language()).isEqualTo(KioskLanguage.VIETNAMESE);
        assertThat(((KioskState.Rejected) model.scanned(Samples.GARBAGE)).message()).startsWith("Không đọc được mã.");
    }

    @Test
    void failedLookupStillGivesATicketWithAWarningLabel() {
        api.answer = r -> Samples.response(44, "A003", LookupClass.GATEWAY_ERROR);

        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.number()).isEqualTo("A003");
            assertThat(t.lookupLabel()).isEqualTo("Chưa tra cứu được thẻ BHYT — quầy tiếp đón sẽ hỗ trợ bạn");
        });
    }

    @Test
    void startTypingShowsTheKeypadAndResetGoesBackToIdle() {
        assertThat(model.startTyping().screen()).isEqualTo(KioskState.Screen.TYPING);
        assertThat(model.reset().screen()).isEqualTo(KioskState.Screen.IDLE);
    }
}
