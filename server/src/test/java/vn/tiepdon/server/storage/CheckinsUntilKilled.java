package vn.tiepdon.server.storage;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.server.queue.TicketStore;

/**
 * The child process of {@link H2DurabilityTest}: a server that issues tickets from several
 * threads, one queue each, and prints {@code ISSUED <ticket id> <queue> <sequence>} right after
 * each issue has committed, the way an answer goes back to a kiosk. It never closes the
 * database: the test kills it. It stops by itself when its standard input ends (the test closed
 * it or died), so a stray child never outlives its test.
 */
final class CheckinsUntilKilled {
    static final String ISSUED = "ISSUED";
    static final int THREADS = 4;
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private CheckinsUntilKilled() {
    }

    public static void main(String[] args) throws IOException {
        Database db = Database.open(args[0], Optional.empty(), Optional.empty());
        TicketStore tickets = new TicketStore(db);
        PrintStream out = System.out;
        for (int t = 0; t < THREADS; t++) {
            String queue = queue(t);
            Thread worker = new Thread(() -> {
                tickets.prepareNumbering(DAY, queue);
                while (true) {
                    Ticket ticket = Jdbc.inTx(db, tx -> tickets.issue(tx.connection(), new TicketStore.NewTicket(DAY,
                            queue, "A", "kiosk-" + queue, Optional.empty(), Optional.empty(), Optional.empty(),
                            Instant.parse("2026-11-23T01:00:00Z"))));
                    synchronized (out) {
                        out.println(ISSUED + " " + ticket.id() + " " + queue + " " + ticket.sequence());
                        out.flush();
                    }
                }
            }, "checkin-" + queue);
            worker.setDaemon(true);
            worker.start();
        }
        while (System.in.read() >= 0) {
            // nothing is sent; waits for the end of the input
        }
        Runtime.getRuntime().halt(0);
    }

    static String queue(int thread) {
        return "q" + thread;
    }
}
