package vn.tiepdon.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.TestServer;

/**
 * Many desks pressing "next" on two counters while kiosks issue tickets, all at once over HTTP:
 * no ticket is called twice, none is lost, and each has exactly one {@code ticket.called} event.
 */
class ConcurrentCallsTest {
    private static final int TICKETS = 60;
    private static final int KIOSK_THREADS = 4;
    private static final int DESK_THREADS_PER_COUNTER = 3;

    @Test
    void desksCallingAtOnceNeverGetTheSameTicket() throws Exception {
        try (TestServer server = TestServer.start()) {
            ConcurrentLinkedQueue<TicketView> issued = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<TicketView> called = new ConcurrentLinkedQueue<>();
            AtomicBoolean issuing = new AtomicBoolean(true);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(KIOSK_THREADS + 2 * DESK_THREADS_PER_COUNTER);
            List<Future<?>> kiosks = new ArrayList<>();
            for (int k = 0; k < KIOSK_THREADS; k++) {
                kiosks.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < TICKETS / KIOSK_THREADS; i++) {
                        issued.add(server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR,
                                CounterVerbsApiTest.CCCD_QR, Optional.empty(), Optional.of("bhyt"))).ticket());
                    }
                    return null;
                }));
            }
            List<Future<?>> desks = new ArrayList<>();
            for (String counter : List.of("1", "2")) {
                for (int d = 0; d < DESK_THREADS_PER_COUNTER; d++) {
                    HttpReceptionClient desk = server.newClient(Role.RECEPTIONIST, java.time.Duration.ofSeconds(20));
                    desks.add(pool.submit(() -> {
                        go.await();
                        while (true) {
                            Optional<TicketView> t = desk.counter(CounterVerb.NEXT, counter);
                            t.ifPresent(called::add);
                            if (t.isEmpty() && !issuing.get()) {
                                return null;
                            }
                        }
                    }));
                }
            }
            go.countDown();
            for (Future<?> f : kiosks) {
                f.get(120, TimeUnit.SECONDS);
            }
            issuing.set(false);
            for (Future<?> f : desks) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(issued).hasSize(TICKETS);
            Map<Long, Integer> timesCalled = new HashMap<>();
            called.forEach(t -> timesCalled.merge(t.id(), 1, Integer::sum));
            assertThat(timesCalled.values()).as("no ticket called twice").allMatch(n -> n == 1);
            assertThat(timesCalled.keySet()).as("every issued ticket called once")
                    .containsExactlyInAnyOrderElementsOf(issued.stream().map(TicketView::id).toList());
            assertThat(server.receptionist().tickets(Optional.of(TicketStatus.WAITING))).isEmpty();
            assertThat(calledEventsPerTicket(server).values()).hasSize(TICKETS).allMatch(n -> n == 1);
        }
    }

    private static Map<Long, Integer> calledEventsPerTicket(TestServer server) throws Exception {
        Map<Long, Integer> out = new HashMap<>();
        try (Connection c = server.server().database().connection();
             PreparedStatement ps = c.prepareStatement("select ticket_id from events where type = 'ticket.called'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.merge(rs.getLong(1), 1, Integer::sum);
            }
        }
        return out;
    }
}
