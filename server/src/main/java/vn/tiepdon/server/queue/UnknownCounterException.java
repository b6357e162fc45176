package vn.tiepdon.server.queue;

/** A desk named a counter that is not configured. */
public class UnknownCounterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownCounterException(String counterId) {
        super("unknown counter: " + counterId);
    }
}
