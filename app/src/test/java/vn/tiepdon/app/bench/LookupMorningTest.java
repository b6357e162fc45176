package vn.tiepdon.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tiepdon.app.config.ConfigLoader;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.bhxhsim.Population;
import vn.tiepdon.bhxhsim.SimPerson;

/**
 * {@code bench lookup --morning} run small end to end (40 check-ins over 10 simulated minutes with
 * a 3-minute outage, 20 times faster than real time): its RESULT line carries the issue's figures
 * with sane values. No performance is asserted beyond what the design guarantees: the kiosk never
 * waits for the gateway's answer (5-30 s, or 60 s during the outage).
 */
class LookupMorningTest {
    private static final Settings SETTINGS = new ConfigLoader().load(Optional.of(Path.of("../config/tiepdon.yaml")),
            Map.of());

    @Test
    void aSmallMorningEndsWithTheIssuesFiguresAndSaneValues() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LookupMorning.Options options = new LookupMorning.Options(40, Duration.ofMinutes(10), Duration.ofMinutes(3),
                Duration.ofMinutes(3), 20, 5, 0.05, 7L, Duration.ofMinutes(20), 0);

        BenchResult result = new LookupMorning(SETTINGS, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(options);

        String line = result.line();
        assertThat(line).startsWith("RESULT bench=lookup-morning check_ins=40 requests_per_checkin=");
        Map<String, String> v = new HashMap<>();
        Arrays.stream(line.substring("RESULT ".length()).split(" ")).map(kv -> kv.split("=", 2))
                .forEach(kv -> v.put(kv[0], kv[1]));
        assertThat(v).containsKeys("requests_per_checkin", "outage_requests", "breaker_probes_expected",
                "completed_share", "drain_after_return_s", "checkin_p50_ms", "checkin_p99_ms", "speed",
                "outage_requests_after_open", "outage_probes", "errors");
        assertThat(v.get("errors")).isEqualTo("0");
        assertThat(v.get("speed")).isEqualTo("20");
        assertThat(Double.parseDouble(v.get("requests_per_checkin"))).isPositive().isLessThanOrEqualTo(2.0);
        assertThat(Long.parseLong(v.get("breaker_probes_expected"))).as("3 min / 30 s").isEqualTo(6);
        assertThat(Long.parseLong(v.get("outage_requests_after_open")))
                .as("once the breaker is open, only its probes reach the gateway")
                .isLessThanOrEqualTo(Long.parseLong(v.get("outage_probes")));
        assertThat(Double.parseDouble(v.get("completed_share"))).isPositive().isLessThanOrEqualTo(1.0);
        long budget = SETTINGS.gatewayBudget().toMillis();
        assertThat(Long.parseLong(v.get("checkin_p50_ms"))).isLessThanOrEqualTo(budget + 1_000);
        // a margin for a cold JVM's first check-ins, magnified 20 times; a kiosk that waited for the
        // gateway would take 5-30 s, or 60 s during the outage
        assertThat(Long.parseLong(v.get("checkin_max_ms"))).isLessThan(budget + 16_000);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("gateway card checks:", "during the 3-min outage");
    }

    @Test
    void theMorningsPlanHasItsRepeatsWithinFiveMinutesAndEveryoneElseOnce() {
        LookupMorning.Options options = new LookupMorning.Options(500, Duration.ofHours(1), Duration.ZERO,
                Duration.ZERO, 60, 5, 0.05, 11L, Duration.ZERO, 0);
        List<SimPerson> people = Population.seeded(11, 500, java.time.Clock.systemUTC()).people();

        List<LookupMorning.Arrival> plan = LookupMorning.plan(options, people);

        assertThat(plan).hasSize(500);
        assertThat(plan).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        assertThat(plan.get(plan.size() - 1).at()).isLessThan(Duration.ofHours(1));
        long repeats = plan.stream().filter(LookupMorning.Arrival::repeat).count();
        assertThat(repeats).as("about 5 %").isBetween(10L, 45L);
        Set<String> firsts = new HashSet<>();
        for (LookupMorning.Arrival a : plan) {
            if (a.repeat()) {
                LookupMorning.Arrival first = plan.stream().filter(x -> !x.repeat() && x.code().equals(a.code()))
                        .findFirst().orElseThrow();
                assertThat(a.at().minus(first.at())).isBetween(Duration.ZERO, LookupMorning.REPEAT_WITHIN);
            } else {
                assertThat(firsts.add(a.person().cccd())).as("a new person each time").isTrue();
            }
        }
        assertThat(LookupMorning.plan(options, people)).as("the same seed, the same morning").isEqualTo(plan);
    }

    @Test
    void theScaledClockRunsItsSpeedTimesFasterInEveryZone() throws InterruptedException {
        Instant start = Instant.parse("2026-12-02T00:00:00Z");
        ScaledClock clock = new ScaledClock(start, 600, ZoneId.of("Asia/Ho_Chi_Minh"));
        long t0 = System.nanoTime();
        clock.sleepUntil(start.plusSeconds(60));
        long realMillis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(clock.instant()).isAfterOrEqualTo(start.plusSeconds(60));
        assertThat(realMillis).as("a simulated minute is 100 ms at 600x").isBetween(90L, 5_000L);
        assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isAfterOrEqualTo(start.plusSeconds(60));
        assertThat(clock.pace().realMillis(60_000)).isEqualTo(100);
    }
}
