package vn.tiepdon.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tiepdon.core.identity.ChipKeyCandidates;
import vn.tiepdon.core.identity.ChipKeys;
import vn.tiepdon.core.identity.ChipReadResult;
import vn.tiepdon.core.identity.Sex;
import vn.tiepdon.devices.smartcard.CardEmulator;
import vn.tiepdon.devices.smartcard.CardHolder;
import vn.tiepdon.devices.smartcard.CardImage;
import vn.tiepdon.devices.smartcard.CccdCardBuilder;
import vn.tiepdon.devices.smartcard.ChipContentReader;
import vn.tiepdon.devices.smartcard.CscaTrustStore;
import vn.tiepdon.devices.smartcard.IssuingAuthority;
import vn.tiepdon.devices.smartcard.PassiveAuthenticator;
import vn.tiepdon.devices.smartcard.PcscCardReader;
import vn.tiepdon.devices.smartcard.TerminalSource;

/**
 * One full chip read on the emulator (pcscd + vpcd + cccd_vicc.py), without and with DG2:
 * APDUs, bytes and milliseconds (median of the runs). Goal: DG1 + DG13 + SOD with passive
 * authentication in at most {@link #APDU_GOAL} APDUs (EF.COM and the PACE probe included).
 */
public final class CardBench {
    public static final int APDU_GOAL = 20;

    private final PrintStream out;
    private final Clock clock;

    public CardBench(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** Thrown when the bench cannot run here (no pcscd, no emulator) or a read fails. */
    public static final class BenchFailure extends Exception {
        private static final long serialVersionUID = 1L;

        BenchFailure(String message) {
            super(message, null, false, false);
        }
    }

    public record Figures(int apdus, long bytes, long medianMillis) {
    }

    public BenchResult run(Path script, Pattern readerName, int runs) throws BenchFailure, IOException {
        Optional<String> missing = CardEmulator.unavailableReason(script);
        if (missing.isPresent()) {
            throw new BenchFailure("the card emulator cannot run: " + missing.get());
        }
        IssuingAuthority authority = IssuingAuthority.generate("tiepdon bench", 1, clock);
        CardHolder holder = new CardHolder("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 8, 15), Sex.MALE,
                "Kinh", "Không", "Phường Phú Hội, Thành phố Huế", "Số 12 Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh",
                "Nốt ruồi C:1cm dưới trước mép trái", LocalDate.of(2021, 4, 20), "Nguyễn Văn Bình", "Trần Thị Cúc",
                Optional.of("Lê Thị Dung"), Optional.of("025123456"), Optional.empty());
        CardImage card = new CccdCardBuilder(authority).build(holder);
        PcscCardReader reader = new PcscCardReader(TerminalSource.pcsc(), readerName,
                new ChipContentReader(new PassiveAuthenticator(CscaTrustStore.of(List.of(authority.csca()))), clock),
                Duration.ofMillis(100), true);
        if (reader.readerNames().stream().noneMatch(n -> readerName.matcher(n).find())) {
            throw new BenchFailure("no PC/SC reader matches /" + readerName + "/ (is pcscd running with vpcd?) among "
                    + reader.readerNames());
        }
        ChipKeyCandidates keys = ChipKeys.fromValues(holder.idNumber(), holder.birthDate(),
                Optional.of(holder.issueDate()), Optional.empty(), LocalDate.now(clock));
        Path work = Files.createTempDirectory("tiepdon-card-bench-");
        try (CardEmulator emulator = CardEmulator.start(script, card, work, CardEmulator.DEFAULT_PORT)) {
            if (!waitFor(reader)) {
                throw new BenchFailure("the emulated card did not reach the reader; see " + emulator.log());
            }
            read(reader, keys, false);
            Figures without = measure(reader, keys, false, runs);
            Figures with = measure(reader, keys, true, runs);
            out.printf("card read without DG2: %d APDUs, %d bytes, %d ms (median of %d)%n", without.apdus(),
                    without.bytes(), without.medianMillis(), runs);
            out.printf("card read with DG2:    %d APDUs, %d bytes, %d ms (median of %d)%n", with.apdus(),
                    with.bytes(), with.medianMillis(), runs);
            out.printf("goal: DG1 + DG13 + SOD with passive authentication in <= %d APDUs: %s%n", APDU_GOAL,
                    without.apdus() <= APDU_GOAL ? "met" : "NOT met");
            return new BenchResult().putText("bench", "card").put("runs", runs)
                    .put("apdus", without.apdus()).put("bytes", without.bytes()).put("p50_ms", without.medianMillis())
                    .put("apdus_with_dg2", with.apdus()).put("bytes_with_dg2", with.bytes())
                    .put("p50_ms_with_dg2", with.medianMillis()).put("apdu_goal", APDU_GOAL)
                    .putText("goal_met", Boolean.toString(without.apdus() <= APDU_GOAL));
        }
    }

    private Figures measure(PcscCardReader reader, ChipKeyCandidates keys, boolean portrait, int runs)
            throws BenchFailure {
        long[] millis = new long[runs];
        ChipReadResult.Read last = null;
        for (int i = 0; i < runs; i++) {
            last = read(reader, keys, portrait);
            millis[i] = last.millis();
        }
        Arrays.sort(millis);
        return new Figures(last.apdus(), last.bytes(), BenchResult.percentile(millis, 50));
    }

    private static ChipReadResult.Read read(PcscCardReader reader, ChipKeyCandidates keys, boolean portrait)
            throws BenchFailure {
        ChipReadResult result = reader.read(keys, portrait);
        if (result instanceof ChipReadResult.Failed f) {
            throw new BenchFailure("chip read failed: " + f.failure() + ": " + f.detail());
        }
        return (ChipReadResult.Read) result;
    }

    private static boolean waitFor(PcscCardReader reader) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (reader.isCardPresent()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The emulator script: the given path, else the repository's copy found from here or from the program's jar. */
    public static Path locateScript(Optional<Path> given) {
        if (given.isPresent()) {
            return given.get();
        }
        Path here = CardEmulator.SCRIPT_IN_REPOSITORY;
        if (Files.isRegularFile(here)) {
            return here;
        }
        try {
            Path jar = Path.of(CardBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(CardEmulator.SCRIPT_IN_REPOSITORY);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the relative path, which the caller reports as missing
        }
        return here;
    }
}
