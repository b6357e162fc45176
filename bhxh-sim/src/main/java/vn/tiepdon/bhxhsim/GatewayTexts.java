package vn.tiepdon.bhxhsim;

import java.util.Map;

/** The gateway's own wording of each result code (Phụ lục 03 §4), used in {@code ghiChu}. */
final class GatewayTexts {

    /**
     * {@code ghiChu} of the restricted-account reply (HTTP 500, {@code maKetQua} 500), as the
     * co-payment endpoint is reported to answer (bhxh-gateway-2026.md).
     */
    static final String RESTRICTED = "Có lỗi xảy ra trong quá trình tra cứu!";
    /** {@code ghiChu} of a gateway system error (HTTP 500, {@code maKetQua} 500): not a restriction. */
    static final String SYSTEM_ERROR = "Có lỗi hệ thống!";

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("000", "Thẻ còn giá trị sử dụng."),
            Map.entry("001", "Thẻ do BHXH Bộ Quốc phòng quản lý, đề nghị kiểm tra thẻ BHYT và thông tin giấy tờ tùy thân."),
            Map.entry("002", "Thẻ do BHXH Bộ Công an quản lý, đề nghị kiểm tra thẻ BHYT và giấy tờ tùy thân."),
            Map.entry("003", "Thẻ cũ hết giá trị sử dụng nhưng đã được cấp thẻ mới."),
            Map.entry("004", "Thẻ cũ còn giá trị sử dụng nhưng đã được cấp thẻ mới."),
            Map.entry("010", "Thẻ hết giá trị sử dụng."),
            Map.entry("050", "Không có thông tin thẻ BHYT."),
            Map.entry("051", "Mã thẻ không đúng."),
            Map.entry("052", "Mã tỉnh cấp thẻ (ký tự thứ 4,5 của mã thẻ) không đúng."),
            Map.entry("053", "Mã quyền lợi thẻ (ký tự thứ 3 của mã thẻ) không đúng."),
            Map.entry("054", "Số CCCD của cán bộ tra cứu không tồn tại trong danh sách người sử dụng do CSKCB đăng ký."),
            Map.entry("055", "Họ tên cán bộ tra cứu không khớp với số CCCD."),
            Map.entry("060", "Thẻ sai họ tên."),
            Map.entry("061", "Thẻ sai họ tên (đúng ký tự đầu)."),
            Map.entry("070", "Thẻ sai ngày sinh."),
            Map.entry("100", "Lỗi khi lấy dữ liệu sổ thẻ."),
            Map.entry("101", "Lỗi server."),
            Map.entry("110", "Thẻ đã thu hồi."),
            Map.entry("120", "Thẻ đã báo giảm."),
            Map.entry("121", "Thẻ đã báo giảm. Giảm chuyển ngoại tỉnh."),
            Map.entry("122", "Thẻ đã báo giảm. Giảm chuyển nội tỉnh."),
            Map.entry("123", "Thẻ đã báo giảm. Thu hồi do tăng lại cùng đơn vị."),
            Map.entry("124", "Thẻ đã báo giảm. Ngừng tham gia."),
            Map.entry("130", "Trẻ em không xuất trình thẻ."),
            Map.entry("205", "Lỗi sai định dạng tham số."),
            Map.entry("401", "Lỗi xác thực tài khoản."),
            Map.entry("500", "Lỗi máy chủ."));

    private GatewayTexts() {
    }

    static String of(String code) {
        return TEXTS.getOrDefault(code, "");
    }
}
