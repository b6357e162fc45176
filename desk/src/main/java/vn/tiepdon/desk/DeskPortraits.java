package vn.tiepdon.desk;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.TicketView;

/**
 * The chip portraits of the tickets the desk is looking at, fetched on {@code loader} (never the
 * screen's thread) and kept only while their ticket is waiting or current. Logs ticket numbers only.
 */
final class DeskPortraits {
    private static final Logger LOG = LoggerFactory.getLogger(DeskPortraits.class);
    private final ReceptionApi api;
    private final DeskMessages messages;
    private final Executor loader;
    private final Runnable changed;
    private final Map<Long, DeskPortrait> byTicket = new HashMap<>();

    DeskPortraits(ReceptionApi api, DeskMessages messages, Executor loader, Runnable changed) {
        this.api = Objects.requireNonNull(api);
        this.messages = Objects.requireNonNull(messages);
        this.loader = Objects.requireNonNull(loader);
        this.changed = Objects.requireNonNull(changed);
    }

    /**
     * Fetches the portrait of a ticket checked in with the chip, unless it is already known or being
     * fetched; {@code askAgain} also asks again when the last answer was "none yet" or a failure.
     */
    void want(TicketView ticket, boolean askAgain) {
        if (ticket.identityCheck().isEmpty()) {
            return;
        }
        synchronized (this) {
            DeskPortrait known = byTicket.get(ticket.id());
            boolean again = known instanceof DeskPortrait.Note n && n.reason().mayChange() && askAgain;
            if (known != null && !again) {
                return;
            }
            byTicket.put(ticket.id(), new DeskPortrait.Loading(messages.text("portrait.loading")));
        }
        changed.run();
        loader.execute(() -> load(ticket));
    }

    private void load(TicketView ticket) {
        DeskPortrait result;
        try {
            Optional<Portrait> portrait = api.portrait(ticket.id());
            result = portrait.map(p -> PortraitImages.decode(p, messages))
                    .orElseGet(() -> PortraitImages.note(DeskPortrait.Reason.NO_PORTRAIT, messages));
        } catch (ApiException e) {
            LOG.warn("Portrait of ticket {} not fetched: HTTP {}", ticket.number(), e.httpStatus());
            result = PortraitImages.note(DeskPortrait.Reason.UNAVAILABLE, messages);
        } catch (RuntimeException e) {
            LOG.warn("Portrait of ticket {} not fetched: {}", ticket.number(), e.getClass().getSimpleName());
            result = PortraitImages.note(DeskPortrait.Reason.UNAVAILABLE, messages);
        }
        synchronized (this) {
            if (!byTicket.containsKey(ticket.id())) {
                return; // the ticket left the desk meanwhile
            }
            byTicket.put(ticket.id(), result);
        }
        changed.run();
    }

    /** Forgets the portraits of tickets no longer on the desk. */
    synchronized void keepOnly(Set<Long> ticketIds) {
        byTicket.keySet().retainAll(ticketIds);
    }

    synchronized Map<Long, DeskPortrait> all() {
        return Map.copyOf(byTicket);
    }
}
