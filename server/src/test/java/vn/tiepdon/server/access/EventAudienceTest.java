package vn.tiepdon.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.eligibility.LookupOutcome;

/**
 * The event streams by audience: staff get the staff ticket view (with the patient's name and the
 * lookup); the hall gets {@code HallCall}s only (number, queue, counter, priority mark). Both
 * replay by {@code Last-Event-ID} with the same ids.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EventAudienceTest {
    private AccessFixture f;

    @BeforeEach
    void start() {
        f = new AccessFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** One event as read off the wire. */
    private record Sse(long id, String type, JsonNode data) {
    }

    /** Reads {@code count} events from a stream opened as {@code role}, after {@code lastEventId} (0: none). */
    private List<Sse> read(Role role, String path, long lastEventId, int count, Runnable afterOpen) throws IOException {
        Request.Builder b = new Request.Builder().url(f.base() + path).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + f.token(role));
        if (lastEventId > 0) {
            b.header("Last-Event-ID", Long.toString(lastEventId));
        }
        List<Sse> out = new ArrayList<>();
        try (Response r = f.http.newCall(b.build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            afterOpen.run();
            BufferedSource in = r.body().source();
            long id = 0;
            String type = null;
            String data = null;
            while (out.size() < count) {
                String line = in.readUtf8Line();
                if (line == null) {
                    break;
                }
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data = line.substring(5).trim();
                } else if (line.isEmpty() && data != null) {
                    out.add(new Sse(id, type, f.json.readTree(data)));
                    data = null;
                }
            }
        }
        return out;
    }

    private void checkInAndCall() {
        try {
            f.checkIn();
            try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins",
                    "{\"kioskId\":\"kiosk-1\",\"method\":\"QR\",\"code\":\"" + AccessFixture.CCCD_QR
                            + "\",\"queueId\":\"priority\"}")) {
                assertThat(r.code()).isEqualTo(201);
            }
            try (Response r = f.as(Role.RECEPTIONIST, "POST", "/api/v1/counters/1/next", null)) {
                assertThat(r.code()).isEqualTo(200);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theHallStreamCarriesNoNameAndNoIdentity() throws IOException {
        List<Sse> hall = read(Role.DISPLAY, "/api/v1/events/hall", 0, 3, this::checkInAndCall);

        assertThat(hall).extracting(Sse::type).containsExactly("ticket.issued", "ticket.issued", "ticket.called");
        for (Sse e : hall) {
            String raw = e.data().toString();
            assertThat(raw).doesNotContain("Nguyễn", "patientName", "lookup", "identityCheck", "0790", "kiosk");
            assertThat(e.data().at("/call/number").asText()).matches("[AU]\\d{3}");
        }
        Sse called = hall.get(2);
        assertThat(called.data().at("/call/number").asText()).isEqualTo("U001");
        assertThat(called.data().at("/call/counterName").asText()).isEqualTo("Quầy 1");
        assertThat(called.data().at("/call/priority").asBoolean()).isTrue();
        assertThat(hall.get(0).data().at("/call/priority").asBoolean()).isFalse();
    }

    @Test
    void theStaffStreamCarriesTheStaffView() throws IOException {
        List<Sse> staff = read(Role.RECEPTIONIST, "/api/v1/events", 0, 3, this::checkInAndCall);

        assertThat(staff).extracting(Sse::type).containsExactly("ticket.issued", "ticket.issued", "ticket.called");
        assertThat(staff.get(0).data().at("/ticket/patientName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(staff.get(0).data().at("/ticket/lookup/lookupClass").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void bothStreamsReplayWithTheSameIdsAndTheHallSkipsStaffOnlyEvents() throws IOException {
        checkInAndCall();
        // a pending lookup that completes in the background: lookup.completed is staff-only
        f.answer.set(new LookupOutcome.NoAnswer(LookupOutcome.Reason.TIMEOUT, "test", "x", "y", 4000, 2));
        f.checkIn();
        f.answer.set(new LookupOutcome.Answered("000", vn.tiepdon.core.eligibility.LookupClass.ELIGIBLE, "ok", "ok",
                Optional.empty(), 10, 1));
        f.clock.advance(Duration.ofSeconds(11));
        List<Sse> all = read(Role.RECEPTIONIST, "/api/v1/events", 0, 0, () -> { });
        assertThat(all).isEmpty(); // no replay without Last-Event-ID
        awaitCompleted();

        List<Sse> staff = read(Role.RECEPTIONIST, "/api/v1/events", 1, 4, () -> { });
        assertThat(staff).extracting(Sse::id).containsExactly(2L, 3L, 4L, 5L);
        assertThat(staff).extracting(Sse::type)
                .containsExactly("ticket.issued", "ticket.called", "ticket.issued", "lookup.completed");

        List<Sse> hall = read(Role.DISPLAY, "/api/v1/events/hall", 1, 3, () -> {
            try {
                f.checkIn(); // event 6, live after the replay
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(hall).extracting(Sse::id).containsExactly(2L, 3L, 4L);
        hall = read(Role.DISPLAY, "/api/v1/events/hall", 4, 1, () -> { });
        assertThat(hall).extracting(Sse::id).containsExactly(6L);
        assertThat(hall.get(0).type()).isEqualTo("ticket.issued");
    }

    private void awaitCompleted() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (f.server().events().lastId() < 5) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the pending lookup did not complete");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
