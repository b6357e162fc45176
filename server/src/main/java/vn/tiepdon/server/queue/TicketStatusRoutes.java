package vn.tiepdon.server.queue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Routes;
import vn.tiepdon.server.http.Reply;

/**
 * {@code GET /api/v1/ticket-status/{day}/{number}}: where one ticket stands, for the kiosk when a
 * patient scans their slip's QR ({@code vn.tiepdon.core.identity.TicketQr}); kiosks,
 * receptionists and admins. It carries no personal data ({@code TicketStatusView}); the list of
 * tickets ({@code GET /api/v1/tickets}) stays staff-only.
 */
public final class TicketStatusRoutes implements Routes.Feature {
    private final QueueService queues;

    public TicketStatusRoutes(QueueService queues) {
        this.queues = queues;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/ticket-status/{day}/{number}", Allowed.roles(Role.KIOSK, Role.RECEPTIONIST), ex -> {
            LocalDate day;
            try {
                day = LocalDate.parse(ex.path("day"));
            } catch (DateTimeParseException e) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "the day must be yyyy-MM-dd");
            }
            String number = ex.path("number");
            if (!number.matches("[A-Z]{1,2}[0-9]{3,6}")) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "the ticket number must be one or two capital letters "
                        + "and 3 to 6 digits, e.g. A012");
            }
            return Reply.ok(queues.status(day, number).orElseThrow(() -> new ApiProblem(ErrorCode.UNKNOWN_TICKET,
                    "no ticket " + number + " on " + day)));
        });
    }
}
