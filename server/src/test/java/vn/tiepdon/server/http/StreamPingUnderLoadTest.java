package vn.tiepdon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.access.Role;

/**
 * A stream keeps every event while pings go out: the ping (every second here) and the events are
 * written to the same response from two threads, and must not collide (a collision once dropped
 * the subscriber and left its connection open with pings only: a hall board that silently saw no
 * more calls).
 */
class StreamPingUnderLoadTest {
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
    private ApiServer api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void deliversEveryEventInOrderWhilePingsGoOut() throws Exception {
        AtomicReference<Consumer<EventFeed.Sent>> sink = new AtomicReference<>();
        CountDownLatch subscribed = new CountDownLatch(1);
        EventFeed feed = new EventFeed() {
            @Override
            public List<Sent> after(long afterId, int limit) {
                return List.of();
            }

            @Override
            public AutoCloseable subscribe(Consumer<Sent> s) {
                sink.set(s);
                subscribed.countDown();
                return () -> sink.set(null);
            }
        };
        api = new ApiServer(List.of(routes -> routes.events("/events", Allowed.roles(Role.DISPLAY), feed)),
                token -> Optional.of(new Caller("hall-1", Role.DISPLAY)), ApiJson.create(), 1)
                .start("127.0.0.1", 0);
        Request request = new Request.Builder().url("http://127.0.0.1:" + api.port() + "/events")
                .header("Accept", "text/event-stream").header("Authorization", "Bearer tdd_display").build();
        AtomicInteger pings = new AtomicInteger();
        AtomicInteger lastId = new AtomicInteger();
        try (Response r = http.newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(subscribed.await(5, TimeUnit.SECONDS)).isTrue();
            // events as fast as they can go until the reader has seen three pings, then an end mark
            CompletableFuture<Long> producer = CompletableFuture.supplyAsync(() -> {
                long id = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (pings.get() < 3 && System.nanoTime() < deadline) {
                    Consumer<EventFeed.Sent> s = sink.get();
                    if (s == null) {
                        break; // the subscriber was dropped
                    }
                    if (id - lastId.get() > 100) { // at most 100 events ahead of the reader
                        LockSupport.parkNanos(100_000);
                        continue;
                    }
                    id++;
                    s.accept(new EventFeed.Sent(id, "ticket.called", Map.of("n", id)));
                }
                Consumer<EventFeed.Sent> s = sink.get();
                if (s != null) {
                    s.accept(new EventFeed.Sent(id + 1, "end", Map.of("n", id + 1)));
                }
                return id + 1;
            });
            BufferedSource in = r.body().source();
            boolean ended = false;
            String gap = null;
            try {
                String line;
                while (!ended && pings.get() < 10 && (line = in.readUtf8Line()) != null) {
                    if (line.startsWith(":")) {
                        pings.incrementAndGet();
                    } else if (line.startsWith("id: ")) {
                        int id = Integer.parseInt(line.substring(4).trim());
                        if (id != lastId.get() + 1 && gap == null) {
                            gap = "event " + id + " after " + lastId.get();
                        }
                        lastId.set(id);
                    } else if (line.equals("event: end")) {
                        ended = true;
                    }
                }
            } catch (IOException e) {
                // a read timeout: the stream went silent (checked below)
            }
            long sent = producer.get(20, TimeUnit.SECONDS);
            assertThat(pings.get()).as("pings seen while the events streamed").isGreaterThanOrEqualTo(3);
            assertThat(gap).as("a gap in the ids").isNull();
            assertThat(ended).as("the end mark arrived (last id received %d of %d)", lastId.get(), sent).isTrue();
            assertThat((long) lastId.get()).isEqualTo(sent);
        }
    }
}
