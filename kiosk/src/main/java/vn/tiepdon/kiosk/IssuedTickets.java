package vn.tiepdon.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.devices.printing.PrintResult;
import vn.tiepdon.devices.printing.TicketPrinter;

/**
 * The kiosk's end of a check-in: prints the slip of an issued ticket, makes its ticket screen in
 * the patient's language, and remembers the last one so that the same code scanned again soon shows
 * it again instead of issuing a second ticket (in memory only, never logged). A printer failure
 * keeps the ticket: the screen shows the number and says so.
 */
final class IssuedTickets {
    private static final Logger LOG = LoggerFactory.getLogger(IssuedTickets.class);
    /** A second scan of the same code within this time shows the same ticket again. */
    static final Duration SAME_CODE_WINDOW = Duration.ofSeconds(30);

    private final TicketPrinter printer;
    private final SlipFactory slips;
    private final String kioskId;
    private final Clock clock;
    private volatile Optional<Last> last = Optional.empty();

    IssuedTickets(TicketPrinter printer, SlipFactory slips, String kioskId, Clock clock) {
        this.printer = Objects.requireNonNull(printer);
        this.slips = Objects.requireNonNull(slips);
        this.kioskId = Objects.requireNonNull(kioskId);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Prints the ticket of {@code response} and makes its screen.
     *
     * @param chipNotice   the chip on the reader could not be read (why, for the patient)
     * @param choiceNotice the patient's fee-paying choice did not reach the server
     * @param start        when the check-in began (for the log)
     */
    KioskState.Ticket print(String scannedCode, CheckinResponse response, Optional<String> chipNotice,
                            Optional<String> choiceNotice, Instant start, KioskMessages m, KioskOptions options) {
        PrintResult print = print(response, options);
        LOG.info("kiosk {}: ticket {} issued in {} ms, lookup {}, print {}", kioskId, response.ticket().number(),
                Duration.between(start, clock.instant()).toMillis(), response.lookup().lookupClass(),
                print instanceof PrintResult.Failed f ? "FAILED " + f.failure() : "OK");
        Last ticket = new Last(scannedCode, clock.instant(), response, print, chipNotice, choiceNotice);
        last = Optional.of(ticket);
        return screen(ticket, m, options);
    }

    /** The last ticket's screen again when it was issued for {@code code} a moment ago. */
    Optional<KioskState.Ticket> repeated(String code, KioskMessages m, KioskOptions options) {
        return last
                .filter(l -> l.code().equals(code))
                .filter(l -> Duration.between(l.at(), clock.instant()).compareTo(SAME_CODE_WINDOW) < 0)
                .map(l -> screen(l, m, options));
    }

    private PrintResult print(CheckinResponse response, KioskOptions options) {
        try {
            PrintResult result = printer.print(slips.slipFor(response,
                    options.isFeePaying(response.ticket().queueId())));
            if (result instanceof PrintResult.Failed failed) {
                LOG.warn("kiosk {}: slip for ticket {} not printed on {}: {} {}", kioskId,
                        response.ticket().number(), printer.destination(), failed.failure(), failed.detail());
            }
            return result;
        } catch (RuntimeException e) {
            LOG.error("kiosk {}: printer {} failed on ticket {}", kioskId, printer.destination(),
                    response.ticket().number(), e);
            return new PrintResult.Failed(PrintResult.Failure.IO_ERROR, e.getClass().getSimpleName());
        }
    }

    private static KioskState.Ticket screen(Last last, KioskMessages m, KioskOptions options) {
        CheckinResponse response = last.response();
        TicketView ticket = response.ticket();
        boolean printed = last.print() instanceof PrintResult.Printed;
        boolean feePaying = options.isFeePaying(ticket.queueId());
        String instruction = SlipFactory.instruction(m, response, feePaying);
        return new KioskState.Ticket(ticket.id(), ticket.number(), ticket.queueName(), instruction,
                response.lookup().lookupClass(), SlipFactory.lookupLabel(m, response, feePaying), printed,
                printed ? Optional.empty() : Optional.of(m.text("ticket.printerFailed")), last.chipNotice(),
                SlipFactory.clinicName(ticket), SlipFactory.room(m, ticket), last.choiceNotice());
    }

    private record Last(String code, Instant at, CheckinResponse response, PrintResult print,
                        Optional<String> chipNotice, Optional<String> choiceNotice) {
    }
}
