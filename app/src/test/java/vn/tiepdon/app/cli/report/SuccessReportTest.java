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
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStore;

/**
 * {@code report success} against a running server ({@code --server}) and on the H2 file of the
 * same server once stopped ({@code --data}): the same figures; the text and the JSON; bad options.
 */
class SuccessReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    InProcessServer server;
    Settings settings;

    @BeforeEach
    void start() {
        server = InProcessServer.start(dir, 0, "", clock);
        settings = server.clientSettings();
        LookupStore store = new LookupStore(server.server().database());
        // 9 answered (7 eligible, 2 expired cards), a wrong name, a timeout; the wrong name fixed fee-paying
        for (int i = 0; i < 7; i++) {
            store.insert(record("000", LookupClass.ELIGIBLE, i < 4 ? "kiosk-1" : "kiosk-2"));
        }
        store.insert(record("010", LookupClass.NOT_ELIGIBLE, "kiosk-1"));
        store.insert(record("010", LookupClass.NOT_ELIGIBLE, "kiosk-2"));
        LookupRecord wrongName = store.insert(record("061", LookupClass.FIXABLE_DATA_ERROR, "kiosk-1"));
        store.insert(LookupRecord.of(at(), DAY, "kiosk-2", IdentificationMethod.CHIP, DocumentKind.CCCD_CHIP,
                "079090001234", Optional.empty(), Optional.empty(), new LookupOutcome.NoAnswer(
                        LookupOutcome.Reason.TIMEOUT, "test", "…", "…", 4000, 3), false));
        vn.tiepdon.server.storage.Jdbc.inTransaction(server.server().database(), c -> {
            store.settle(c, wrongName.id(), new LookupRecord.Fix(LookupOverride.Action.FEE_PAYING, "user:lan",
                    at(), "Không có thẻ", Optional.empty()), Optional.empty());
            return null;
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Instant at() {
        return Instant.parse("2026-11-21T01:30:00Z");
    }

    private static LookupRecord record(String code, LookupClass cls, String kiosk) {
        return LookupRecord.of(at(), DAY, kiosk, IdentificationMethod.QR, DocumentKind.CCCD_QR, "079090001234",
                Optional.of("Nguyễn Văn An"), Optional.of("1990-08-15"), new LookupOutcome.Answered(code, cls,
                        "…", ResultCodes.classify(code).staffMessage(), Optional.empty(), 200, 1), false);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        SuccessReport command = new SuccessReport();
        new CommandLine(command).parseArgs(args);
        return command.run(settings, Map.of("TIEPDON_ADMIN_PASSWORD", InProcessServer.ADMIN_PASSWORD), prompt -> {
                    throw new AssertionError("no prompt expected");
                }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheRatesInPlainWordsFromARunningServer() {
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-20", "--to", "2026-11-21")).as(err()).isZero();

        assertThat(out()).startsWith("Lookup success 2026-11-20 to 2026-11-21 (one lookup per check-in")
                .contains("  answered 9 of 11 (81.8 %), eligible 7 (63.6 %), failed 2 (18.2 %), pending 0;"
                        + " fixed at the desk 1 (counted apart: fee-paying 1)\n")
                .containsSubsequence("By day:", "  2026-11-20     no lookups",
                        "  2026-11-21     answered 9 of 11 (81.8 %), eligible 7, failed 2, pending 0; fixed at the desk 1",
                        "By method:", "  CCCD chip      answered 0 of 1 (0.0 %), eligible 0, failed 1, pending 0",
                        "  CCCD QR        answered 9 of 10 (90.0 %), eligible 7, failed 1, pending 0; fixed at the desk 1",
                        "By kiosk:", "  kiosk-1        answered 5 of 6", "  kiosk-2        answered 4 of 5",
                        "By code:", "  000            answered 7 of 7 (100.0 %), eligible 7, failed 0, pending 0"
                                + " — thẻ còn giá trị sử dụng, thông tin chính xác",
                        "  010            answered 2 of 2 (100.0 %), eligible 0, failed 0, pending 0"
                                + " — thẻ hết giá trị sử dụng",
                        "  061            answered 0 of 1 (0.0 %), eligible 0, failed 1, pending 0; fixed at the desk 1"
                                + " — sai họ tên (đúng ký tự đầu) so với dữ liệu BHXH",
                        "  TIMEOUT        answered 0 of 1 (0.0 %), eligible 0, failed 1, pending 0"
                                + " — Cổng BHXH không trả lời trong thời gian chờ");
        assertThat(err()).isEmpty();
    }

    @Test
    void theJsonOfTheServerAndOfItsStoppedDataAreTheSame() throws Exception {
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-21", "--to", "2026-11-21", "--json"))
                .as(err()).isZero();
        String overHttp = out();
        JsonNode json = new ObjectMapper().readTree(overHttp);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("from", "to", "lookups", "succeeded", "failed", "pending", "eligible",
                "overridden", "rate", "eligibleRate", "failedRate", "byDay", "byMethod", "byKiosk", "byCode", "byClass",
                "overriddenBy");
        assertThat(json.get("lookups").asLong()).isEqualTo(11);
        assertThat(json.get("succeeded").asLong()).isEqualTo(9);
        assertThat(json.get("failed").asLong()).isEqualTo(2);
        assertThat(json.get("pending").asLong()).isZero();
        assertThat(json.get("eligible").asLong()).isEqualTo(7);
        assertThat(json.get("overridden").asLong()).isEqualTo(1);
        assertThat(json.get("rate").asDouble()).isEqualTo(9.0 / 11);
        assertThat(json.get("byKiosk").get("kiosk-2").get("lookups").asLong()).isEqualTo(5);
        assertThat(json.get("byCode").get("TIMEOUT").get("lookupClass").asText()).isEqualTo("GATEWAY_ERROR");
        assertThat(json.get("overriddenBy").get("FEE_PAYING").asLong()).isEqualTo(1);

        server.close();
        assertThat(run("--data", dir.resolve("data").toString(), "--from", "2026-11-21", "--to", "2026-11-21",
                "--json")).as(err()).isZero();
        assertThat(out()).isEqualTo(overHttp);
        server = InProcessServer.start(dir, 0, "", clock);
    }

    @Test
    void badRangesAndSourcesExitTwoWithTheReason() {
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-21", "--to", "2026-11-20")).isEqualTo(2);
        assertThat(err()).isEqualTo("tiepdon report success: --from (2026-11-21) is after --to (2026-11-20)\n");
        assertThat(out()).isEmpty();
        assertThat(run("--server", server.baseUrl(), "--from", "21/11/2026", "--to", "2026-11-21")).isEqualTo(2);
        assertThat(err()).contains("--from must be a date as yyyy-MM-dd, got '21/11/2026'");
        assertThat(run("--from", "2026-11-21", "--to", "2026-11-21")).isEqualTo(2);
        assertThat(err()).contains("give either --server URL or --data DIR");
        assertThat(run("--data", dir.resolve("nothing").toString(), "--from", "2026-11-21", "--to", "2026-11-21"))
                .isEqualTo(2);
        assertThat(err()).contains("no tiepdon database in");
        assertThat(run("--server", "http://127.0.0.1:" + InProcessServer.freePort(), "--from", "2026-11-21", "--to",
                "2026-11-21")).isEqualTo(2);
        assertThat(err()).contains("cannot reach the server");
    }
}
