package vn.tiepdon.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.stats.FailedLookupProof;

/**
 * "In bằng chứng tra cứu" without Swing: the proof of a ticket's failed (or still pending) lookup
 * (QĐ 2555/QĐ-BYT) fetched from the server as a PDF and saved to the file the receptionist picked;
 * then what the desk says: where it was saved, or what went wrong in the desk's language. Which
 * lookups have a proof is core's rule ({@link FailedLookupProof#available}), as on the server.
 */
public final class LookupProof {
    private static final Logger LOG = LoggerFactory.getLogger(LookupProof.class);

    /** What came of it. */
    public sealed interface Result {
        /** The text the desk shows. */
        String message();

        /** The PDF is in {@code file}. */
        record Saved(Path file, String message) implements Result {
        }

        /** Nothing was saved: the server refused or could not be reached, or the file could not be written. */
        record Failed(String message) implements Result {
        }
    }

    private final DeskTicket ticket;
    private final LookupView lookup;
    private final ReceptionApi api;
    private final DeskMessages messages;

    /** @throws IllegalArgumentException when the ticket's lookup has no proof (see {@link #lookupOf}) */
    LookupProof(DeskTicket ticket, ReceptionApi api, DeskMessages messages) {
        this.ticket = Objects.requireNonNull(ticket);
        this.lookup = lookupOf(ticket).orElseThrow(() -> new IllegalArgumentException("ticket " + ticket.number()
                + " has no failed lookup to prove"));
        this.api = Objects.requireNonNull(api);
        this.messages = Objects.requireNonNull(messages);
    }

    /** The ticket's lookup when it has a proof: failed, or still pending at the gateway. */
    static Optional<LookupView> lookupOf(DeskTicket ticket) {
        return ticket.ticket().lookup().filter(l -> FailedLookupProof.available(l.lookupClass(), l.code(), l.pending()));
    }

    /** The file name offered in the save dialog: {@code bang-chung-tra-cuu-<id>.pdf}. */
    public String fileName() {
        return FailedLookupProof.fileName(lookup.id());
    }

    /** The save dialog's title, with the ticket and the patient. */
    public String title() {
        return messages.text("proof.title", ticket.number(), ticket.who());
    }

    /**
     * Asks the server and writes the PDF to {@code file} (replacing it); blocks on the server: call it
     * off the screen's thread. A refusal or an unwritable file leaves no partial file behind.
     */
    public Result saveTo(Path file) {
        byte[] pdf;
        try {
            pdf = api.lookupProof(lookup.id());
        } catch (ApiException e) {
            Optional<ApiError> error = e.error();
            if (error.isPresent()) {
                LOG.warn("ticket {}: proof of lookup {} refused: {} {}", ticket.number(), lookup.id(), e.httpStatus(),
                        error.get().error());
                return new Result.Failed(messages.text("proof.failed", messages.text("outcome.serverError",
                        error.get().error(), messages.contract().error(error.get().error()))));
            }
            LOG.warn("ticket {}: proof of lookup {} not fetched, server unreachable", ticket.number(), lookup.id());
            return new Result.Failed(messages.text("proof.failed", messages.text("outcome.unreachable")));
        } catch (RuntimeException e) {
            LOG.error("ticket {}: proof of lookup {} failed unexpectedly", ticket.number(), lookup.id(), e);
            return new Result.Failed(messages.text("proof.failed", messages.text("outcome.unexpected")));
        }
        Path target = file.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Path part = Files.createTempFile(dir, ".proof-", ".part");
            try {
                Files.write(part, pdf);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("ticket {}: proof of lookup {} not written: {}", ticket.number(), lookup.id(), e.toString());
            return new Result.Failed(messages.text("proof.notWritten", target));
        }
        LOG.info("ticket {}: proof of lookup {} saved ({} bytes)", ticket.number(), lookup.id(), pdf.length);
        return new Result.Saved(target, messages.text("proof.saved", ticket.number(), target));
    }
}
