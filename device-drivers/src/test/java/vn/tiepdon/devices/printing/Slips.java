package vn.tiepdon.devices.printing;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.List;
import vn.tiepdon.core.printing.TicketSlip;

/** Ticket slips and image measurements shared by the printing tests. */
final class Slips {

    private Slips() {
    }

    static TicketSlip slip(String ticketNumber) {
        return new TicketSlip("BỆNH VIỆN ĐA KHOA TỈNH QUẢNG NGÃI", ticketNumber, "Khám Bảo hiểm y tế",
                "Mời quý khách ngồi chờ, nghe gọi số tại Quầy tiếp đón",
                List.of("Đối tượng: BHYT – thẻ còn hạn", "Chuyên khoa: Nội tổng hợp"),
                LocalDateTime.of(2025, 3, 12, 8, 5), "TD|T=123|N=" + ticketNumber);
    }

    static TicketSlip slip() {
        return slip("A001");
    }

    static int inkDots(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isInk(image, x, y)) {
                    ink++;
                }
            }
        }
        return ink;
    }

    static double inkShare(BufferedImage image) {
        return inkDots(image) / (double) (image.getWidth() * image.getHeight());
    }

    static boolean isInk(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0;
    }

    /** {minX, minY, maxX, maxY} of the inked dots; all -1 for a blank image. */
    static int[] inkBounds(BufferedImage image) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isInk(image, x, y)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? new int[] {-1, -1, -1, -1} : new int[] {minX, minY, maxX, maxY};
    }
}
