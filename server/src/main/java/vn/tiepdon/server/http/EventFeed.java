package vn.tiepdon.server.http;

import java.util.List;
import java.util.function.Consumer;

/**
 * What an event stream route sends: the stored events after an id (replay), then each new one.
 * The HTTP layer does the server-sent-event mechanics; the feature decides what each audience sees.
 */
public interface EventFeed {
    /** Stored events with an id above {@code afterId}, oldest first, at most {@code limit}. */
    List<Sent> after(long afterId, int limit);

    /** Hands each new event to {@code sink} (quickly: it only queues), until the handle is closed. */
    AutoCloseable subscribe(Consumer<Sent> sink);

    /** One event as it goes on the wire: {@code id:}, {@code event:} and the JSON of {@code data}. */
    record Sent(long id, String name, Object data) {
    }
}
