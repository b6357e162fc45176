package vn.tiepdon.app.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.app.testing.InProcessServer;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStore;

/**
 * {@code report failed-lookups} against a real server in-process ({@code --server}) and against its
 * H2 folder once stopped ({@code --data}): the same file; bad input exits 2 with one line.
 */
class FailedLookupsReportTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    InProcessServer server;

    @BeforeEach
    void start() {
        server = InProcessServer.start(dir, 0, "", clock);
        LookupStore lookups = new LookupStore(server.server().database());
        lookups.insert(LookupRecord.of(clock.instant(), DAY, "kiosk-1", IdentificationMethod.QR, DocumentKind.CCCD_QR,
                "079090001234", Optional.of("Nguyễn Văn An"), Optional.of("1990-08-15"),
                new LookupOutcome.Answered("060", LookupClass.FIXABLE_DATA_ERROR, "Vui lòng đến quầy.",
                        "Mã 060: sai họ tên", Optional.empty(), 100, 1), false));
        lookups.insert(LookupRecord.of(clock.instant(), DAY, "kiosk-1", IdentificationMethod.QR, DocumentKind.CCCD_QR,
                "079090001235", Optional.of("Trần Thị Bình"), Optional.of("1991-01-02"),
                new LookupOutcome.Answered("000", LookupClass.ELIGIBLE, "Hợp lệ.", "Mã 000", Optional.empty(), 100, 1),
                false));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private int run(String... args) {
        FailedLookupsReport command = new FailedLookupsReport();
        new CommandLine(command).parseArgs(args);
        return command.run(server.clientSettings(), Map.of("TIEPDON_ADMIN_PASSWORD", InProcessServer.ADMIN_PASSWORD),
                prompt -> Optional.empty(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static List<List<String>> sheet(Path file) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCell(i) == null ? "" : r.getCell(i).getText());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void writesTheXlsxFromTheServerAndTheSameFromTheStoppedServersData() throws IOException {
        Path fromServer = dir.resolve("bao-cao.xlsx");
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-22", "--to", "2026-11-22", "--out",
                fromServer.toString())).as(err()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote", "bao-cao.xlsx");
        List<List<String>> rows = sheet(fromServer);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0)).isEqualTo("STT");
        assertThat(rows.get(1)).contains("079090001234", "Nguyễn Văn An", "15/08/1990", "060");

        server.close();
        server = null;
        Path fromData = dir.resolve("bao-cao-data.xlsx");
        FailedLookupsReport command = new FailedLookupsReport();
        new CommandLine(command).parseArgs("--data", dir.resolve("data").toString(), "--from", "2026-11-22", "--to",
                "2026-11-22", "--out", fromData.toString());
        int code = command.run(new vn.tiepdon.app.config.ConfigLoader().load(Optional.of(dir.resolve("tiepdon.yaml")),
                Map.of()), Map.of(), prompt -> Optional.empty(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err()).isZero();
        assertThat(sheet(fromData)).isEqualTo(rows);
    }

    @Test
    void writesTheCsvWithAByteOrderMark() throws IOException {
        Path csv = dir.resolve("bao-cao.csv");
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-01", "--to", "2026-11-30", "--out",
                csv.toString(), "--leave-out-sent")).as(err()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(2);
        assertThat(text).contains("Nguyễn Văn An").doesNotContain("Trần Thị Bình");
    }

    @Test
    void badInputExitsTwoWithOneClearLine() {
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-22", "--to", "2026-11-22", "--out",
                dir.resolve("bao-cao.pdf").toString())).isEqualTo(2);
        assertThat(err()).contains("--out must name a .xlsx or .csv file");
        err.reset();
        assertThat(run("--server", server.baseUrl(), "--from", "2026-11-23", "--to", "2026-11-22", "--out",
                dir.resolve("a.xlsx").toString())).isEqualTo(2);
        assertThat(err()).contains("--from (2026-11-23) is after --to (2026-11-22)");
        err.reset();
        assertThat(run("--server", server.baseUrl(), "--from", "2025-01-01", "--to", "2026-01-02", "--out",
                dir.resolve("a.xlsx").toString())).isEqualTo(2);
        assertThat(err()).contains("367 days");
        err.reset();
        assertThat(run("--server", server.baseUrl(), "--from", "22/11/2026", "--to", "2026-11-22", "--out",
                dir.resolve("a.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("--from must be a date as yyyy-MM-dd");
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
        assertThat(dir.resolve("a.csv")).doesNotExist();
    }
}
