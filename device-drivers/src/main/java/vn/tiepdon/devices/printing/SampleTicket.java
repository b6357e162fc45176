package vn.tiepdon.devices.printing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.printing.TicketSlip;

/** A made-up ticket for trying a printer: full Vietnamese, a room, the wait, a ticket QR. No real person. */
public final class SampleTicket {

    private SampleTicket() {
    }

    public static TicketSlip at(LocalDateTime now) {
        return new TicketSlip("BỆNH VIỆN ĐA KHOA — PHIẾU IN THỬ", "A001", "Khám Bảo hiểm y tế",
                "Thẻ BHYT hợp lệ. Vui lòng chờ gọi số. Số của bạn: A001.",
                List.of("Số người đang chờ trước bạn: 3", "Thời gian chờ dự kiến: khoảng 12 phút"),
                now, vn.tiepdon.core.identity.TicketQr.text(now.toLocalDate(), "A001"), Optional.of("Nội tổng quát"),
                Optional.of("Khám tại: Phòng 101 – Tầng 1"));
    }
}
