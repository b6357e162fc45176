package vn.tiepdon.app.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.demo.DemoCodes;
import vn.tiepdon.app.demo.DemoSystem;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Check-ins through the whole server (HTTP, parse, lookup at bhxh-sim over HTTP, H2 writes,
 * events) one after another. The server's own time per check-in is the round trip minus the
 * lookup's time as the server measured it.
 */
public final class CheckinBench {
    private final Settings settings;
    private final PrintStream out;

    public CheckinBench(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public BenchResult run(int count, int warmup, long gatewayLatencyMillis) throws Exception {
        Path home = Files.createTempDirectory("tiepdon-bench-");
        Clock clock = Clock.system(settings.hospital().zone());
        try (DemoSystem system = DemoSystem.start(settings, home, clock)) {
            system.sim().setFaults(new SimSettings.Faults(gatewayLatencyMillis, 0, 0, 0, 0));
            String code = DemoCodes.cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD);
            CheckinRequest request = new CheckinRequest(DemoSystem.KIOSK_ID, IdentificationMethod.QR, code, Optional.empty(),
                    Optional.empty());
            for (int i = 0; i < warmup; i++) {
                system.kioskClient().checkIn(request);
            }
            long[] total = new long[count];
            long[] overhead = new long[count];
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                CheckinResponse r = system.kioskClient().checkIn(request);
                long micros = (System.nanoTime() - t0) / 1_000;
                total[i] = micros;
                overhead[i] = Math.max(0, micros - r.lookup().millis() * 1_000);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(total);
            Arrays.sort(overhead);
            out.printf("%d check-ins in %.1f s, gateway latency %d ms%n", count, seconds, gatewayLatencyMillis);
            return new BenchResult().putText("bench", "checkin").put("count", count)
                    .put("gateway_latency_ms", gatewayLatencyMillis)
                    .put("p50_ms", BenchResult.percentile(total, 50) / 1000.0)
                    .put("p99_ms", BenchResult.percentile(total, 99) / 1000.0)
                    .put("server_overhead_p50_ms", BenchResult.percentile(overhead, 50) / 1000.0)
                    .put("server_overhead_p99_ms", BenchResult.percentile(overhead, 99) / 1000.0)
                    .put("checkins_per_s", count / seconds);
        }
    }
}
