package vn.tiepdon.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import okhttp3.mockwebserver.MockResponse;
import vn.tiepdon.core.event.ReceptionEvent;

/** Server-sent event answers as the server writes them. */
final class EventStreams {
    private static final JsonMapper JSON = ApiJson.create();

    private EventStreams() {
    }

    static String frame(ReceptionEvent event) {
        try {
            return "id: " + event.id() + "\nevent: " + event.type() + "\ndata: " + JSON.writeValueAsString(event) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MockResponse stream(ReceptionEvent... events) {
        StringBuilder body = new StringBuilder(": ping\n\n");
        for (ReceptionEvent event : events) {
            body.append(frame(event));
        }
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString());
    }

    /** A stream that sends {@code events} and ends (the server went away cleanly). */
    static MockResponse ending(ReceptionEvent... events) {
        return stream(events);
    }

    /** A stream that sends {@code events} and stays open (no length: it lasts until the socket closes). */
    static MockResponse staying(ReceptionEvent... events) {
        return stream(events).removeHeader("Content-Length");
    }
}
