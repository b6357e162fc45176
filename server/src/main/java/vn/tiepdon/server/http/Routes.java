package vn.tiepdon.server.http;

/** Where a feature declares its routes, each with who may use it. */
public interface Routes {
    void get(String path, Allowed allowed, Handler handler);

    void post(String path, Allowed allowed, Handler handler);

    void put(String path, Allowed allowed, Handler handler);

    void delete(String path, Allowed allowed, Handler handler);

    /** A server-sent event stream with replay by {@code Last-Event-ID} (or {@code ?after=}). */
    void events(String path, Allowed allowed, EventFeed feed);

    /** The routes of one feature (check-in, queue, lookups, portraits, setup, access...). */
    @FunctionalInterface
    interface Feature {
        void register(Routes routes);
    }
}
