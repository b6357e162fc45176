package vn.tiepdon.app.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.testing.InProcessServer;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.stats.Durations;
import vn.tiepdon.core.stats.QueueMeasures;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.http.ApiJson;
import vn.tiepdon.server.queue.QueueService;

/**
 * {@code report queues} from a running server ({@code --server}, logged in as the admin) and from
 * the H2 folder of the stopped server ({@code --data}): the same figures, as JSON and in words.
 */
class QueuesReportTest {
    static final String QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<String> prompts = new ArrayList<>();
    InProcessServer server;
    Settings settings;

    @BeforeEach
    void start() {
        server = InProcessServer.start(dir, 0, "", clock);
        settings = server.clientSettings();
        // 08:00 A001 and A002; counter 1 calls A001 at 08:04, finishes it at 08:10:30 (and calls A002),
        // skips A002 at 08:12; 09:15 A003 is never called
        checkIn();
        checkIn();
        clock.advanceSeconds(240);
        verb(CounterVerb.NEXT);
        clock.advanceSeconds(390);
        verb(CounterVerb.NEXT);
        clock.advanceSeconds(90);
        verb(CounterVerb.SKIP);
        clock.advanceSeconds(3780);
        checkIn();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void checkIn() {
        server.server().checkins().checkIn(new CheckinRequest("kiosk-1", IdentificationMethod.QR, QR, Optional.empty(),
                Optional.empty()), "kiosk:kiosk-1");
    }

    private void verb(CounterVerb verb) {
        assertThat(server.server().queues().counter(verb, "1", "user:admin"))
                .isInstanceOf(QueueService.Outcome.TicketChanged.class);
    }

    private int run(String... args) {
        QueuesReport command = new QueuesReport();
        new CommandLine(command).parseArgs(args);
        out.reset();
        err.reset();
        return command.run(settings, Map.of("TIEPDON_ADMIN_PASSWORD", InProcessServer.ADMIN_PASSWORD), prompt -> {
            prompts.add(prompt);
            return Optional.empty();
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static final QueueMeasures EXPECTED = new QueueMeasures(3, 1, 1, 1, new Durations(2, 240, 630),
            new Durations(1, 390, 390));

    @Test
    void fromTheServerAndFromItsStoppedDataTheSameFigures() throws Exception {
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-22", "--to", "2026-11-22", "--json"))
                .as(err()).isZero();
        String overHttp = out().trim();
        QueueStats stats = ApiJson.create().readValue(overHttp, QueueStats.class);
        assertThat(stats.all()).isEqualTo(EXPECTED);
        assertThat(stats.byHour().keySet()).containsExactly(8, 9);
        assertThat(stats.byCounter().keySet()).containsExactly("1");
        JsonNode tree = new ObjectMapper().readTree(overHttp);
        assertThat(tree.at("/all/waiting/p90Seconds").asLong()).isEqualTo(630);
        assertThat(prompts).isEmpty();

        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-22", "--to", "2026-11-22")).as(err()).isZero();
        String words = out();

        server.close();
        assertThat(run("--data", dir.resolve("data").toString(), "--from", "2026-11-22", "--to", "2026-11-22",
                "--json")).as(err()).isZero();
        assertThat(out().trim()).isEqualTo(overHttp);
        assertThat(run("--data", dir.resolve("data").toString(), "--from", "2026-11-22", "--to", "2026-11-22"))
                .as(err()).isZero();
        assertThat(out()).isEqualTo(words);
        server = InProcessServer.start(dir, 0, "", clock); // for @AfterEach
    }

    @Test
    void inPlainWordsPerQueueCounterAndHour() {
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-20", "--to", "2026-11-22")).as(err()).isZero();
        assertThat(out()).contains("Queue statistics, service days 2026-11-20 to 2026-11-22")
                .contains("3 tickets: 1 served, 1 no-shows (called, skipped and never served), 1 not served")
                .contains("Waiting (issue to first call, 2 tickets called): median 4:00, 90th percentile 10:30.")
                .contains("Service (last call to finish, 1 tickets served): median 6:30, 90th percentile 6:30.")
                .containsPattern("(?m)^By queue\\R.*\\R  bhyt \\(Khám BHYT\\) +3 +1 +1 +1 +4:00 +10:30 +6:30 +6:30$")
                .containsPattern("(?m)^  1 \\(Quầy 1\\) +2 +1 +1 +0 +4:00 +10:30 +6:30 +6:30$")
                .containsPattern("(?m)^  08:00-09:00 +2 +1 +1 +0 +4:00 +10:30 +6:30 +6:30$")
                .containsPattern("(?m)^  09:00-10:00 +1 +0 +0 +1 +- +- +- +-$");
    }

    @Test
    void anEmptyRangeSaysSo() {
        assertThat(run("--server", server.baseUrl(), "--from", "2026-12-01", "--to", "2026-12-31")).as(err()).isZero();
        assertThat(out()).isEqualTo("Queue statistics, service days 2026-12-01 to 2026-12-31\n"
                + "No tickets were issued in this range: 0 tickets, 0 served, 0 no-shows.\n");
        assertThat(run("--server", server.baseUrl(), "--from", "2026-12-01", "--to", "2026-12-31", "--json"))
                .isZero();
        assertThat(out()).contains("\"all\":{\"tickets\":0,\"served\":0,\"noShows\":0,\"notServed\":0,"
                + "\"waiting\":{\"count\":0,\"medianSeconds\":0,\"p90Seconds\":0}");
    }

    @Test
    void refusesBadInputWithExit2() {
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-23", "--to", "2026-11-22")).isEqualTo(2);
        assertThat(err()).isEqualTo("tiepdon report queues: --from (2026-11-23) is after --to (2026-11-22)\n");
        assertThat(run("--server", server.baseUrl(), "--from", "22/11/2026", "--to", "2026-11-22")).isEqualTo(2);
        assertThat(err()).contains("--from must be a date as yyyy-MM-dd, got '22/11/2026'");
        assertThat(run("--server", server.baseUrl(), "--from", "2025-01-01", "--to", "2026-11-22")).isEqualTo(2);
        assertThat(err()).contains("at most 366");
        assertThat(run("--from", "2026-11-22", "--to", "2026-11-22")).isEqualTo(2);
        assertThat(err()).contains("give either --server URL or --data DIR");
        assertThat(run("--data", dir.resolve("nowhere").toString(), "--from", "2026-11-22", "--to", "2026-11-22"))
                .isEqualTo(2);
        assertThat(err()).contains("no tiepdon database in");
        assertThat(out()).isEmpty();
    }

    @Test
    void theCommandIsWired() {
        assertThat(new CommandLine(new vn.tiepdon.app.Tiepdon()).getSubcommands().get("report").getSubcommands())
                .containsKey("queues");
        assertThat(LocalDate.of(2026, 11, 22)).isEqualTo(server.server().queues().serviceDay());
    }
}
