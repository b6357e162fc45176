package vn.tiepdon.client;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Notes whether OkHttp began writing a request. A request that never left this machine can be
 * sent to another server safely; a POST that did may already have been carried out there.
 * Attached to a request as its tag; one per request, used by one call.
 */
final class SendTracker extends EventListener {
    private volatile boolean started;

    /** For {@code OkHttpClient.Builder.eventListenerFactory}: the tracker tagged on the call's request. */
    static EventListener of(Call call) {
        SendTracker tracker = call.request().tag(SendTracker.class);
        return tracker == null ? EventListener.NONE : tracker;
    }

    @Override
    public void requestHeadersStart(Call call) {
        started = true;
    }

    /** True once any byte of the request may have reached the server. */
    boolean requestStarted() {
        return started;
    }
}
