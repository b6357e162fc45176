package vn.tiepdon.core.identity;

/**
 * Why a chip read failed, with the kiosk's Vietnamese message for the patient and an English
 * description for logs. Names are part of the {@code read-card} error line.
 */
public enum ChipFailure {
    READER_UNAVAILABLE("Đầu đọc thẻ chưa sẵn sàng. Vui lòng quét mã QR trên thẻ hoặc nhập số CCCD.",
            "no card reader matches the configured name, or the reader was unplugged"),
    NO_CARD("Vui lòng đặt thẻ CCCD gắn chip lên đầu đọc.", "no card on the reader"),
    CARD_REMOVED("Vui lòng giữ thẻ trên đầu đọc cho đến khi đọc xong, rồi thử lại.",
            "the card left the reader during the read"),
    NO_KEY("Vui lòng quét mã QR trên mặt trước thẻ, hoặc nhập số CCCD và ngày sinh, để mở chip.",
            "no access key: the chip needs the ID, the birth date and the issue or expiry date"),
    WRONG_KEY("Không mở được chip bằng thông tin đã nhập. Vui lòng kiểm tra ngày sinh, ngày cấp, "
            + "hoặc quét mã QR trên mặt trước thẻ.", "the chip refused every access key tried"),
    UNSUPPORTED_CARD("Thẻ này không phải thẻ CCCD gắn chip. Vui lòng dùng thẻ CCCD hoặc quét mã QR.",
            "the card has no eMRTD application"),
    MALFORMED_DATA("Không đọc được dữ liệu trong chip. Vui lòng đến quầy tiếp đón để được hỗ trợ.",
            "a file on the chip is truncated or malformed");

    private final String patientMessage;
    private final String description;

    ChipFailure(String patientMessage, String description) {
        this.patientMessage = patientMessage;
        this.description = description;
    }

    /** Vietnamese, for the kiosk screen. */
    public String patientMessage() {
        return patientMessage;
    }

    /** English, for logs. */
    public String description() {
        return description;
    }
}
