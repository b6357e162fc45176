package vn.tiepdon.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;

/**
 * The server base URLs a client may use, in the configured order, and which one answered last
 * (tried first next time). Thread-safe.
 */
final class ServerAddresses {
    private final List<HttpUrl> bases;
    private final AtomicInteger working = new AtomicInteger();

    ServerAddresses(List<String> baseUrls) {
        Objects.requireNonNull(baseUrls);
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one server base URL is needed");
        }
        this.bases = baseUrls.stream().map(ServerAddresses::parse).toList();
    }

    private static HttpUrl parse(String url) {
        HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url).trim());
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return parsed;
    }

    int size() {
        return bases.size();
    }

    HttpUrl get(int index) {
        return bases.get(Math.floorMod(index, bases.size()));
    }

    /** The index of the base URL that answered last (the first one until then). */
    int workingIndex() {
        return working.get();
    }

    /** Remembers that the base URL at {@code index} answered. */
    void answered(int index) {
        working.set(Math.floorMod(index, bases.size()));
    }

    /** The index after {@code index}, wrapping around. */
    int after(int index) {
        return Math.floorMod(index + 1, bases.size());
    }

    /**
     * {@code base} followed by {@code segments}, each one percent-encoded as one path segment
     * (a base with a context path such as {@code http://host/tiepdon/} keeps it).
     */
    static HttpUrl.Builder resolve(HttpUrl base, List<String> segments) {
        HttpUrl.Builder builder = base.newBuilder();
        segments.forEach(builder::addPathSegment);
        return builder;
    }
}
