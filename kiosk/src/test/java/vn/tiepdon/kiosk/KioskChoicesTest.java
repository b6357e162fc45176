package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.testing.MutableClock;

/**
 * What the patient chooses at the kiosk, without Swing: a clinic on the registration screen, a
 * fee-paying visit on the first screen, and — when the lookup says the card cannot be used —
 * fee-paying or the desk for the ticket already issued. Nobody is turned away, and every issued
 * ticket is printed exactly once.
 */
class KioskChoicesTest {
    private static final Clinic NOI = new Clinic("noi", "Nội tổng quát", "Phòng 101 – Tầng 1");
    private final MutableClock clock = new MutableClock(Samples.NOW, Samples.HANOI);
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "N001", LookupClass.ELIGIBLE,
            "noi", "Nội tổng quát", r.clinicId().map(id -> NOI)));
    private final FakePrinter printer = new FakePrinter();
    private final KioskModel model = new KioskModel(api, Samples::parse, printer,
            new SlipFactory("Bệnh viện Đa khoa Demo", Samples.HANOI), "kiosk-1", clock);
    private final List<KioskState> seen = new ArrayList<>();

    KioskChoicesTest() {
        model.addListener(seen::add);
    }

    private void expiredCard() {
        api.answer = r -> Samples.response(44, "A003", LookupClass.NOT_ELIGIBLE);
        api.feePaying = id -> Samples.movedToFeePaying(Samples.response(44, "A003", LookupClass.NOT_ELIGIBLE));
    }

    @Test
    void theClinicChosenGoesWithTheCheckInAndItsRoomIsOnTheScreenAndTheSlip() {
        model.useOptions(Samples.registration());

        KioskState choosing = model.scanned(Samples.CCCD_QR);

        assertThat(choosing).isInstanceOfSatisfying(KioskState.ChoosingClinic.class, c -> assertThat(c.clinics())
                .extracting(cl -> cl.name()).containsExactly("Nội tổng quát", "Nhi", "Răng Hàm Mặt"));
        assertThat(api.checkins).as("nothing is issued before the choice").isEmpty();
        assertThat(choosing.returnToIdleAfter()).contains(Duration.ofSeconds(60));

        KioskState state = model.chooseClinic("noi");

        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.clinicId()).contains("noi");
            assertThat(r.queueId()).as("the server picks the clinic's queue").isEmpty();
            assertThat(r.code()).isEqualTo(Samples.CCCD_QR);
        });
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.number()).isEqualTo("N001");
            assertThat(t.queueName()).isEqualTo("Nội tổng quát");
            assertThat(t.clinic()).as("the queue's name says it already").isEmpty();
            assertThat(t.room()).contains("Khám tại: Phòng 101 – Tầng 1");
        });
        assertThat(printer.slips).singleElement().satisfies(s -> {
            assertThat(s.queueName()).isEqualTo("Nội tổng quát");
            assertThat(s.clinic()).isEmpty();
            assertThat(s.room()).contains("Khám tại: Phòng 101 – Tầng 1");
        });
        assertThat(seen).extracting(KioskState::screen).containsExactly(KioskState.Screen.IDLE,
                KioskState.Screen.CLINIC, KioskState.Screen.CHECKING, KioskState.Screen.TICKET);
    }

    @Test
    void aClinicWaitingInTheBhytQueueIsNamedUnderTheQueue() {
        model.useOptions(Samples.registration());
        Clinic nhi = new Clinic("nhi", "Nhi", "Phòng 110 – Tầng 1");
        api.answer = r -> Samples.response(43, "A001", LookupClass.ELIGIBLE, "bhyt", "Khám BHYT", Optional.of(nhi));
        model.scanned(Samples.CCCD_QR);

        KioskState state = model.chooseClinic("nhi");

        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.queueName()).isEqualTo("Khám BHYT");
            assertThat(t.clinic()).contains("Nhi");
            assertThat(t.room()).contains("Khám tại: Phòng 110 – Tầng 1");
        });
        assertThat(printer.slips).singleElement().satisfies(s -> {
            assertThat(s.clinic()).contains("Nhi");
            assertThat(s.room()).contains("Khám tại: Phòng 110 – Tầng 1");
        });
    }

    @Test
    void theRoomIsInEnglishWordsOnAnEnglishScreenButVietnameseOnTheSlip() {
        model.useOptions(Samples.registration());
        model.useLanguage(KioskLanguage.ENGLISH);
        model.typed("079012345678", Optional.of(1990));

        KioskState state = model.chooseClinic("noi");

        assertThat(((KioskState.Ticket) state).room()).contains("Go to: Phòng 101 – Tầng 1");
        assertThat(api.checkins.get(0).birthYear()).contains(1990);
        assertThat(printer.slips.get(0).room()).contains("Khám tại: Phòng 101 – Tầng 1");
    }

    @Test
    void notChoosingAClinicChecksInWithoutOneAndThePatientGoesToTheDesk() {
        model.useOptions(Samples.registration());
        api.answer = r -> Samples.response(43, "A001", LookupClass.ELIGIBLE);
        model.scanned(Samples.CCCD_QR);

        KioskState state = model.skipClinic();

        assertThat(api.checkins).singleElement().satisfies(r -> assertThat(r.clinicId()).isEmpty());
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.room()).isEmpty();
            assertThat(t.clinic()).isEmpty();
        });
        assertThat(printer.slips).singleElement().satisfies(s -> assertThat(s.room()).isEmpty());
    }

    @Test
    void leavingTheClinicScreenIssuesNothing() {
        model.useOptions(Samples.registration());
        KioskState choosing = model.scanned(Samples.CCCD_QR);

        assertThat(model.returnToIdleFrom(choosing).screen()).isEqualTo(KioskState.Screen.IDLE);
        // the identification is forgotten: choosing now does nothing
        assertThat(model.chooseClinic("noi").screen()).isEqualTo(KioskState.Screen.IDLE);
        model.scanned(Samples.CCCD_QR);
        assertThat(model.reset().screen()).isEqualTo(KioskState.Screen.IDLE);
        assertThat(api.checkins).isEmpty();
        assertThat(printer.slips).isEmpty();
    }

    @Test
    void withoutKioskRegistrationThereIsNoClinicScreen() {
        model.useOptions(Samples.feePayingOnly());
        api.answer = r -> Samples.response(43, "A001", LookupClass.ELIGIBLE);

        assertThat(model.scanned(Samples.CCCD_QR).screen()).isEqualTo(KioskState.Screen.TICKET);
        assertThat(api.checkins).singleElement().satisfies(r -> assertThat(r.clinicId()).isEmpty());
    }

    @Test
    void aClinicTheServerNoLongerKnowsStillGivesATicketWithoutIt() {
        model.useOptions(Samples.registration());
        api.answer = r -> {
            if (r.clinicId().isPresent()) {
                throw new ApiException(400, new ApiError(ErrorCode.UNKNOWN_CLINIC, "unknown clinic: rhm",
                        "Chuyên khoa đã chọn không có."));
            }
            return Samples.response(43, "A001", LookupClass.ELIGIBLE);
        };
        api.setup = new SetupView("01999", "BV", List.of(), List.of(), Samples.CLINICS.subList(0, 2), true,
                Optional.of("service"));
        model.scanned(Samples.CCCD_QR);

        KioskState state = model.chooseClinic("rhm");

        assertThat(api.checkins).extracting(r -> r.clinicId().orElse("-")).containsExactly("rhm", "-");
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> assertThat(t.number())
                .isEqualTo("A001"));
        assertThat(printer.slips).hasSize(1);
        // the kiosk read the setup again: the next patient sees the clinics the server has now
        assertThat(model.options().clinics()).extracting(c -> c.id()).containsExactly("noi", "nhi");
    }

    @Test
    void aCardThatCannotBeUsedAsksFeePayingOrDeskBeforePrinting() {
        model.useOptions(Samples.feePayingOnly());
        expiredCard();

        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(state).isInstanceOfSatisfying(KioskState.ChoosingPayment.class, p -> {
            assertThat(p.ticketId()).isEqualTo(44);
            assertThat(p.number()).isEqualTo("A003");
            assertThat(p.reason()).isEqualTo("Thẻ BHYT đã hết hạn. Vui lòng đến quầy tiếp đón.");
        });
        assertThat(api.checkins).hasSize(1);
        assertThat(printer.slips).as("the slip waits for the choice").isEmpty();
    }

    @Test
    void feePayingChosenAfterTheLookupMovesTheSameTicketAndPrintsIt() {
        model.useOptions(Samples.feePayingOnly());
        expiredCard();
        model.scanned(Samples.CCCD_QR);

        KioskState state = model.payFees();

        assertThat(api.feePayingChoices).containsExactly(44L);
        assertThat(api.checkins).as("no second ticket").hasSize(1);
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.number()).isEqualTo("A003");
            assertThat(t.queueName()).isEqualTo("Khám dịch vụ");
            assertThat(t.instruction()).isEqualTo("Bạn đã chọn khám dịch vụ (tự chi trả). Vui lòng chờ gọi số để"
                    + " đăng ký tại quầy. Số của bạn: A003.");
            assertThat(t.choiceNotice()).isEmpty();
            assertThat(t.lookupLabel()).isEqualTo("Khám dịch vụ — không dùng thẻ BHYT cho lần khám này");
        });
        assertThat(printer.slips).singleElement().satisfies(s -> {
            assertThat(s.ticketNumber()).isEqualTo("A003");
            assertThat(s.queueName()).isEqualTo("Khám dịch vụ");
            assertThat(s.instruction()).startsWith("Bạn đã chọn khám dịch vụ (tự chi trả).");
            // the lookup's "go to the desk" is not printed on a fee-paying ticket
            assertThat(s.details()).containsExactly("Tra cứu BHYT: thẻ chưa dùng được");
        });
        assertThat(seen).extracting(KioskState::screen).endsWith(KioskState.Screen.PAYMENT,
                KioskState.Screen.CHECKING, KioskState.Screen.TICKET);
        // the same code again soon shows the fee-paying ticket, not a new one
        clock.advance(Duration.ofSeconds(5));
        assertThat(((KioskState.Ticket) model.scanned(Samples.CCCD_QR)).queueName()).isEqualTo("Khám dịch vụ");
        assertThat(api.checkins).hasSize(1);
    }

    @Test
    void goingToTheDeskInsteadPrintsTheTicketAsIssued() {
        model.useOptions(Samples.feePayingOnly());
        expiredCard();
        model.scanned(Samples.CCCD_QR);

        KioskState state = model.goToDesk();

        assertThat(api.feePayingChoices).isEmpty();
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.queueName()).isEqualTo("Khám BHYT");
            assertThat(t.instruction()).isEqualTo("Thẻ BHYT đã hết hạn. Vui lòng đến quầy tiếp đón. Số phiếu của"
                    + " bạn: A003.");
            assertThat(t.lookupLabel()).isEqualTo("Thẻ BHYT chưa dùng được — vui lòng đến quầy tiếp đón");
        });
        assertThat(printer.slips).singleElement().satisfies(s -> assertThat(s.queueName()).isEqualTo("Khám BHYT"));
        // a second press changes nothing
        assertThat(model.payFees()).isSameAs(state);
        assertThat(printer.slips).hasSize(1);
    }

    @Test
    void aPatientWhoWalksAwayStillGetsTheTicketPrintedForTheDesk() {
        model.useOptions(Samples.feePayingOnly());
        expiredCard();
        KioskState choosing = model.scanned(Samples.CCCD_QR);

        KioskState after = model.returnToIdleFrom(choosing);

        assertThat(after.screen()).isEqualTo(KioskState.Screen.TICKET);
        assertThat(printer.slips).singleElement().satisfies(s -> assertThat(s.ticketNumber()).isEqualTo("A003"));
        assertThat(api.feePayingChoices).isEmpty();
    }

    @Test
    void resetWhileTheChoiceIsOpenPrintsTheTicketFirst() {
        model.useOptions(Samples.feePayingOnly());
        expiredCard();
        model.scanned(Samples.CCCD_QR);

        assertThat(model.reset().screen()).isEqualTo(KioskState.Screen.IDLE);
        assertThat(printer.slips).hasSize(1);
    }

    @Test
    void aMoveTheServerRefusesStillPrintsTheTicketAndSendsThePatientToTheDesk() {
        model.useOptions(Samples.feePayingOnly());
        expiredCard();
        api.feePaying = id -> {
            throw new ApiException(409, new ApiError(ErrorCode.CHOICE_EXPIRED, "too late", "Đã quá thời gian"));
        };
        model.scanned(Samples.CCCD_QR);

        KioskState state = model.payFees();

        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.number()).isEqualTo("A003");
            assertThat(t.queueName()).isEqualTo("Khám BHYT");
            assertThat(t.choiceNotice()).contains("Chưa chuyển được sang khám dịch vụ. Vui lòng báo quầy tiếp đón"
                    + " khi được gọi.");
        });
        assertThat(printer.slips).singleElement().satisfies(s -> assertThat(s.queueName()).isEqualTo("Khám BHYT"));
    }

    @Test
    void inputWhileTheChoiceIsOpenIsIgnored() {
        model.useOptions(Samples.feePayingOnly());
        expiredCard();
        KioskState choosing = model.scanned(Samples.CCCD_QR);

        assertThat(model.scanned("079012345678")).isSameAs(choosing);
        assertThat(model.startTyping()).isSameAs(choosing);
        assertThat(api.checkins).hasSize(1);
    }

    @Test
    void feePayingChosenOnTheFirstScreenAsksTheServerForThatQueueOnce() {
        model.useOptions(Samples.feePayingOnly());
        api.answer = r -> Samples.response(45, "B001", LookupClass.NOT_ELIGIBLE, r.queueId().orElse("bhyt"),
                r.queueId().isPresent() ? "Khám dịch vụ" : "Khám BHYT", Optional.empty());
        assertThat(model.state()).isEqualTo(new KioskState.Idle(true, false));

        KioskState idle = model.chooseFeePaying(true);
        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(idle).isEqualTo(new KioskState.Idle(true, true));
        assertThat(idle.returnToIdleAfter()).contains(Duration.ofSeconds(60));
        assertThat(api.checkins).singleElement().satisfies(r -> assertThat(r.queueId()).contains("service"));
        // already fee-paying: no question after the lookup
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> assertThat(t.instruction())
                .startsWith("Bạn đã chọn khám dịch vụ (tự chi trả)."));
        // the next patient is not fee-paying unless they press it too
        clock.advance(Duration.ofMinutes(1));
        model.typed("079012345678", Optional.of(1990));
        assertThat(api.checkins.get(1).queueId()).isEmpty();
    }

    @Test
    void theFeePayingChoiceCanBeTakenBackAndIsForgottenForTheNextPatient() {
        model.useOptions(Samples.feePayingOnly());
        model.chooseFeePaying(true);

        assertThat(model.chooseFeePaying(false)).isEqualTo(new KioskState.Idle(true, false));
        model.chooseFeePaying(true);
        assertThat(model.reset()).isEqualTo(new KioskState.Idle(true, false));
    }

    @Test
    void withoutAFeePayingQueueTheCardThatCannotBeUsedGoesStraightToTheDesk() {
        expiredCard();

        assertThat(model.chooseFeePaying(true)).isEqualTo(new KioskState.Idle());
        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(state.screen()).isEqualTo(KioskState.Screen.TICKET);
        assertThat(printer.slips).hasSize(1);
        assertThat(api.checkins.get(0).queueId()).isEmpty();
    }

    @Test
    void aPriorityTicketIsNotAskedToChooseItIsServedFirstAtTheDesk() {
        model.useOptions(Samples.feePayingOnly());
        api.answer = r -> Samples.response(46, "U001", LookupClass.NOT_ELIGIBLE, "priority", "Ưu tiên",
                Optional.empty());

        assertThat(model.scanned(Samples.CCCD_QR).screen()).isEqualTo(KioskState.Screen.TICKET);
        assertThat(printer.slips).hasSize(1);
    }

    @Test
    void aValidCardIsNeverAsked() {
        model.useOptions(Samples.feePayingOnly());
        for (LookupClass c : List.of(LookupClass.ELIGIBLE, LookupClass.ELIGIBLE_WITH_WARNING,
                LookupClass.FIXABLE_DATA_ERROR, LookupClass.GATEWAY_ERROR)) {
            CheckinResponse answer = Samples.response(47, "A010", c);
            api.answer = r -> answer;
            clock.advance(Duration.ofMinutes(1));
            assertThat(model.scanned(Samples.CCCD_QR).screen()).as(c.name()).isEqualTo(KioskState.Screen.TICKET);
        }
        assertThat(printer.slips).hasSize(4);
    }
}
