package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.printing.TicketSlip;

class SlipFactoryTest {
    private final SlipFactory factory = new SlipFactory("Bệnh viện Đa khoa Demo", Samples.HANOI);

    @Test
    void slipCarriesNumberQueueInstructionAndLocalIssueTime() {
        TicketSlip slip = factory.slipFor(Samples.response(42, "A001", LookupClass.ELIGIBLE));

        assertThat(slip.hospitalName()).isEqualTo("Bệnh viện Đa khoa Demo");
        assertThat(slip.ticketNumber()).isEqualTo("A001");
        assertThat(slip.queueName()).isEqualTo("Khám BHYT");
        assertThat(slip.instruction()).isEqualTo("Thẻ BHYT hợp lệ. Vui lòng chờ gọi số. Số của bạn: A001.");
        assertThat(slip.issuedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 30));
        // the lookup's text is in the instruction already: not printed twice
        assertThat(slip.details()).containsExactly("Tra cứu BHYT: thẻ hợp lệ");
    }

    @Test
    void qrPayloadIsTicketIdAndNumberOnly() {
        TicketSlip slip = factory.slipFor(Samples.response(42, "A001", LookupClass.ELIGIBLE));

        assertThat(slip.qrPayload()).isEqualTo("TD|42|A001");
    }

    @Test
    void slipHoldsNoPersonalData() {
        TicketSlip slip = factory.slipFor(Samples.response(42, "A001", LookupClass.FIXABLE_DATA_ERROR));

        assertThat(slip.toString()).doesNotContain("Nguyễn", "0790", "079012345678");
        assertThat(slip.details()).first().isEqualTo("Tra cứu BHYT: cần kiểm tra thông tin tại quầy");
    }
}
