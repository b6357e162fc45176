package vn.tiepdon.server.portraits;

import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.ApiProblem;

/** A request named a ticket id the server never issued. */
public final class UnknownTicketException extends ApiProblem {
    private static final long serialVersionUID = 1L;

    public UnknownTicketException(long ticketId) {
        super(ErrorCode.UNKNOWN_TICKET, "no ticket with id " + ticketId);
    }
}
