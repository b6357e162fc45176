package vn.tiepdon.server.storage;

/** The database failed in a way the caller cannot fix (connection lost, constraint broken). */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
