package vn.tiepdon.app.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import vn.tiepdon.app.cli.report.SuccessReportText;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.ParseResult;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.devices.announce.VirtualAnnouncer;
import vn.tiepdon.devices.board.VirtualNumberBoard;
import vn.tiepdon.devices.printing.EscPosSlipRenderer;
import vn.tiepdon.devices.printing.EscPosTicketPrinter;
import vn.tiepdon.devices.printing.FilePrinterChannel;
import vn.tiepdon.devices.printing.PrintResult;
import vn.tiepdon.display.DisplayModel;
import vn.tiepdon.kiosk.ChipStep;
import vn.tiepdon.kiosk.KioskModel;
import vn.tiepdon.kiosk.KioskOptions;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.SlipFactory;

/**
 * The headless demo: a scripted morning through the same kiosk, display and server code as the
 * windows — check-ins at the kiosk model, tickets printed as ESC/POS bytes to a file, calls at the
 * counters, the display model receiving the server's events — printing each step with personal
 * data masked, and ending with the day's lookup success as {@code report success} prints it. Every lookup class appears at least
 * once, and a lookup left pending while the gateway fails completes in the background: the
 * {@code lookup.completed} event reaches a subscriber as it reaches the desk. Patients register for
 * a clinic at the kiosk (its room printed on the ticket), and the one whose card has expired chooses
 * a fee-paying visit for the ticket just issued.
 */
public final class DemoMorning {
    /** Lê Thị Cúc written without the last letter of her given name: right first letter, code 061. */
    private static final String MISSPELT_NAME = "Lê Thị Cú";
    private final DemoSystem system;
    private final Clock clock;
    private final PrintStream out;

    public DemoMorning(DemoSystem system, Clock clock, PrintStream out) {
        this.system = system;
        this.clock = clock;
        this.out = out;
    }

    /**
     * A patient at the kiosk: what they present and how, the clinic they choose on the registration
     * screen (empty: "not sure", the desk registers them), and whether they choose a fee-paying
     * visit when the lookup says their card cannot be used (else they go to the desk).
     */
    private record Visit(String title, String code, boolean typed, Optional<Integer> birthYear,
                         Optional<String> clinic, boolean feePaying) {
        Visit(String title, String code, boolean typed, Optional<Integer> birthYear) {
            this(title, code, typed, birthYear, Optional.empty(), false);
        }

        Visit choosing(String clinicId) {
            return new Visit(title, code, typed, birthYear, Optional.of(clinicId), feePaying);
        }

        Visit payingFees() {
            return new Visit(title, code, typed, birthYear, clinic, true);
        }
    }

    public void run() throws InterruptedException {
        HttpReceptionClient api = system.client();
        String hospital = api.setup().hospitalName();
        out.println("tiepdon demo: a scripted morning at " + hospital);
        out.println("  server " + system.server().baseUrl() + " · bhxh-sim " + system.sim().baseUrl()
                + " · data " + system.home());
        out.println();

        VirtualNumberBoard board = new VirtualNumberBoard();
        VirtualAnnouncer announcer = new VirtualAnnouncer();
        DisplayModel display = new DisplayModel(board, announcer, 8);
        ReceptionApi.EventSubscription events = system.displayClient().subscribeHall(0, display::onEvent);
        awaitTrue(events::connected);

        RecordingPrinter printer = new RecordingPrinter(new EscPosTicketPrinter(
                new EscPosSlipRenderer(EscPosSlipRenderer.WIDTH_80_MM), new FilePrinterChannel(system.printerFile())));
        IdentityParser parser = new IdentityParser(clock);
        KioskModel kiosk = new KioskModel(system.kioskClient(), parser::parse, printer,
                new SlipFactory(hospital, clock.getZone()), DemoSystem.KIOSK_ID, clock,
                new ChipStep(system.cards().reader(), clock, true));
        kiosk.useOptions(KioskOptions.of(system.kioskClient().setup()));

        List<Visit> visits = List.of(
                new Visit("CCCD QR of an insured patient, who registers for internal medicine",
                        DemoCodes.cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD), false, Optional.empty()).choosing("noi"),
                new Visit("BHYT card QR (VssID), for dentistry", DemoCodes.bhytQr(DemoPopulation.ELIGIBLE_BY_CARD),
                        false, Optional.empty()).choosing("rhm"),
                new Visit("CCCD QR, BHYT card expired: the patient chooses a fee-paying visit",
                        DemoCodes.cccdQr(DemoPopulation.EXPIRED_CARD), false, Optional.empty()).choosing("noi")
                        .payingFees(),
                new Visit("CCCD QR while the BHXH gateway does not answer",
                        DemoCodes.cccdQr(DemoPopulation.GATEWAY_HANGS), false, Optional.empty()),
                new Visit("12-digit CCCD number typed on the keypad, with the birth year, for ophthalmology",
                        DemoPopulation.ELIGIBLE_BIRTH_YEAR_ONLY.cccd(), true, Optional.of(1950)).choosing("mat"),
                new Visit("a damaged QR", "079090001234|Nguyen|1990", false, Optional.empty()),
                new Visit("CCCD QR of a serviceman (card managed by the Ministry of Defence)",
                        DemoCodes.cccdQr(DemoPopulation.MILITARY), false, Optional.empty()),
                new Visit("BHYT card QR whose name was misspelt when the card was written",
                        DemoCodes.bhytQr(DemoPopulation.ELIGIBLE_BIRTH_YEAR_ONLY, MISSPELT_NAME), false, Optional.empty()));
        BlockingQueue<ReceptionEvent> completed = new LinkedBlockingQueue<>();
        ReceptionApi.EventSubscription deskFeed = system.deskClient().subscribe(0, e -> {
            if (e.type() == EventType.LOOKUP_COMPLETED) {
                completed.add(e);
            }
        });
        awaitTrue(deskFeed::connected);
        int n = 0;
        List<Long> leftPending = new ArrayList<>();
        for (Visit v : visits) {
            n++;
            if (visit(n, v, kiosk, parser, api, printer) instanceof KioskState.Ticket t
                    && t.lookupClass() == LookupClass.GATEWAY_ERROR) {
                leftPending.add(t.ticketId());
            }
        }

        n = chipVisits(n, kiosk, parser, api, printer);

        // a background retry still running would meet the staff list changed below and end as SETUP_ERROR
        for (long ticketId : leftPending) {
            awaitCompleted(completed, ticketId);
            out.println();
        }

        n++;
        out.println(n + ". Set-up error: BHYT card QR while the hospital's staff member is not on BHXH's list");
        out.println("   (bhxh-sim's registered staff list is changed at runtime, so the staff CCCD the server sends,"
                + " TIEPDON_BHXH_STAFF_CCCD, is unknown; restored afterwards)");
        List<SimSettings.Staff> registered = system.sim().staff();
        system.sim().setStaff(List.of(new SimSettings.Staff("Nguyễn Văn Khác", "001090099999")));
        try {
            visit(n, new Visit("", DemoCodes.bhytQr(DemoPopulation.ELIGIBLE_BY_CARD), false,
                    Optional.empty()), kiosk, parser, api, printer);
        } finally {
            system.sim().setStaff(registered);
        }

        n++;
        out.println(n + ". The BHXH gateway fails (every lookup answered with an HTML 502 page), then comes back:"
                + " CCCD QR of an insured patient");
        system.sim().setFaults(new SimSettings.Faults(0, 0, 0, 1.0, 0));
        KioskState pending;
        try {
            pending = visit(n, new Visit("",
                    DemoCodes.cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD), false, Optional.empty()), kiosk, parser, api,
                    printer);
        } finally {
            system.sim().setFaults(SimSettings.Faults.none());
        }
        out.println("   gateway   back; the server retries the pending lookup in the background");
        if (pending instanceof KioskState.Ticket t) {
            awaitCompleted(completed, t.ticketId());
        }
        deskFeed.close();
        out.println();

        out.println("Counters call the waiting tickets:");
        call(api, "1", board, announcer);
        call(api, "2", board, announcer);
        call(api, "1", board, announcer);
        out.println();

        LocalDate today = LocalDate.now(clock);
        // the same figures, in the same words, as ./tiepdon report success --from today --to today
        out.print(new SuccessReportText().format(api.lookupSuccess(today, today)));
        out.println("Ticket bytes: " + system.printerFile() + " · logs (numbers masked): ~/.tiepdon/logs");
        events.close();
    }

    private KioskState visit(int n, Visit v, KioskModel kiosk, IdentityParser parser, HttpReceptionClient api,
                             RecordingPrinter printer) {
        if (!v.title().isEmpty()) {
            out.println(n + ". " + v.title());
        }
        out.println("   identity  " + describe(parser.parse(v.code())));
        KioskState state = v.typed() ? kiosk.typed(v.code(), v.birthYear()) : kiosk.scanned(v.code());
        if (state instanceof KioskState.ChoosingClinic) {
            out.println("   clinic    " + v.clinic().map(id -> "chosen on the registration screen: " + id)
                    .orElse("not sure: the desk registers the patient"));
            state = v.clinic().map(kiosk::chooseClinic).orElseGet(kiosk::skipClinic);
        }
        if (state instanceof KioskState.ChoosingPayment p) {
            out.println("   kiosk     ticket " + p.number() + " issued, the card cannot be used: the patient chooses "
                    + (v.feePaying() ? "a fee-paying visit" : "the desk") + " (the slip prints then)");
            state = v.feePaying() ? kiosk.payFees() : kiosk.goToDesk();
        }
        report(api, state, printer);
        kiosk.reset();
        out.println();
        return state;
    }

    /** The CCCD on the kiosk's (virtual) chip reader while its front QR is scanned. */
    private int chipVisits(int n, KioskModel kiosk, IdentityParser parser, HttpReceptionClient api,
                           RecordingPrinter printer) {
        DemoCards cards = system.cards();
        cards.reader().insert(cards.genuine());
        KioskState genuine = visit(n + 1, new Visit("CCCD on the chip reader while its QR is scanned: the QR opens the chip (BAC),"
                + " the check-in goes with the chip's signed data", DemoCodes.cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD),
                false, Optional.empty()), kiosk, parser, api, printer);
        if (genuine instanceof KioskState.Ticket t) {
            awaitPortrait(api, t.ticketId(), t.number());
        }
        cards.reader().remove();
        cards.reader().insert(cards.altered());
        visit(n + 2, new Visit("a CCCD whose chip data was altered after signing (name changed), with its QR",
                DemoCodes.cccdQr(DemoPopulation.MILITARY), false, Optional.empty()), kiosk, parser, api, printer);
        cards.reader().remove();
        return n + 2;
    }

    /** The portrait the kiosk reads after printing reaches the desk in the background. */
    private void awaitPortrait(HttpReceptionClient api, long ticketId, String number) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Optional<Portrait> p = api.portrait(ticketId);
            if (p.isPresent()) {
                out.println("   desk      portrait of " + number + " from the chip (DG2, read after printing): "
                        + p.get().contentType() + ", " + p.get().image().length + " bytes");
                out.println();
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        out.println("   desk      no portrait of " + number + " within 10 s");
        out.println();
    }

    /** Waits for the {@code lookup.completed} event of one ticket, as a desk receives it. */
    private void awaitCompleted(BlockingQueue<ReceptionEvent> completed, long ticketId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            ReceptionEvent e = completed.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && e.ticket().isPresent() && e.ticket().get().id() == ticketId) {
                Optional<LookupView> l = e.ticket().get().lookup();
                out.println("   desk      event " + e.type() + " for " + e.ticket().get().number() + ": lookup "
                        + l.map(v -> v.lookupClass() + " code " + v.code().orElse("-") + " after " + v.attempts()
                        + " attempt(s), \"" + v.patientMessage() + "\"").orElse("-"));
                return;
            }
        }
        out.println("   desk      no lookup.completed event within 20 s");
    }

    private void report(HttpReceptionClient api, KioskState state, RecordingPrinter printer) {
        if (state instanceof KioskState.Ticket t) {
            Optional<TicketView> ticket = api.tickets(Optional.empty()).stream()
                    .filter(x -> x.id() == t.ticketId()).findFirst();
            Optional<LookupView> lookup = ticket.flatMap(TicketView::lookup);
            out.println("   lookup    " + lookup.map(l -> l.lookupClass() + " code " + l.code().orElse("-") + " ("
                    + l.outcome() + ") in " + l.millis() + " ms, " + l.attempts() + " attempt(s)")
                    .orElse(t.lookupClass().name()));
            ticket.flatMap(TicketView::identityCheck).ifPresent(check -> out.println("   chip      " + check
                    + (ticket.get().identityTampered() ? " → flagged: the receptionist checks the card" : "")));
            out.println("   ticket    " + t.number() + " · " + t.queueName() + " · \"" + t.instruction() + "\"");
            t.room().ifPresent(room -> out.println("   room      " + t.clinic().map(c -> c + " · ").orElse("") + room));
            out.println("   printer   " + printer.takeLast().map(DemoMorning::describe)
                    .orElse("not printed" + t.printerNotice().map(s -> ": " + s).orElse("")));
        } else if (state instanceof KioskState.Rejected r) {
            out.println("   kiosk     no ticket: \"" + r.message() + "\"");
            out.println("   reason    " + r.reason());
        } else if (state instanceof KioskState.ServerUnavailable u) {
            out.println("   kiosk     " + u.title() + ": " + u.message());
        } else {
            out.println("   kiosk     " + state.screen());
        }
    }

    private void call(HttpReceptionClient api, String counter, VirtualNumberBoard board, VirtualAnnouncer announcer)
            throws InterruptedException {
        Optional<TicketView> called = system.deskClient().counter(CounterVerb.NEXT, counter);
        if (called.isEmpty()) {
            out.println("   counter " + counter + ": nobody waiting");
            return;
        }
        TicketView t = called.get();
        String expected = t.number();
        awaitTrue(() -> board.showing().map(s -> s.startsWith(expected)).orElse(false)
                && last(announcer.phrases()).contains(expected));
        out.println("   " + t.counterName().orElse(counter) + " calls " + t.number() + " (lookup "
                + t.lookup().map(l -> l.lookupClass().name()).orElse("-") + ") → display shows \""
                + board.showing().orElse("") + "\", voice \"" + last(announcer.phrases()) + "\"");
    }

    private static String last(List<String> list) {
        return list.isEmpty() ? "" : list.get(list.size() - 1);
    }

    private static String describe(ParseResult r) {
        if (r instanceof ParseResult.Rejected rej) {
            return "not recognised: " + rej.reason();
        }
        IdentityDocument d = ((ParseResult.Recognised) r).document();
        StringBuilder sb = new StringBuilder(d.kind().name());
        d.idNumber().ifPresent(v -> sb.append(" · CCCD ").append(Masking.number(v)));
        d.cardNumber().ifPresent(v -> sb.append(" · BHYT ").append(Masking.number(v)));
        d.fullName().ifPresent(v -> sb.append(" · ").append(Masking.name(v)));
        d.dateOfBirth().ifPresent(v -> sb.append(" · born ").append(v.year()));
        return sb.toString();
    }

    private static String describe(PrintResult r) {
        if (r instanceof PrintResult.Printed p) {
            return String.format(Locale.ROOT, "%,d bytes of ESC/POS → %s", p.bytes(), p.destination());
        }
        PrintResult.Failed f = (PrintResult.Failed) r;
        return "FAILED " + f.failure() + ": " + f.detail();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
