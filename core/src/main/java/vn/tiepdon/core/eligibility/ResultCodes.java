package vn.tiepdon.core.eligibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meaning of every BHXH gateway result code ({@code maKetQua}) at reception, and the messages
 * for lookups that got no result code at all. Pure functions, no I/O.
 *
 * <p>Codes follow the official list of Phụ lục 03 (CV 1923/BHXH-CNTT) plus {@code 500} (QLBV),
 * {@code 080}/{@code 090} (VNPT HIS) and {@code 003.1} (seen in one client). A code not in the
 * list is a {@link LookupClass#GATEWAY_ERROR} that keeps its raw text.
 */
public final class ResultCodes {

    private static final String WAIT = "Vui lòng chờ gọi số.";
    private static final String GO_TO_DESK = "Vui lòng đến quầy tiếp đón.";
    private static final String NOT_CHECKED = "Chưa kiểm tra được thẻ. " + GO_TO_DESK;
    private static final String CHECK_CARD_NUMBER = "kiểm tra lại số thẻ trên thẻ BHYT/VssID và tra cứu lại";
    private static final String RETRY_LATER = "tra cứu lại sau ít phút; nếu lỗi kéo dài, báo quản trị viên";

    private static final Pattern DOTTED_NUMBER = Pattern.compile("(\\d{1,3})(\\.\\d+)?");

    private static final Map<String, ResultCodeMeaning> TABLE = table();

    private ResultCodes() {
    }

    /**
     * The meaning of a gateway code. Leading/trailing blanks are ignored and short numeric codes are
     * padded ({@code "0"} is {@code 000}, {@code "3.1"} is {@code 003.1}); any other code is a
     * non-retryable {@link LookupClass#GATEWAY_ERROR} that keeps the raw code.
     */
    public static ResultCodeMeaning classify(String code) {
        String normalized = normalize(code == null ? "" : code);
        ResultCodeMeaning known = TABLE.get(normalized);
        if (known != null) {
            return known;
        }
        String shown = normalized.isEmpty() ? "(trống)" : normalized;
        return new ResultCodeMeaning(normalized, LookupClass.GATEWAY_ERROR, NOT_CHECKED,
                "Mã " + shown + ": cổng BHXH trả mã kết quả không có trong danh mục — tra cứu lại; "
                        + "nếu vẫn lặp lại, báo quản trị viên kèm mã này",
                false);
    }

    /**
     * The canonical form of a code: trimmed, the numeric part left-padded to 3 digits
     * ({@code "0"} → {@code "000"}, {@code "3.1"} → {@code "003.1"}). Other text is only trimmed.
     */
    public static String normalize(String code) {
        Objects.requireNonNull(code, "code");
        String trimmed = code.trim();
        Matcher m = DOTTED_NUMBER.matcher(trimmed);
        if (!m.matches()) {
            return trimmed;
        }
        String whole = "0".repeat(3 - m.group(1).length()) + m.group(1);
        return m.group(2) == null ? whole : whole + m.group(2);
    }

    /** Every code this table knows, in ascending order. */
    public static List<String> knownCodes() {
        return List.copyOf(TABLE.keySet());
    }

    /**
     * Kiosk text for a lookup that got no answer yet and is being retried in the background
     * ("lookup pending"): the patient goes to the desk, where the result arrives by itself.
     */
    public static final String PENDING_PATIENT_MESSAGE = "Đang chờ kết quả tra cứu thẻ BHYT. " + GO_TO_DESK;

    /** Appended to the desk text of a lookup that is being retried in the background. */
    public static final String PENDING_STAFF_NOTE = " · Đang tự động tra cứu lại, kết quả sẽ hiện tại quầy.";

    /** Kiosk text for a lookup that got no result code: the patient always goes to the desk. */
    public static String patientMessage(LookupOutcome.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        return NOT_CHECKED;
    }

    /**
     * Desk text for a lookup that got no result code: what happened and what to do.
     *
     * @param detail technical detail (no personal data), appended in brackets when not blank
     */
    public static String staffMessage(LookupOutcome.Reason reason, String detail) {
        Objects.requireNonNull(reason, "reason");
        String what = switch (reason) {
            case TIMEOUT -> "Cổng BHXH không trả lời trong thời gian chờ";
            case UNREACHABLE -> "Không kết nối được cổng BHXH";
            case BAD_RESPONSE -> "Cổng BHXH trả về dữ liệu không đọc được";
            case LOGIN_FAILED -> "Không đăng nhập được cổng BHXH";
            case NOT_SENT -> "Chưa gửi tra cứu đến cổng BHXH";
        };
        String todo = switch (reason) {
            case TIMEOUT -> "tra cứu lại; nếu cổng chậm kéo dài, tiếp đón theo thẻ giấy và tra cứu sau";
            case UNREACHABLE -> "kiểm tra kết nối Internet của máy chủ rồi tra cứu lại";
            case BAD_RESPONSE -> RETRY_LATER;
            case LOGIN_FAILED -> "quản trị viên kiểm tra tài khoản, mật khẩu cổng BHXH và IP đã đăng ký";
            case NOT_SENT -> "hệ thống tự tra cứu lại khi cổng BHXH hoạt động trở lại; nếu thiếu số thẻ/CCCD, "
                    + "nhập lại rồi tra cứu";
        };
        String shown = detail == null || detail.isBlank() ? "" : " (" + detail.trim() + ")";
        return what + shown + " — " + todo;
    }

    private static Map<String, ResultCodeMeaning> table() {
        Map<String, ResultCodeMeaning> t = new LinkedHashMap<>();
        String valid = "Thẻ BHYT hợp lệ. " + WAIT;
        String bringId = "Thẻ BHYT hợp lệ. Vui lòng mang thẻ BHYT và giấy tờ tùy thân đến quầy khi được gọi.";
        String expired = "Thẻ BHYT đã hết hạn. " + GO_TO_DESK;
        String notUsable = "Thẻ BHYT không còn sử dụng được. " + GO_TO_DESK;
        String mismatch = "Thông tin thẻ BHYT chưa khớp. " + GO_TO_DESK;

        put(t, "000", LookupClass.ELIGIBLE, valid, "thẻ còn giá trị sử dụng, thông tin chính xác — tiếp đón theo BHYT");
        put(t, "001", LookupClass.ELIGIBLE_WITH_WARNING, bringId,
                "thẻ do BHXH Bộ Quốc phòng quản lý — kiểm tra thẻ BHYT và giấy tờ tùy thân trước khi khám");
        put(t, "002", LookupClass.ELIGIBLE_WITH_WARNING, bringId,
                "thẻ do BHXH Bộ Công an quản lý — kiểm tra thẻ BHYT và giấy tờ tùy thân trước khi khám");
        put(t, "003", LookupClass.ELIGIBLE_WITH_WARNING, "Thẻ BHYT đã được đổi thẻ mới và hợp lệ. " + WAIT,
                "thẻ cũ hết giá trị nhưng đã được cấp thẻ mới — dùng mã thẻ mới, hạn thẻ mới và nơi ĐKKCB mới");
        put(t, "003.1", LookupClass.ELIGIBLE_WITH_WARNING, "Thẻ BHYT đã được gia hạn. " + WAIT,
                "thẻ đã được gia hạn — cập nhật hạn thẻ mới trước khi khám");
        put(t, "004", LookupClass.ELIGIBLE, valid,
                "thẻ cũ còn giá trị nhưng đã được cấp thẻ mới — cập nhật sang mã thẻ mới");
        put(t, "010", LookupClass.NOT_ELIGIBLE, expired,
                "thẻ hết giá trị sử dụng — hỏi người bệnh thẻ mới, nếu không có thì khám dịch vụ");
        put(t, "050", LookupClass.NOT_ELIGIBLE, "Không tìm thấy thông tin thẻ BHYT. " + GO_TO_DESK,
                "không có thông tin thẻ BHYT trên cổng BHXH — kiểm tra lại số thẻ hoặc tra cứu bằng số CCCD");
        put(t, "051", LookupClass.FIXABLE_DATA_ERROR, mismatch, "mã thẻ không đúng — " + CHECK_CARD_NUMBER);
        put(t, "052", LookupClass.FIXABLE_DATA_ERROR, mismatch,
                "sai mã tỉnh cấp thẻ (ký tự thứ 4–5 của mã thẻ) — " + CHECK_CARD_NUMBER);
        put(t, "053", LookupClass.FIXABLE_DATA_ERROR, mismatch,
                "sai mã quyền lợi (ký tự thứ 3 của mã thẻ) — " + CHECK_CARD_NUMBER);
        put(t, "054", LookupClass.SETUP_ERROR, NOT_CHECKED,
                "số CCCD của cán bộ tra cứu không có trong danh sách người sử dụng cơ sở đã đăng ký với BHXH — "
                        + "quản trị viên sửa TIEPDON_BHXH_STAFF_CCCD hoặc đăng ký cán bộ với BHXH");
        put(t, "055", LookupClass.SETUP_ERROR, NOT_CHECKED,
                "họ tên cán bộ tra cứu không khớp với số CCCD đã đăng ký — quản trị viên sửa TIEPDON_BHXH_STAFF_NAME");
        put(t, "060", LookupClass.FIXABLE_DATA_ERROR, mismatch,
                "sai họ tên so với dữ liệu BHXH — kiểm tra lại họ tên và tra cứu lại");
        put(t, "061", LookupClass.FIXABLE_DATA_ERROR, mismatch,
                "sai họ tên (đúng ký tự đầu) so với dữ liệu BHXH — kiểm tra lại dấu và chính tả họ tên rồi tra cứu lại");
        put(t, "070", LookupClass.FIXABLE_DATA_ERROR, mismatch,
                "sai ngày sinh so với dữ liệu BHXH — kiểm tra lại ngày sinh và tra cứu lại");
        put(t, "080", LookupClass.FIXABLE_DATA_ERROR, mismatch,
                "sai giới tính so với dữ liệu BHXH — kiểm tra lại giới tính và tra cứu lại");
        put(t, "090", LookupClass.FIXABLE_DATA_ERROR, mismatch,
                "sai nơi đăng ký KCB ban đầu — kiểm tra lại mã nơi ĐKKCB ban đầu trên thẻ và tra cứu lại");
        putRetryable(t, "100", "lỗi khi lấy dữ liệu sổ thẻ trên cổng BHXH — " + RETRY_LATER);
        putRetryable(t, "101", "lỗi máy chủ giám định BHXH — " + RETRY_LATER);
        put(t, "110", LookupClass.NOT_ELIGIBLE, notUsable,
                "thẻ đã bị thu hồi — không tiếp đón theo BHYT với thẻ này");
        put(t, "120", LookupClass.NOT_ELIGIBLE, notUsable, "thẻ đã báo giảm — không tiếp đón theo BHYT với thẻ này");
        put(t, "121", LookupClass.NOT_ELIGIBLE, notUsable,
                "thẻ đã báo giảm (giảm chuyển ngoại tỉnh) — hỏi người bệnh thẻ BHYT do tỉnh mới cấp");
        put(t, "122", LookupClass.NOT_ELIGIBLE, notUsable,
                "thẻ đã báo giảm (giảm chuyển nội tỉnh) — hỏi người bệnh thẻ BHYT do nơi mới cấp");
        put(t, "123", LookupClass.NOT_ELIGIBLE, notUsable,
                "thẻ đã báo giảm (thu hồi do tăng lại cùng đơn vị) — tra cứu lại bằng số CCCD để lấy thẻ hiện hành");
        put(t, "124", LookupClass.NOT_ELIGIBLE, notUsable,
                "thẻ đã báo giảm (ngừng tham gia) — người bệnh không còn tham gia BHYT, khám dịch vụ");
        put(t, "130", LookupClass.ELIGIBLE_WITH_WARNING,
                "Trẻ em được hưởng BHYT. Vui lòng mang giấy khai sinh đến quầy khi được gọi.",
                "trẻ em không xuất trình thẻ — kiểm tra giấy khai sinh hoặc giấy chứng sinh");
        put(t, "205", LookupClass.FIXABLE_DATA_ERROR, mismatch,
                "sai định dạng tham số gửi lên cổng BHXH — kiểm tra số thẻ/CCCD, họ tên, ngày sinh rồi tra cứu lại");
        put(t, "401", LookupClass.SETUP_ERROR, NOT_CHECKED,
                "cổng BHXH từ chối xác thực tài khoản kể cả sau khi đăng nhập lại — quản trị viên kiểm tra "
                        + "tài khoản, mật khẩu và IP đã đăng ký với BHXH");
        putRetryable(t, "500", "lỗi máy chủ cổng BHXH — " + RETRY_LATER);
        return Collections.unmodifiableMap(t);
    }

    private static void put(Map<String, ResultCodeMeaning> t, String code, LookupClass lookupClass,
                            String patient, String staff) {
        t.put(code, new ResultCodeMeaning(code, lookupClass, patient, "Mã " + code + ": " + staff, false));
    }

    private static void putRetryable(Map<String, ResultCodeMeaning> t, String code, String staff) {
        t.put(code, new ResultCodeMeaning(code, LookupClass.GATEWAY_ERROR, NOT_CHECKED, "Mã " + code + ": " + staff,
                true));
    }
}
