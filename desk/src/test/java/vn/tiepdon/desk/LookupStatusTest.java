package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentityCheck;

class LookupStatusTest {
    final DeskMessages m = DeskMessages.vietnamese();

    @Test
    void flagsATamperedChipAsFailedEvenWhenTheCardIsEligible() {
        TicketView t = withCheck(Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE),
                IdentityCheck.CHIP_HASH_MISMATCH);
        LookupStatus status = LookupStatus.of(t, m);
        assertThat(status.category()).isEqualTo(LookupCategory.FAILED);
        assertThat(status.label()).isEqualTo("Chip CCCD không toàn vẹn");
        assertThat(status.staffMessage()).contains("CHIP_HASH_MISMATCH").contains("kiểm tra thẻ CCCD");
        assertThat(DeskTicket.of(t, m).needsAttention()).isTrue();
    }

    @Test
    void showsAVerifiedChipByItsLookupAlone() {
        TicketView t = withCheck(Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE),
                IdentityCheck.CHIP_VALID);
        assertThat(LookupStatus.of(t, m).category()).isEqualTo(LookupCategory.OK);
    }

    private static TicketView withCheck(TicketView t, IdentityCheck check) {
        return new TicketView(t.id(), t.number(), t.queueId(), t.queueName(), t.status(), t.issuedAt(), t.calledAt(),
                t.counterId(), t.counterName(), t.patientName(), t.lookup(), Optional.of(check));
    }
}
