package vn.tiepdon.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.LongStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ReceptionApi.EventSubscription;
import vn.tiepdon.core.event.ReceptionEvent;

/** {@code subscribe} against a real local server that ends streams, replays and repeats events. */
class EventSubscriptionTest {
    private static final long WAIT_SECONDS = 10;

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> delivered = Collections.synchronizedList(new ArrayList<>());
    private final List<String> listenerThreads = Collections.synchronizedList(new ArrayList<>());
    private HttpReceptionClient client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        server.shutdown();
    }

    /** Serves the n-th connection (1-based) with {@code script}, recording every request. */
    private void serve(Function<Integer, MockResponse> script) throws Exception {
        AtomicInteger connections = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                if (!request.getPath().startsWith("/api/v1/events")) {
                    return new MockResponse().setResponseCode(404);
                }
                return script.apply(connections.incrementAndGet());
            }
        });
        server.start();
    }

    private HttpReceptionClient clientOf(String... baseUrls) {
        client = new HttpReceptionClient(List.of(baseUrls), Optional.of("display-7"), Duration.ofSeconds(10));
        return client;
    }

    private CountDownLatch collectInto(long count, AtomicReference<EventSubscription> subscription,
                                       HttpReceptionClient events, long after) {
        CountDownLatch latch = new CountDownLatch((int) count);
        subscription.set(events.subscribe(after, event -> {
            delivered.add(event.id());
            listenerThreads.add(Thread.currentThread().getName());
            latch.countDown();
        }));
        return latch;
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("events arrived in time").isTrue();
    }

    @Test
    void reconnectsWithLastEventIdAndDeliversEachEventOnceInOrder() throws Exception {
        serve(connection -> switch (connection) {
            case 1 -> EventStreams.ending(Samples.event(1), Samples.event(2));
            case 2 -> EventStreams.staying(Samples.event(2), Samples.event(3));
            default -> EventStreams.staying();
        });
        AtomicReference<EventSubscription> subscription = new AtomicReference<>();

        CountDownLatch three = collectInto(3, subscription, clientOf(server.url("/").toString()), 0);
        await(three);

        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getPath()).isEqualTo("/api/v1/events");
        assertThat(requests.get(0).getHeader("Last-Event-ID")).isNull();
        assertThat(requests.get(1).getPath()).isEqualTo("/api/v1/events");
        assertThat(requests.get(1).getHeader("Last-Event-ID")).isEqualTo("2");
        assertThat(requests.get(1).getHeader("Authorization")).isEqualTo("Bearer display-7");
        assertThat(subscription.get().connected()).isTrue();
        assertThat(listenerThreads).hasSize(3).allMatch(name -> name.equals(listenerThreads.get(0)));

        subscription.get().close();

        assertThat(subscription.get().connected()).isFalse();
        assertThat(delivered).containsExactly(1L, 2L, 3L);
    }

    @Test
    void asksForEventsAfterTheGivenIdAndDropsOlderOnes() throws Exception {
        serve(connection -> EventStreams.staying(Samples.event(4), Samples.event(5), Samples.event(6)));
        AtomicReference<EventSubscription> subscription = new AtomicReference<>();

        CountDownLatch one = collectInto(1, subscription, clientOf(server.url("/").toString()), 5);
        await(one);

        assertThat(requests.get(0).getPath()).isEqualTo("/api/v1/events?after=5");
        assertThat(requests.get(0).getHeader("Accept")).isEqualTo("text/event-stream");
        subscription.get().close();
        assertThat(delivered).containsExactly(6L);
    }

    @Test
    void keepsReconnectingAfterErrorAnswers() throws Exception {
        serve(connection -> switch (connection) {
            case 1 -> new MockResponse().setResponseCode(503).setBody("<html>busy</html>");
            case 2 -> new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>not a stream</html>");
            default -> EventStreams.staying(Samples.event(1));
        });
        AtomicReference<EventSubscription> subscription = new AtomicReference<>();

        CountDownLatch one = collectInto(1, subscription, clientOf(server.url("/").toString()), 0);
        await(one);

        assertThat(requests).hasSize(3);
        assertThat(delivered).containsExactly(1L);
    }

    @Test
    void failsOverFromADeadAddressToALiveServer() throws Exception {
        serve(connection -> EventStreams.staying(Samples.event(1), Samples.event(2)));
        AtomicReference<EventSubscription> subscription = new AtomicReference<>();

        CountDownLatch two = collectInto(2, subscription, clientOf(DeadAddress.url(), server.url("/").toString()), 0);
        await(two);

        assertThat(delivered).containsExactly(1L, 2L);
        assertThat(subscription.get().connected()).isTrue();
    }

    @Test
    void skipsAnEventItCannotReadAndGoesOn() throws Exception {
        serve(connection -> new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(EventStreams.frame(Samples.event(1)) + "id: 2\nevent: ticket.issued\ndata: {\"id\":2,\"type\":\n\n"
                        + EventStreams.frame(Samples.event(3)))
                .removeHeader("Content-Length"));
        AtomicReference<EventSubscription> subscription = new AtomicReference<>();

        CountDownLatch two = collectInto(2, subscription, clientOf(server.url("/").toString()), 0);
        await(two);

        subscription.get().close();
        assertThat(delivered).containsExactly(1L, 3L);
    }

    @Test
    void waitsForTheListenerCallInProgressAndCallsItNoMoreOnceCloseHasReturned() throws Exception {
        long count = 50;
        ReceptionEvent[] many = LongStream.rangeClosed(1, count).mapToObj(Samples::event).toArray(ReceptionEvent[]::new);
        serve(connection -> EventStreams.staying(many));
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        AtomicBoolean firstFinished = new AtomicBoolean();
        AtomicBoolean closeReturned = new AtomicBoolean();
        List<Long> afterClose = Collections.synchronizedList(new ArrayList<>());
        EventSubscription subscription = clientOf(server.url("/").toString()).subscribe(0, event -> {
            if (closeReturned.get()) {
                afterClose.add(event.id());
            }
            delivered.add(event.id());
            if (event.id() == 1) {
                inFirst.countDown();
                awaitQuietly(closing);
                pause(); // still busy while close() runs; meanwhile the stream queues the other events
                firstFinished.set(true);
            }
        });
        await(inFirst);

        closing.countDown();
        subscription.close();
        boolean listenerDoneAtClose = firstFinished.get();
        closeReturned.set(true);
        roundTripThroughANewSubscription(count);

        assertThat(listenerDoneAtClose).as("close waited for the listener call in progress").isTrue();
        assertThat(afterClose).isEmpty();
        assertThat(delivered).isEqualTo(LongStream.rangeClosed(1, delivered.size()).boxed().toList());
    }

    @Test
    void stopsWhenTheListenerClosesItsOwnSubscription() throws Exception {
        serve(connection -> EventStreams.staying(Samples.event(1), Samples.event(2), Samples.event(3)));
        AtomicReference<EventSubscription> subscription = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);

        subscription.set(clientOf(server.url("/").toString()).subscribe(0, event -> {
            delivered.add(event.id());
            if (event.id() == 1) {
                pause(); // meanwhile the stream queues events 2 and 3
            }
            if (event.id() == 2) {
                subscription.get().close();
                closed.countDown();
            }
        }));
        await(closed);
        roundTripThroughANewSubscription(3);

        assertThat(delivered).containsExactly(1L, 2L);
        assertThat(subscription.get().connected()).isFalse();
    }

    @Test
    void closingTheClientEndsItsSubscriptions() throws Exception {
        serve(connection -> EventStreams.staying(Samples.event(1)));
        AtomicReference<EventSubscription> subscription = new AtomicReference<>();
        CountDownLatch one = collectInto(1, subscription, clientOf(server.url("/").toString()), 0);
        await(one);
        assertThat(subscription.get().connected()).isTrue();

        client.close();

        assertThat(subscription.get().connected()).isFalse();
        assertThat(requests).hasSize(1);
    }

    /** Time in which a listener call that should no longer happen would happen. */
    private void roundTripThroughANewSubscription(long lastEventId) throws InterruptedException {
        CountDownLatch again = new CountDownLatch(1);
        client.subscribe(lastEventId - 1, event -> again.countDown());
        await(again);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
