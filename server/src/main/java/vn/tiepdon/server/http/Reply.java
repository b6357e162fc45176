package vn.tiepdon.server.http;

import java.util.Optional;

/** What a handler answers: a status and, unless 204, a body written as JSON (or a {@link Download}). */
public record Reply(int status, Optional<Object> body) {
    public static Reply ok(Object body) {
        return new Reply(200, Optional.of(body));
    }

    public static Reply created(Object body) {
        return new Reply(201, Optional.of(body));
    }

    public static Reply noContent() {
        return new Reply(204, Optional.empty());
    }

    /** 200 with a file streamed as it is written (not JSON). */
    public static Reply download(Download file) {
        return new Reply(200, Optional.of(file));
    }

    /** 200 with the value, or 204 when there is none. */
    public static Reply okOrNoContent(Optional<?> value) {
        return value.<Reply>map(Reply::ok).orElseGet(Reply::noContent);
    }
}
