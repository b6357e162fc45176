package vn.tiepdon.server.portraits;

/** A request named a ticket id the server never issued. */
public final class UnknownTicketException extends RuntimeException {
    public UnknownTicketException(long ticketId) {
        super("no ticket with id " + ticketId);
    }
}
