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
        // the lookup's text is in the instruction already: its label is not printed as a second sentence
        assertThat(slip.details()).isEmpty();
    }

    @Test
    void qrPayloadIsTicketIdAndNumberOnly() {
        TicketSlip slip = factory.slipFor(Samples.response(42, "A001", LookupClass.ELIGIBLE));

        assertThat(slip.qrPayload()).isEqualTo("TIEPDON:TICKET:2026-11-23:A001");
    }

    @Test
    void everyLookupIsSaidOnceOnTheSlip() {
        for (LookupClass c : LookupClass.values()) {
            TicketSlip slip = factory.slipFor(Samples.response(42, "A001", c));
            String all = slip.instruction() + "\n" + String.join("\n", slip.details());
            assertThat(all).as(c.name()).doesNotContain("Tra cứu BHYT");
            assertThat(all.split("Vui lòng", -1)).as(c.name()).hasSizeLessThanOrEqualTo(2);
        }
    }

    @Test
    void printsPeopleAheadAndExpectedWaitWhenKnown() {
        TicketSlip slip = factory.slipFor(Samples.response(42, "A001", LookupClass.ELIGIBLE), false,
                new WaitOutlook(java.util.OptionalInt.of(7), java.util.Optional.of(java.time.Duration.ofSeconds(1250))));

        assertThat(slip.details()).containsExactly("Số người đang chờ trước bạn: 7",
                "Thời gian chờ dự kiến: khoảng 21 phút");
    }

    @Test
    void slipHoldsNoPersonalData() {
        TicketSlip slip = factory.slipFor(Samples.response(42, "A001", LookupClass.FIXABLE_DATA_ERROR));

        assertThat(slip.toString()).doesNotContain("Nguyễn", "0790", "079012345678");
        assertThat(slip.instruction()).startsWith("Thông tin thẻ BHYT chưa khớp.");
    }
}
