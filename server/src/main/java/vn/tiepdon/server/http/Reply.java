package vn.tiepdon.server.http;

import java.util.Optional;

/**
 * What a handler answers: a status and, unless 204, a body written as JSON (or, for a
 * {@link Download}, as its bytes).
 */
public record Reply(int status, Optional<Object> body) {
    /** A file answered as it is: its bytes, their content type, the name the browser saves it under. */
    public record Download(byte[] bytes, String contentType, String fileName) {
        public Download {
            java.util.Objects.requireNonNull(bytes);
            java.util.Objects.requireNonNull(contentType);
            java.util.Objects.requireNonNull(fileName);
            if (!fileName.matches("[A-Za-z0-9._-]{1,200}")) {
                throw new IllegalArgumentException("a download's file name must be plain ASCII: " + fileName);
            }
        }
    }

    /** 200 with a file (not JSON): {@code Content-Type} and {@code Content-Disposition: attachment}. */
    public static Reply download(Download file) {
        return new Reply(200, Optional.of(file));
    }

    public static Reply ok(Object body) {
        return new Reply(200, Optional.of(body));
    }

    public static Reply created(Object body) {
        return new Reply(201, Optional.of(body));
    }

    public static Reply noContent() {
        return new Reply(204, Optional.empty());
    }

    /** 200 with the value, or 204 when there is none. */
    public static Reply okOrNoContent(Optional<?> value) {
        return value.<Reply>map(Reply::ok).orElseGet(Reply::noContent);
    }
}
