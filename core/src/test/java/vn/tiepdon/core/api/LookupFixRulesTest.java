package vn.tiepdon.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.IdentityCheck;
import vn.tiepdon.core.queue.TicketStatus;

/** Which lookups a receptionist may fix ({@link LookupView#fixable}), the rule server and desk share. */
class LookupFixRulesTest {
    private static final Instant AT = Instant.parse("2026-11-22T01:00:00Z");

    private static LookupView lookup(LookupClass cls, boolean pending, Optional<LookupOverride.Action> action,
                                     Optional<Long> rerunOf, Optional<Long> supersededBy) {
        return new LookupView(1, AT, "kiosk-1", IdentificationMethod.QR, DocumentKind.CCCD_QR, "0790*****234",
                cls.isSuccess() ? OutcomeKind.ANSWERED : OutcomeKind.NO_ANSWER_TIMEOUT,
                Optional.empty(), cls, "p", "s", 10, 1, pending,
                action.map(a -> new LookupView.StaffOverride(a, "user:lan", AT, "lý do", Optional.empty())),
                rerunOf, supersededBy);
    }

    private static LookupView plain(LookupClass cls) {
        return lookup(cls, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aFailedOrPendingLookupIsFixableAndASuccessfulOneIsNot() {
        for (LookupClass cls : LookupClass.values()) {
            assertThat(plain(cls).fixable(false)).as(cls.name()).isEqualTo(!cls.isSuccess());
        }
        assertThat(lookup(LookupClass.ELIGIBLE, true, Optional.empty(), Optional.empty(), Optional.empty())
                .fixable(false)).as("pending, whatever the class").isTrue();
    }

    @Test
    void aSuccessfulLookupOfATicketWhoseChipFailedIsFixableUntilSomebodyFixedIt() {
        assertThat(plain(LookupClass.ELIGIBLE).fixable(true)).isTrue();
        assertThat(lookup(LookupClass.ELIGIBLE, false, Optional.of(LookupOverride.Action.RERUN), Optional.of(7L),
                Optional.empty()).fixable(true)).as("a re-run that succeeded").isFalse();
        assertThat(lookup(LookupClass.ELIGIBLE, false, Optional.of(LookupOverride.Action.ACCEPT_PAPER_CARD),
                Optional.empty(), Optional.empty()).fixable(true)).isFalse();
    }

    @Test
    void aSettledOrReplacedLookupIsNotFixableButAFailedRerunIs() {
        for (LookupOverride.Action settled : new LookupOverride.Action[] {LookupOverride.Action.ACCEPT_PAPER_CARD,
                LookupOverride.Action.ACCEPT_VSSID, LookupOverride.Action.FEE_PAYING}) {
            assertThat(lookup(LookupClass.NOT_ELIGIBLE, false, Optional.of(settled), Optional.empty(),
                    Optional.empty()).fixable(false)).as(settled.name()).isFalse();
        }
        assertThat(lookup(LookupClass.NOT_ELIGIBLE, false, Optional.of(LookupOverride.Action.RERUN), Optional.empty(),
                Optional.of(9L)).fixable(false)).as("replaced by a re-run").isFalse();
        assertThat(lookup(LookupClass.NOT_ELIGIBLE, false, Optional.of(LookupOverride.Action.RERUN), Optional.of(7L),
                Optional.empty()).fixable(false)).as("a re-run that failed again").isTrue();
    }

    @Test
    void aTicketSaysWhetherItsLookupIsFixable() {
        TicketView noLookup = new TicketView(1, "A001", "bhyt", "Khám BHYT", TicketStatus.WAITING, AT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(noLookup.lookupFixable()).isFalse();
        TicketView tampered = new TicketView(1, "A001", "bhyt", "Khám BHYT", TicketStatus.WAITING, AT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(plain(LookupClass.ELIGIBLE)), Optional.of(IdentityCheck.CHIP_HASH_MISMATCH));
        assertThat(tampered.lookupFixable()).isTrue();
    }
}
