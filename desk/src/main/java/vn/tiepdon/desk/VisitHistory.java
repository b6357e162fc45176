package vn.tiepdon.desk;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.api.VisitView;

/**
 * The visit-history dialog without Swing: one ticket's lookup, asked once ({@link #load}, off the
 * screen's thread: the gateway takes up to half a minute), and what the dialog shows meanwhile and
 * after — "loading", the visits most recent first (in, out, facility, diagnosis, discharge status,
 * treatment result, reason of admission, the gateway's codes named), that there are none, or what
 * went wrong in the desk's language. Thread-safe.
 */
public final class VisitHistory {
    private static final Logger LOG = LoggerFactory.getLogger(VisitHistory.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The table's columns, in order; header texts {@code history.column.<NAME>}. */
    public enum Column { ADMITTED, DISCHARGED, FACILITY, DIAGNOSIS, STATUS, RESULT, REASON }

    /** Where the dialog is. */
    public sealed interface State {
        /** Asked, no answer yet. */
        record Loading() implements State {
        }

        /** The server's answer (which may say the gateway refused or did not answer). */
        record Loaded(VisitHistoryView history) implements State {
        }

        /** The server refused or could not be reached. */
        record Refused(String message) implements State {
        }
    }

    private final DeskTicket ticket;
    private final long lookupId;
    private final ReceptionApi api;
    private final DeskMessages messages;
    private final String ownFacility;
    private State state = new State.Loading();

    /** @param ownFacility this hospital's code ({@code SetupView.hospitalCode}): its visits are marked */
    VisitHistory(DeskTicket ticket, ReceptionApi api, DeskMessages messages, String ownFacility) {
        this.ticket = Objects.requireNonNull(ticket);
        this.lookupId = ticket.ticket().lookup().orElseThrow(
                () -> new IllegalArgumentException("ticket " + ticket.number() + " has no lookup")).id();
        this.api = Objects.requireNonNull(api);
        this.messages = Objects.requireNonNull(messages);
        this.ownFacility = Objects.requireNonNull(ownFacility);
    }

    public DeskTicket ticket() {
        return ticket;
    }

    public DeskMessages messages() {
        return messages;
    }

    public synchronized State state() {
        return state;
    }

    /** Asks the server (blocks up to the gateway's time: call it off the screen's thread). */
    public State load() {
        State next;
        try {
            VisitHistoryView history = api.visitHistory(lookupId);
            LOG.info("ticket {}: visit history {} with {} visit(s)", ticket.number(),
                    history.code().orElse(history.outcome().wire()), history.visits().size());
            next = new State.Loaded(history);
        } catch (ApiException e) {
            Optional<ApiError> error = e.error();
            if (error.isPresent()) {
                LOG.warn("ticket {}: visit history refused: {} {}", ticket.number(), e.httpStatus(),
                        error.get().error());
                next = new State.Refused(messages.text("outcome.serverError", error.get().error(),
                        messages.contract().error(error.get().error())));
            } else {
                LOG.warn("ticket {}: visit history not asked, server unreachable", ticket.number());
                next = new State.Refused(messages.text("outcome.unreachable"));
            }
        } catch (RuntimeException e) {
            LOG.error("ticket {}: visit history failed unexpectedly", ticket.number(), e);
            next = new State.Refused(messages.text("outcome.unexpected"));
        }
        synchronized (this) {
            state = next;
        }
        return next;
    }

    /** The dialog's title line: the ticket and the patient. */
    public String heading() {
        return messages.text("history.heading", ticket.number(), ticket.who());
    }

    /** The line above the table: loading, how many visits, none, or what went wrong and what to do. */
    public synchronized String status() {
        if (state instanceof State.Loading) {
            return messages.text("history.loading");
        }
        if (state instanceof State.Refused r) {
            return r.message();
        }
        VisitHistoryView h = ((State.Loaded) state).history();
        if (!h.historyGiven()) {
            return messages.text("history.failed", messages.lookups().history(h));
        }
        return h.visits().isEmpty() ? messages.text("history.empty")
                : messages.text("history.count", h.visits().size());
    }

    /** True when the status line says something went wrong (shown in the problem colour). */
    public synchronized boolean failed() {
        return state instanceof State.Refused
                || state instanceof State.Loaded l && !l.history().historyGiven();
    }

    /** The table's rows, most recent visit first; empty while loading or when there is none. */
    public synchronized List<List<String>> rows() {
        if (!(state instanceof State.Loaded l) || !l.history().historyGiven()) {
            return List.of();
        }
        return l.history().visits().stream().map(this::row).toList();
    }

    private List<String> row(VisitView v) {
        return List.of(when(v.admittedAt()), when(v.dischargedAt()), facility(v.facilityCode()),
                v.diagnosis().orElse("—"), named("status", v.status()), named("result", v.result()),
                named("reason", v.reason()));
    }

    private static String when(Optional<LocalDateTime> time) {
        return time.map(WHEN::format).orElse("—");
    }

    private String facility(Optional<String> code) {
        if (code.isEmpty()) {
            return "—";
        }
        return code.get().equals(ownFacility) ? messages.text("history.ownFacility", code.get()) : code.get();
    }

    /** A gateway code by its name ({@code history.status.4} "Xin ra viện"), or "mã 9" for one not known. */
    private String named(String kind, Optional<String> code) {
        if (code.isEmpty()) {
            return "—";
        }
        String key = "history." + kind + "." + code.get();
        String name = messages.text(key);
        return name.equals(key) ? messages.text("history.code", code.get()) : name;
    }
}
