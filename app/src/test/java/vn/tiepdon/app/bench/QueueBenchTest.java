package vn.tiepdon.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.app.config.ConfigLoader;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.server.HospitalSetup;

/**
 * {@code bench queue} run briefly end to end (3 kiosks, 2 desks, 3 s): its RESULT line carries the
 * figures the issue asks for, and no ticket was issued or called twice. No timing is asserted:
 * performance claims live in the bench's output and docs/benchmarks.md.
 */
class QueueBenchTest {

    @Test
    void endsWithAResultLineOfTheQueueFiguresAndNoDuplicates() throws Exception {
        Settings settings = new ConfigLoader().load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchResult result = new QueueBench(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(new QueueBench.Options(3, 2, Duration.ofSeconds(3), Duration.ofSeconds(1), 5, Optional.empty()));

        String line = result.line();
        assertThat(line).startsWith("RESULT bench=queue kiosks=3 desks=2 seconds=3 ");
        Map<String, String> values = new java.util.HashMap<>();
        Arrays.stream(line.substring("RESULT ".length()).split(" ")).map(kv -> kv.split("=", 2))
                .forEach(kv -> values.put(kv[0], kv[1]));
        assertThat(values).containsKeys("per_second", "issue_p50_ms", "issue_p99_ms", "call_p50_ms", "call_p99_ms",
                "event_p50_ms", "event_p99_ms", "duplicates", "missing_events", "errors");
        assertThat(values.get("duplicates")).isEqualTo("0");
        assertThat(values.get("missing_events")).isEqualTo("0");
        // the run did something: tickets issued and called, and their calls seen on the display
        assertThat(Long.parseLong(values.get("tickets"))).isPositive();
        assertThat(Long.parseLong(values.get("calls"))).isPositive();
        assertThat(Double.parseDouble(values.get("event_p99_ms"))).isPositive();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("0 issued twice, 0 called twice");
    }

    @Test
    void givesEachDeskItsOwnCounterServingEveryQueuePriorityFirst() throws Exception {
        Settings settings = new ConfigLoader().load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        HospitalSetup setup = QueueBench.withCounters(settings.hospital(), 4);
        assertThat(setup.counters()).extracting(c -> c.id()).containsExactly("1", "2", "3", "4");
        assertThat(setup.counters()).allSatisfy(c -> assertThat(c.serves())
                .containsExactly("priority", "bhyt", "service"));
        assertThat(setup.queues()).isEqualTo(settings.hospital().queues());
    }
}
