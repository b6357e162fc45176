package vn.tiepdon.server.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.server.queue.TicketStore;

/**
 * A ticket whose issue has returned (and so was answered to a kiosk) is still there after the
 * server process is killed ({@code kill -9}), and its id and number are never given again. Runs a
 * real server-side {@link TicketStore} in a child JVM on an H2 file, kills it in the middle of
 * check-ins and reopens the file.
 */
class H2DurabilityTest {
    private static final int REPORTED_BEFORE_KILL = 1_000;

    private record Issued(long id, String queue, int sequence) {
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void keepsEveryAnsweredTicketWhenTheServerProcessIsKilled(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("tiepdon").toAbsolutePath();
        Path childErrors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CheckinsUntilKilled.class.getName(), url)
                .redirectError(childErrors.toFile())
                .start();
        Map<Long, Issued> reported = new HashMap<>();
        try (BufferedReader out = child.inputReader(UTF_8)) {
            while (reported.size() < REPORTED_BEFORE_KILL) {
                String line = out.readLine();
                if (line == null) {
                    fail("the child ended after " + reported.size() + " tickets; its stderr:\n"
                            + Files.readString(childErrors));
                }
                String[] f = line.split(" ");
                if (f.length == 4 && f[0].equals(CheckinsUntilKilled.ISSUED)) {
                    Issued t = new Issued(Long.parseLong(f[1]), f[2], Integer.parseInt(f[3]));
                    reported.put(t.id(), t);
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }

        try (Database db = Database.open(url, Optional.empty(), Optional.empty())) {
            Map<Long, Issued> stored = storedTickets(db);
            List<Issued> lost = reported.values().stream().filter(t -> !t.equals(stored.get(t.id())))
                    .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
            assertThat(lost.size()).as("answered tickets lost after kill -9, of %d (%d rows in the file), first: %s",
                    reported.size(), stored.size(), lost.subList(0, Math.min(5, lost.size()))).isZero();

            long lastReportedId = Collections.max(reported.keySet());
            TicketStore tickets = new TicketStore(db);
            for (int t = 0; t < CheckinsUntilKilled.THREADS; t++) {
                String queue = CheckinsUntilKilled.queue(t);
                int lastReportedNumber = reported.values().stream().filter(i -> i.queue().equals(queue))
                        .mapToInt(Issued::sequence).max().orElse(0);
                tickets.prepareNumbering(CheckinsUntilKilled.DAY, queue);
                Ticket next = Jdbc.inTx(db, tx -> tickets.issue(tx.connection(), new TicketStore.NewTicket(
                        CheckinsUntilKilled.DAY, queue, "A", "kiosk-after", Optional.empty(), Optional.empty(),
                        Optional.empty(), Instant.parse("2026-11-23T02:00:00Z"))));
                assertThat(next.id()).as("id of a ticket issued after the restart").isGreaterThan(lastReportedId);
                assertThat(next.sequence()).as("number in queue %s after the restart", queue)
                        .isGreaterThan(lastReportedNumber);
            }
        }
    }

    private static Map<Long, Issued> storedTickets(Database db) throws Exception {
        Map<Long, Issued> stored = new HashMap<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("select id, queue_id, sequence from tickets");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getLong(1), new Issued(rs.getLong(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return stored;
    }
}
