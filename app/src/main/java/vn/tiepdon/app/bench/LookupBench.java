package vn.tiepdon.app.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.demo.DemoCodes;
import vn.tiepdon.app.demo.DemoSystem;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimPerson;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.server.eligibility.GatewayCredentials;
import vn.tiepdon.server.eligibility.GatewayEligibilityService;

/**
 * The lookup against bhxh-sim over HTTP, three ways:
 * <ol>
 * <li>overhead: lookups one after another with a fixed gateway latency; the time beyond that
 * latency is ours (client, JSON, classification, localhost HTTP);</li>
 * <li>tokens: token requests the simulator received for those lookups (one while it is valid);</li>
 * <li>budget: check-ins from several kiosks at once through the whole server while the simulator
 * holds 20 % of lookups past the budget and answers 5 % with an HTML 502; the share answered
 * within the budget.</li>
 * </ol>
 */
public final class LookupBench {
    private final Settings settings;
    private final PrintStream out;

    public LookupBench(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public BenchResult run(int count, long latencyMillis, int faultCount, int kiosks) throws Exception {
        Path home = Files.createTempDirectory("tiepdon-bench-");
        Clock clock = Clock.system(settings.hospital().zone());
        try (DemoSystem system = DemoSystem.start(settings, home, clock)) {
            BenchResult result = new BenchResult().putText("bench", "lookup").put("count", count)
                    .put("gateway_latency_ms", latencyMillis);
            overheadAndTokens(system, clock, count, latencyMillis, result);
            withinBudget(system, faultCount, kiosks, result);
            return result;
        }
    }

    private void overheadAndTokens(DemoSystem system, Clock clock, int count, long latencyMillis,
                                   BenchResult result) {
        system.sim().setFaults(new SimSettings.Faults(latencyMillis, 0, 0, 0, 0));
        GatewayCredentials credentials = new GatewayCredentials(system.sim().baseUrl(),
                settings.hospital().hospitalCode() + "_BV", SimSettings.DEMO_PASSWORD, false,
                SimSettings.DEMO_STAFF_NAME, SimSettings.DEMO_STAFF_CCCD);
        GatewayEligibilityService service = GatewayEligibilityService.create(credentials, settings.gatewayBudget(),
                clock);
        SimPerson p = DemoPopulation.ELIGIBLE_BY_CCCD;
        LookupRequest request = new LookupRequest(p.cccd(), Optional.of(p.fullName()),
                Optional.of(p.dateOfBirth()));
        for (int i = 0; i < Math.min(200, count); i++) {
            service.lookUp(request);
        }
        GatewayEligibilityService fresh = GatewayEligibilityService.create(credentials, settings.gatewayBudget(),
                clock);
        long tokensBefore = system.sim().tokenRequests();
        system.sim().drainHandlingMicros();
        long[] wall = new long[count];
        long[] overhead = new long[count];
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            LookupOutcome outcome = fresh.lookUp(request);
            long micros = (System.nanoTime() - t0) / 1_000;
            if (outcome.resultCode().isEmpty()) {
                throw new IllegalStateException("bhxh-sim did not answer a lookup: " + outcome.staffMessage());
            }
            wall[i] = micros;
            overhead[i] = Math.max(0, micros - latencyMillis * 1_000);
        }
        // the simulator's own time per lookup (injected latency + its work), in answer order
        java.util.List<Long> gateway = system.sim().drainHandlingMicros();
        long[] nominal = overhead.clone();
        if (gateway.size() == count) {
            for (int i = 0; i < count; i++) {
                overhead[i] = Math.max(0, wall[i] - gateway.get(i));
            }
        }
        Arrays.sort(nominal);
        double seconds = (System.nanoTime() - started) / 1e9;
        long tokens = system.sim().tokenRequests() - tokensBefore;
        Arrays.sort(overhead);
        double per1000 = tokens * 1000.0 / count;
        out.printf("%d lookups in %.1f s with %d ms gateway latency: overhead p50 %.2f ms, p99 %.2f ms;"
                        + " %d token request(s)%n", count, seconds, latencyMillis,
                BenchResult.percentile(overhead, 50) / 1000.0, BenchResult.percentile(overhead, 99) / 1000.0, tokens);
        result.put("overhead_p50_ms", BenchResult.percentile(overhead, 50) / 1000.0)
                .put("overhead_p99_ms", BenchResult.percentile(overhead, 99) / 1000.0)
                .put("overhead_vs_nominal_latency_p99_ms", BenchResult.percentile(nominal, 99) / 1000.0)
                .put("lookups_per_s", count / seconds)
                .put("token_requests", tokens)
                .put("token_requests_per_1000", per1000);
    }

    private void withinBudget(DemoSystem system, int count, int kiosks, BenchResult result) throws Exception {
        system.sim().setFaults(new SimSettings.Faults(0, 0, 0.20, 0.05, 0));
        Duration budget = settings.gatewayBudget();
        String code = DemoCodes.cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD);
        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        List<Future<long[]>> answers = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                String kiosk = "bench-" + (i % kiosks);
                answers.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    var response = system.client().checkIn(new CheckinRequest(kiosk, IdentificationMethod.QR, code,
                            Optional.empty(), Optional.empty()));
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    return new long[] {millis, response.lookup().lookupClass().isSuccess() ? 1 : 0};
                }));
            }
            long within = 0;
            long answered = 0;
            long[] round = new long[count];
            for (int i = 0; i < count; i++) {
                long[] a = answers.get(i).get();
                round[i] = a[0];
                within += a[0] <= budget.toMillis() ? 1 : 0;
                answered += a[1];
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(round);
            double share = 100.0 * within / count;
            out.printf("%d check-ins from %d kiosks in %.1f s with 20%% timeouts and 5%% HTML 502 injected:"
                            + " %d within the %d ms budget (%.1f %%), slowest %d ms, %d eligible at once%n", count,
                    kiosks, seconds, within, budget.toMillis(), share, round[count - 1], answered);
            result.put("faulted_checkins", count).put("budget_ms", budget.toMillis())
                    .put("within_budget_pct", share)
                    .put("faulted_p99_ms", BenchResult.percentile(round, 99))
                    .put("faulted_max_ms", round[count - 1]);
        } finally {
            pool.shutdownNow();
            system.sim().setFaults(SimSettings.Faults.none());
        }
    }
}
