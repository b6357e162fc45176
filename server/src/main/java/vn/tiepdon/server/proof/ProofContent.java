package vn.tiepdon.server.proof;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.SentRequest;
import vn.tiepdon.server.lookups.LookupAttempt;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.proof.ProofDocument.AttemptTable;
import vn.tiepdon.server.proof.ProofDocument.Field;
import vn.tiepdon.server.proof.ProofDocument.Section;

/**
 * What the proof of a failed lookup says, in Vietnamese, from the lookup log: the hospital, the
 * check-in, the staff account the gateway was asked in the name of, exactly what the first request
 * sent, what the gateway answered (or that it did not, and after how long), every request sent
 * (background retries included) and the receptionist's override. Times in the hospital's zone. Pure:
 * no I/O.
 */
public final class ProofContent {
    static final String TITLE = "BẰNG CHỨNG TRA CỨU THẺ BHYT KHÔNG THÀNH CÔNG";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm:ss");

    private final String hospitalCode;
    private final String hospitalName;
    private final ZoneId zone;

    public ProofContent(String hospitalCode, String hospitalName, ZoneId zone) {
        this.hospitalCode = Objects.requireNonNull(hospitalCode);
        this.hospitalName = Objects.requireNonNull(hospitalName);
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * The proof of {@code lookup}, whose requests are {@code attempts} (oldest first), printed at
     * {@code printedAt} by {@code printedBy} ({@code user:lan}).
     */
    public ProofDocument of(LookupRecord lookup, List<LookupAttempt> attempts, Instant printedAt, String printedBy) {
        Optional<LookupAttempt> first = attempts.stream().filter(a -> a.sent().isPresent()).findFirst();
        Optional<SentRequest> sent = first.flatMap(LookupAttempt::sent);
        Optional<LookupAttempt> last = attempts.isEmpty() ? Optional.empty()
                : Optional.of(attempts.get(attempts.size() - 1));

        List<Section> before = new ArrayList<>();
        before.add(new Section("Cơ sở khám chữa bệnh", List.of(
                new Field("Tên cơ sở", text(hospitalName)),
                new Field("Mã cơ sở (maCSKCB)", text(hospitalCode)))));
        List<Field> visit = new ArrayList<>();
        visit.add(new Field("Mã lượt tra cứu", Long.toString(lookup.id())));
        visit.add(new Field("Thời điểm tiếp đón", when(lookup.at())));
        visit.add(new Field("Nơi tiếp đón", "Kiosk " + text(lookup.kioskId()) + " · " + method(lookup.method())));
        visit.add(new Field("Tài khoản tra cứu (cổng BHXH)", sent.map(s -> text(s.account()))
                .orElse("(không lưu)")));
        visit.add(new Field("Cán bộ đứng tên tra cứu (hoTenCb)", sent.map(s -> orNone(s.staffName()))
                .orElse("(không lưu)")));
        before.add(new Section("Lượt tiếp đón", visit));
        if (sent.isPresent()) {
            SentRequest s = sent.get();
            before.add(new Section("Thông tin đã gửi cổng BHXH (lần gửi " + first.get().attempt() + ", "
                    + when(first.get().at()) + ")", List.of(
                    new Field("Mã thẻ / số CCCD (maThe)", orNone(s.cardKey())),
                    new Field("Họ tên (hoTen)", orNone(s.fullName())),
                    new Field("Ngày sinh (ngaySinh)", orNone(s.birthDate())))));
        } else {
            before.add(new Section("Thông tin tra cứu (theo nhật ký; nội dung gửi đi không được lưu)", List.of(
                    new Field("Mã thẻ / số CCCD", text(lookup.cardKey())),
                    new Field("Họ tên", lookup.fullName().map(ProofContent::orNone).orElse("(không gửi)")),
                    new Field("Ngày sinh", lookup.dateOfBirth().map(ProofContent::orNone).orElse("(không gửi)")))));
        }
        before.add(new Section(lookup.pending() ? "Kết quả từ cổng BHXH (đến lúc in)" : "Kết quả từ cổng BHXH",
                answer(lookup, last)));

        List<List<String>> rows = attempts.stream().map(this::row).toList();
        AttemptTable table = new AttemptTable("Các lần gửi yêu cầu tra cứu (" + attempts.size() + " lần, kể cả"
                + " các lần hệ thống tự tra cứu lại)",
                List.of("Lần", "Thời điểm", "Nguồn", "Kết quả", "HTTP", "Thời gian"),
                List.of(0.07f, 0.18f, 0.17f, 0.36f, 0.09f, 0.13f), rows,
                "… %d lần gửi khác không in ra (xem nhật ký tra cứu) …",
                "Không có lần gửi nào được lưu cho lượt tra cứu này.");

        List<Section> after = new ArrayList<>();
        after.add(new Section("Xử lý tại quầy tiếp đón", override(lookup)));

        Optional<String> notice = lookup.pending()
                ? Optional.of("Cổng BHXH chưa trả lời, hệ thống vẫn đang tự động tra cứu lại: đây là bằng chứng"
                        + " tạm thời đến lúc in; in lại khi có kết quả cuối cùng.")
                : Optional.empty();
        ZonedDateTime printed = printedAt.atZone(zone);
        return new ProofDocument(TITLE, "Kèm hồ sơ khám chữa bệnh gửi cơ quan BHXH (QĐ 2555/QĐ-BYT)", notice,
                before, table, after,
                new ProofDocument.Signature("Ngày " + printed.getDayOfMonth() + " tháng " + printed.getMonthValue()
                        + " năm " + printed.getYear(), "Người lập", "Xác nhận của cơ sở khám chữa bệnh",
                        "(ký, ghi rõ họ tên)"),
                List.of("In lúc " + when(printedAt) + " bởi " + text(printedBy) + " · tiepdon · nhật ký tra cứu"
                        + " lượt " + lookup.id()));
    }

    private List<Field> answer(LookupRecord lookup, Optional<LookupAttempt> last) {
        List<Field> fields = new ArrayList<>();
        if (lookup.outcome().answered()) {
            String code = lookup.code().orElse("");
            fields.add(new Field("Mã kết quả (maKetQua)", ResultCodes.classify(code).staffMessage()));
            last.flatMap(LookupAttempt::received).ifPresent(r -> {
                fields.add(new Field("Thông báo của cổng (ghiChu)", r.message().filter(m -> !m.isBlank())
                        .map(ProofContent::text).orElse("(không có)")));
                fields.add(new Field("Mã HTTP", Integer.toString(r.httpStatus())));
            });
        } else {
            LookupOutcome.Reason reason = lookup.outcome().reason().orElseThrow();
            long millis = last.map(LookupAttempt::millis).orElse(lookup.millis());
            fields.add(new Field("Trả lời", silence(reason, millis)));
            fields.add(new Field("Ý nghĩa", ResultCodes.staffMessage(reason, lookup.detail().orElse(""))));
            last.flatMap(LookupAttempt::received).ifPresent(r -> fields.add(new Field("Cổng đã gửi về",
                    "HTTP " + r.httpStatus() + ", " + r.bytes() + " byte"
                            + r.message().map(m -> ", ghiChu: " + text(m)).orElse(""))));
        }
        fields.add(new Field("Số lần gửi yêu cầu", Integer.toString(lookup.attempts())
                + (lookup.pending() ? " (đang tự động tra cứu lại)" : "")));
        return fields;
    }

    /** "Cổng BHXH không trả lời sau 4,0 giây" and its kind. */
    static String silence(LookupOutcome.Reason reason, long millis) {
        return switch (reason) {
            case TIMEOUT -> "Cổng BHXH không trả lời sau " + seconds(millis);
            case UNREACHABLE -> "Không kết nối được cổng BHXH (sau " + seconds(millis) + ")";
            case BAD_RESPONSE -> "Cổng BHXH trả về dữ liệu không đọc được (sau " + seconds(millis) + ")";
            case LOGIN_FAILED -> "Không đăng nhập được cổng BHXH (sau " + seconds(millis) + ")";
            case NOT_SENT -> "Chưa gửi được đến cổng BHXH";
            case TEMPORARY_CARD -> "Không gửi: thẻ tạm của trẻ sơ sinh";
            case MALFORMED_NUMBER -> "Không gửi: số thẻ/CCCD không đúng định dạng";
        };
    }

    private List<String> row(LookupAttempt a) {
        String result = a.outcome().answered()
                ? "Mã " + a.code().map(ProofContent::text).orElse("(trống)") + " · " + lookupClass(a)
                : "Không trả lời: " + reason(a.outcome().reason().orElseThrow());
        return List.of(Integer.toString(a.attempt()), a.at().atZone(zone).format(TIME), source(a), result,
                a.received().map(r -> Integer.toString(r.httpStatus())).orElse("—"), seconds(a.millis()));
    }

    private static String lookupClass(LookupAttempt a) {
        return switch (a.lookupClass()) {
            case ELIGIBLE -> "hợp lệ";
            case ELIGIBLE_WITH_WARNING -> "hợp lệ, có lưu ý";
            case NOT_ELIGIBLE -> "không hợp lệ";
            case FIXABLE_DATA_ERROR -> "sai thông tin";
            case SETUP_ERROR -> "lỗi tài khoản cơ sở";
            case GATEWAY_ERROR -> "lỗi cổng BHXH";
            case TEMPORARY_CARD -> "thẻ tạm";
        };
    }

    private static String reason(LookupOutcome.Reason reason) {
        return switch (reason) {
            case TIMEOUT -> "hết thời gian chờ";
            case UNREACHABLE -> "không kết nối được";
            case BAD_RESPONSE -> "dữ liệu không đọc được";
            case LOGIN_FAILED -> "không đăng nhập được";
            case NOT_SENT -> "chưa gửi";
            case TEMPORARY_CARD -> "thẻ tạm, không gửi";
            case MALFORMED_NUMBER -> "số sai định dạng";
        };
    }

    private static String source(LookupAttempt a) {
        Optional<GatewayCaller> caller = a.caller();
        if (caller.isEmpty()) {
            return a.background() ? "Tự tra cứu lại" : "—";
        }
        return switch (caller.get()) {
            case KIOSK -> "Kiosk";
            case DESK -> "Quầy tiếp đón";
            case BACKGROUND -> "Tự tra cứu lại";
        };
    }

    private List<Field> override(LookupRecord lookup) {
        List<Field> fields = new ArrayList<>();
        lookup.rerunOf().ifPresent(id -> fields.add(new Field("Tra cứu lại của lượt", Long.toString(id))));
        if (lookup.fix().isPresent()) {
            LookupRecord.Fix fix = lookup.fix().get();
            fields.add(new Field("Xử lý", action(fix.action())
                    + fix.cardNumber().map(n -> " (số thẻ " + Masking.number(n) + ")").orElse("")));
            fields.add(new Field("Người thực hiện", text(fix.actor())));
            fields.add(new Field("Thời điểm", when(fix.at())));
            fields.add(new Field("Lý do", orNone(Masking.numbersIn(fix.reason()))));
        }
        lookup.supersededBy().ifPresent(id -> fields.add(new Field("Đã tra cứu lại", "bằng lượt tra cứu " + id
                + " (thông tin đã sửa)")));
        if (fields.isEmpty()) {
            fields.add(new Field("Xử lý", "Chưa có"));
        }
        return fields;
    }

    private static String action(LookupOverride.Action action) {
        return switch (action) {
            case RERUN -> "Tra cứu lại với thông tin đã sửa";
            case ACCEPT_PAPER_CARD -> "Chấp nhận theo thẻ BHYT giấy";
            case ACCEPT_VSSID -> "Chấp nhận theo ứng dụng VssID";
            case FEE_PAYING -> "Chuyển khám dịch vụ (tự chi trả)";
        };
    }

    private static String method(IdentificationMethod method) {
        return switch (method) {
            case CHIP -> "đọc chip CCCD";
            case QR -> "quét mã QR";
            case TYPED -> "nhập số";
        };
    }

    private String when(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        String offset = t.getOffset().getId();
        return t.format(WHEN) + " (UTC" + ("Z".equals(offset) ? "+00:00" : offset) + ")";
    }

    /** {@code 850 ms}, {@code 4,0 giây}. */
    static String seconds(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        return (millis / 1000) + "," + (millis % 1000) / 100 + " giây";
    }

    private static String orNone(String value) {
        return value.isBlank() ? "(không gửi)" : text(value);
    }

    /** NFC (precomposed letters, as the font has them), one line. */
    private static String text(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    }
}
