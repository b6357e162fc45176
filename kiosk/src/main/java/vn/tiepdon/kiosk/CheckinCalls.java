package vn.tiepdon.kiosk;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.TicketView;

/**
 * The kiosk's requests about one patient's ticket: the check-in — sent again without a clinic or
 * queue the server no longer knows (its configuration changed since the kiosk read it), so the
 * patient still gets a ticket — and the move of the ticket just issued to the fee-paying queue.
 */
final class CheckinCalls {
    private static final Logger LOG = LoggerFactory.getLogger(CheckinCalls.class);
    private final ReceptionApi api;
    private final String kioskId;

    CheckinCalls(ReceptionApi api, String kioskId) {
        this.api = Objects.requireNonNull(api);
        this.kioskId = Objects.requireNonNull(kioskId);
    }

    /**
     * {@code POST /api/v1/checkins}. When the server refuses the clinic or queue the kiosk chose, the
     * setup is read again (handed to {@code newOptions}) and the check-in sent without that choice.
     *
     * @throws ApiException any other refusal, or no server reachable
     */
    CheckinResponse checkIn(CheckinRequest request, Consumer<KioskOptions> newOptions) {
        try {
            return api.checkIn(request);
        } catch (ApiException e) {
            Optional<CheckinRequest> plainer = withoutStaleChoice(request, e);
            if (plainer.isEmpty()) {
                throw e;
            }
            readSetup().ifPresent(newOptions);
            return checkIn(plainer.get(), newOptions);
        }
    }

    /**
     * {@code POST /api/v1/tickets/{id}/fee-paying}: the ticket as it now stands; empty when the
     * server refused or could not be reached (logged: the patient is sent to the desk instead).
     */
    Optional<TicketView> moveToFeePaying(TicketView ticket) {
        try {
            return Optional.of(api.chooseFeePaying(ticket.id()));
        } catch (ApiException e) {
            LOG.warn("kiosk {}: ticket {} not moved to the fee-paying queue: {}", kioskId, ticket.number(),
                    e.error().map(er -> er.error() + " " + er.message()).orElse(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("kiosk {}: moving ticket {} failed unexpectedly", kioskId, ticket.number(), e);
        }
        return Optional.empty();
    }

    private Optional<CheckinRequest> withoutStaleChoice(CheckinRequest request, ApiException e) {
        ErrorCode code = e.error().map(ApiError::error).orElse(ErrorCode.UNKNOWN);
        if (code == ErrorCode.UNKNOWN_CLINIC && request.clinicId().isPresent()) {
            LOG.warn("kiosk {}: the server does not know clinic {}: checking in without it", kioskId,
                    request.clinicId().get());
            return Optional.of(request.choosing(request.queueId(), Optional.empty()));
        }
        if (code == ErrorCode.UNKNOWN_QUEUE && request.queueId().isPresent()) {
            LOG.warn("kiosk {}: the server does not know queue {}: checking in without it", kioskId,
                    request.queueId().get());
            return Optional.of(request.choosing(Optional.empty(), request.clinicId()));
        }
        return Optional.empty();
    }

    private Optional<KioskOptions> readSetup() {
        try {
            return Optional.of(KioskOptions.of(api.setup()));
        } catch (RuntimeException e) {
            LOG.warn("kiosk {}: could not read the setup again: {}", kioskId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
