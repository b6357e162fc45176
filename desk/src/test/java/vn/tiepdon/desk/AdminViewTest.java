package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XChartPanel;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.testing.Conditions;
import vn.tiepdon.core.testing.Screenshots;

/**
 * The admin view at the desk's 1366×768 with a generated month: the texts, charts and tables on
 * screen (docs/screenshots/admin-view.png is {@code target/screenshots/admin-view.png}), English,
 * and, in a real window under Xvfb, the range buttons, a refused range, a refused load and an
 * export written off the EDT.
 */
class AdminViewTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final LocalDate TODAY = AdminModelTest.TODAY;

    final FakeReceptionApi api = new FakeReceptionApi();
    @TempDir
    Path dir;

    @BeforeAll
    static void lookAndFeel() {
        Screenshots.onEdt(DeskWindow::installLookAndFeel);
    }

    @AfterEach
    void closeWindows() {
        Screenshots.onEdt(() -> Arrays.stream(Frame.getFrames()).forEach(Frame::dispose));
    }

    private void generatedData() {
        api.success = (f, t) -> AdminStatsData.lookups(f, t, 2026);
        api.queueStats = (f, t) -> AdminStatsData.queues(f, t, 2026);
    }

    private AdminModel loaded(Locale locale) {
        generatedData();
        AdminModel model = new AdminModel(api, new DeskMessages(locale), AdminModelTest.CLOCK);
        model.load();
        return model;
    }

    private static <T> T onEdt(Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        Screenshots.onEdt(() -> value.set(read.get()));
        return value.get();
    }

    @SuppressWarnings("unchecked")
    private static CategoryChart chart(AdminView view, String name) {
        return ((XChartPanel<CategoryChart>) ScreenTexts.find(view, XChartPanel.class, "chart." + name)).getChart();
    }

    private static List<Object> xs(CategoryChart chart, String series) {
        return new ArrayList<Object>(chart.getSeriesMap().get(series).getXData());
    }

    private static List<String> rows(JTable table) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < table.getRowCount(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                cells.add(String.valueOf(table.getValueAt(r, c)));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    @Test
    void theAdminViewOfAGeneratedMonth() {
        AdminModel model = loaded(DeskMessages.VIETNAMESE);
        LookupSuccess s = model.snapshot().figures().orElseThrow().success();
        AtomicReference<AdminView> shown = new AtomicReference<>();

        BufferedImage image = Screenshots.paint(() -> {
            AdminView view = new AdminView(model, (p, t, n, f) -> Optional.empty());
            shown.set(view);
            return view;
        }, 1366, 768 - 30);
        Screenshots.save(image, "admin-view");
        Screenshots.assertNotBlank(image);

        AdminView view = shown.get();
        String screen = onEdt(() -> ScreenTexts.joined(view));
        AdminTexts t = model.texts();
        assertThat(screen).contains("Khoảng thời gian:", "Hôm nay", "7 ngày", "30 ngày", "Tháng này", "Tự chọn",
                "23/10/2026", "21/11/2026", "Từ 23/10/2026 đến 21/11/2026 (30 ngày)", "Làm mới (F5)",
                "Tổng quan", "Theo ngày", "Cách nhận diện", "Ki-ốt", "Nguyên nhân lỗi", "Chờ theo giờ",
                "Báo cáo tra cứu lỗi gửi BHXH:", "Xuất Excel (XLSX)…", "Xuất CSV…", "Bỏ các lượt đã gửi BHXH",
                "Tổng hợp",
                t.count(s.lookups()) + " lượt tra cứu thẻ BHYT từ 23/10/2026 đến 21/11/2026",
                "Có trả lời: " + t.percent(s.rate()) + " (" + t.count(s.succeeded()) + " lượt)",
                "Tra cứu lỗi: " + t.percent(s.failedRate()) + " (" + t.count(s.failed()) + " lượt)",
                "Đối chiếu: " + t.count(s.succeeded()) + " có trả lời + " + t.count(s.failed()) + " lỗi + "
                        + t.count(s.pending()) + " đang tra lại = " + t.count(s.lookups()) + " lượt");
        assertThat(s.rate()).isBetween(0.83, 0.87);

        Screenshots.onEdt(() -> {
            CategoryChart trend = chart(view, AdminFigures.TREND);
            assertThat(trend.getTitle()).isEqualTo("Tỉ lệ theo ngày (%)");
            assertThat(trend.getSeriesMap().keySet()).containsExactly("Có trả lời", "Đủ điều kiện", "Lỗi");
            assertThat(xs(trend, "Có trả lời")).hasSize(30);
            CategoryChart methods = chart(view, AdminFigures.METHODS);
            assertThat(methods.getTitle()).isEqualTo("Theo cách nhận diện (lượt)");
            assertThat(methods.getSeriesMap().keySet()).containsExactly("Có trả lời", "Tra cứu lỗi", "Đang tra lại");
            assertThat(xs(methods, "Có trả lời"))
                    .containsExactly("Chip CCCD", "QR CCCD", "QR thẻ BHYT", "VNeID", "Nhập số");
            CategoryChart kiosks = chart(view, AdminFigures.KIOSKS);
            assertThat(xs(kiosks, "Tra cứu lỗi"))
                    .containsExactlyElementsOf(AdminStatsData.KIOSKS.stream().sorted().map(k -> (Object) k).toList());
            CategoryChart causes = chart(view, AdminFigures.CAUSES);
            assertThat(causes.getTitle()).isEqualTo("Nguyên nhân tra cứu lỗi (lượt)");
            List<Object> codes = xs(causes, "Tra cứu lỗi");
            assertThat(codes.get(0)).isEqualTo("TIMEOUT"); // the biggest cause first
            assertThat(codes).contains("060", "070", "UNREACHABLE", "051", "TEMPORARY_CARD");
            CategoryChart waits = chart(view, AdminFigures.WAITS);
            assertThat(waits.getTitle()).isEqualTo("Thời gian chờ theo giờ lấy số (phút)");
            assertThat(waits.getSeriesMap().keySet()).containsExactly("Trung vị", "90 %");
            assertThat(xs(waits, "Trung vị")).startsWith("6h", "7h", "8h");

            JTabbedPane tabs = ScreenTexts.find(view, JTabbedPane.class, "admin.tabs");
            tabs.setSelectedIndex(4);
            JTable causeTable = ScreenTexts.find(view, JTable.class, "table.causes");
            assertThat(causeTable.getColumnName(1)).isEqualTo("Ý nghĩa");
            assertThat(rows(causeTable).get(0)).startsWith("TIMEOUT | Cổng BHXH không trả lời trong thời gian chờ | ");
            JTable methodTable = ScreenTexts.find(view, JTable.class, "table.methods");
            long chip = s.byMethod().get(vn.tiepdon.core.stats.CheckinMethod.CHIP).lookups();
            assertThat(rows(methodTable).get(0)).startsWith("Chip CCCD | " + t.count(chip) + " | ");
            JTable hours = ScreenTexts.find(view, JTable.class, "table.waits");
            assertThat(hours.getRowCount()).isEqualTo(11);
            assertThat(rows(hours).get(2)).startsWith("8h | ");
        });
    }

    @Test
    void theAdminViewInEnglish() {
        AdminModel model = loaded(Locale.ENGLISH);
        AtomicReference<AdminView> shown = new AtomicReference<>();

        BufferedImage image = Screenshots.paint(() -> {
            AdminView view = new AdminView(model, (p, t, n, f) -> Optional.empty());
            shown.set(view);
            return view;
        }, 1366, 738);
        Screenshots.save(image, "admin-view-en");

        String screen = onEdt(() -> ScreenTexts.joined(shown.get()));
        assertThat(screen).contains("Period:", "Today", "7 days", "30 days", "This month", "Custom", "Refresh (F5)",
                "Overview", "By day", "Identification method", "Kiosks", "Causes of failures", "Waiting by hour",
                "Failed-lookup report for BHXH:", "Export Excel (XLSX)…", "Export CSV…", "Totals",
                "23/10/2026 to 21/11/2026 (30 days)");
        assertThat(screen).containsPattern("Answered: \\d\\d\\.\\d% \\(\\d{1,2},\\d{3} lookups\\)");
        assertThat(screen).doesNotContain("Có trả lời", "Tổng quan", "lượt");
        Screenshots.onEdt(() -> {
            assertThat(chart(shown.get(), AdminFigures.TREND).getTitle()).isEqualTo("Rates by day (%)");
            assertThat(chart(shown.get(), AdminFigures.METHODS).getSeriesMap().keySet())
                    .containsExactly("Answered", "Failed", "Still retried");
            assertThat(xs(chart(shown.get(), AdminFigures.WAITS), "Median"))
                    .startsWith("6:00", "7:00");
        });
    }

    @Test
    void aRefusedLoadIsSaidOnTheScreenNotAsAStackTrace() {
        api.success = (f, t) -> {
            throw FakeReceptionApi.refusal(403, ErrorCode.FORBIDDEN);
        };
        AdminModel model = new AdminModel(api, DeskMessages.vietnamese(), AdminModelTest.CLOCK);
        model.load();
        AtomicReference<AdminView> shown = new AtomicReference<>();

        Screenshots.paint(() -> {
            AdminView view = new AdminView(model, (p, t, n, f) -> Optional.empty());
            shown.set(view);
            return view;
        }, 1366, 738);

        JLabel notice = onEdt(() -> ScreenTexts.find(shown.get(), JLabel.class, "notice"));
        assertThat(notice.getText()).startsWith("Chưa tải được thống kê. Máy chủ báo FORBIDDEN: ")
                .doesNotContain("Exception");
        assertThat(notice.getForeground()).isEqualTo(DeskStyle.PROBLEM);
        assertThat(onEdt(() -> ScreenTexts.find(shown.get(), JTabbedPane.class, "admin.tabs").getTabCount()))
                .isZero();
    }

    /** A real window: needs a display. */
    private AdminWindow openWindow(ReportFilePicker picker) {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under Xvfb");
        generatedData();
        AdminWindow w = onEdt(() -> {
            AdminWindow window = new AdminWindow(new AdminModel(api, DeskMessages.vietnamese(), AdminModelTest.CLOCK),
                    "Bệnh viện Đa khoa Tỉnh Demo", picker);
            window.setVisible(true);
            window.view().load();
            return window;
        });
        Conditions.await("the month loaded", PATIENCE, () -> onEdt(() -> ScreenTexts.joined(w.view())
                .contains("lượt tra cứu thẻ BHYT từ 23/10/2026 đến 21/11/2026")));
        return w;
    }

    @Test
    void thePresetsAndTheTypedRangeAskTheServer() {
        AdminWindow w = openWindow((p, t, n, f) -> Optional.empty());
        AdminView view = w.view();

        Screenshots.onEdt(() -> ScreenTexts.find(view, javax.swing.JToggleButton.class, "range.LAST_7_DAYS").doClick());
        Conditions.await("the week loaded", PATIENCE, () -> onEdt(() -> ScreenTexts.joined(view)
                .contains("lượt tra cứu thẻ BHYT từ 15/11/2026 đến 21/11/2026")));
        assertThat(api.statsCalls).contains("lookupSuccess 2026-11-15 2026-11-21", "queueStats 2026-11-15 2026-11-21");
        assertThat(onEdt(() -> ScreenTexts.find(view, JTextField.class, "range.from").getText()))
                .isEqualTo("15/11/2026");

        int asked = api.statsCalls.size();
        Screenshots.onEdt(() -> {
            ScreenTexts.find(view, JTextField.class, "range.from").setText("30/11/2026");
            ScreenTexts.find(view, JTextField.class, "range.to").setText("01/11/2026");
            ScreenTexts.find(view, JButton.class, "range.apply").doClick();
        });
        Conditions.await("the refusal", PATIENCE, () -> onEdt(() -> ScreenTexts.find(view, JLabel.class, "notice")
                .getText().equals("Ngày bắt đầu (30/11/2026) sau ngày kết thúc (01/11/2026): chọn lại khoảng thời gian.")));
        assertThat(api.statsCalls).hasSize(asked);
        assertThat(onEdt(() -> ScreenTexts.find(view, JTextField.class, "range.from").getText()))
                .as("what was typed stays, to be corrected").isEqualTo("30/11/2026");

        Screenshots.onEdt(() -> {
            ScreenTexts.find(view, JTextField.class, "range.from").setText("01/11/2026");
            ScreenTexts.find(view, JTextField.class, "range.to").setText("20/11/2026");
            ScreenTexts.find(view, JTextField.class, "range.to").postActionEvent();
        });
        Conditions.await("the typed range loaded", PATIENCE, () -> onEdt(() -> ScreenTexts.joined(view)
                .contains("lượt tra cứu thẻ BHYT từ 01/11/2026 đến 20/11/2026")));
        assertThat(onEdt(() -> ScreenTexts.find(view, JLabel.class, "notice").getText())).isBlank();
    }

    @Test
    void anExportWritesTheChosenFileOffTheEdt() throws Exception {
        Path file = dir.resolve("tra-cuu-loi.csv");
        List<String> offered = new java.util.concurrent.CopyOnWriteArrayList<>();
        AdminWindow w = openWindow((parent, title, name, format) -> {
            offered.add(title + " | " + name + " | " + format + " | EDT " + SwingUtilities.isEventDispatchThread());
            return Optional.of(file);
        });
        api.report = "\uFEFFSTT,Thời gian,Số CCCD\r\n".getBytes(StandardCharsets.UTF_8);

        Screenshots.onEdt(() -> {
            ScreenTexts.find(w.view(), javax.swing.JCheckBox.class, "export.leaveOutSent").setSelected(true);
            ScreenTexts.find(w.view(), JButton.class, "export.CSV").doClick();
        });

        Conditions.await("the report saved", PATIENCE, () -> onEdt(() -> ScreenTexts.find(w.view(), JLabel.class,
                "export.notice").getText().equals("Đã lưu báo cáo: " + file.toAbsolutePath())));
        assertThat(offered).containsExactly(
                "Lưu báo cáo tra cứu lỗi gửi BHXH | tra-cuu-loi-bhxh_2026-10-23_2026-11-21.csv | CSV | EDT true");
        assertThat(api.statsCalls).contains("report 2026-10-23 2026-11-21 CSV leaveOutSent");
        assertThat(api.reportThreads).containsExactly("admin-report");
        assertThat(Files.readAllBytes(file)).isEqualTo(api.report);
        assertThat(onEdt(() -> ScreenTexts.find(w.view(), JButton.class, "export.XLSX").isEnabled())).isTrue();

        api.reportFailure = new vn.tiepdon.client.ApiException("No reception server reachable",
                new java.net.ConnectException("refused"));
        Screenshots.onEdt(() -> ScreenTexts.find(w.view(), JButton.class, "export.XLSX").doClick());
        Conditions.await("the failure said", PATIENCE, () -> onEdt(() -> ScreenTexts.find(w.view(), JLabel.class,
                "export.notice").getText().equals(
                "Chưa xuất được báo cáo. Không kết nối được máy chủ: kiểm tra mạng rồi bấm Làm mới.")));
        assertThat(onEdt(() -> ((JComponent) ScreenTexts.find(w.view(), JLabel.class, "export.notice"))
                .getForeground())).isEqualTo(DeskStyle.PROBLEM);
    }

}
