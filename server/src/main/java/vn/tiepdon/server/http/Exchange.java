package vn.tiepdon.server.http;

import java.util.Optional;

/** One request as a feature's handler sees it: who asks, the path and query values, the body. */
public interface Exchange {
    /** The authenticated caller; empty only on routes {@link Allowed#anyone() anyone} may use. */
    Optional<Caller> caller();

    /** The caller of a route that needs a token. */
    default Caller requireCaller() {
        return caller().orElseThrow(() -> new IllegalStateException("route needs a token but has no caller"));
    }

    /** A path parameter ({@code {id}}). */
    String path(String name);

    /** A query parameter, absent when missing or blank. */
    Optional<String> query(String name);

    /** The bearer token the request carried, if any. */
    Optional<String> token();

    /**
     * The JSON body as {@code type}. A body that is not that JSON is a {@code BAD_REQUEST}, a text
     * field over its limit a {@code FIELD_TOO_LONG}, both with a message naming the field.
     */
    <T> T body(Class<T> type);
}
