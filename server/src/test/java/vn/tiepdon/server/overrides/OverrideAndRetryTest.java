package vn.tiepdon.server.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.server.overrides.OverrideFixture.CARD;
import static vn.tiepdon.server.overrides.OverrideFixture.accept;
import static vn.tiepdon.server.overrides.OverrideFixture.eligible;
import static vn.tiepdon.server.overrides.OverrideFixture.lookupId;
import static vn.tiepdon.server.overrides.OverrideFixture.timeout;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.server.lookups.LookupStore;

/**
 * A background retry in flight while a receptionist accepts the lookup: the receptionist's
 * decision stands; the retry's request is logged, its answer does not replace the outcome, and no
 * {@code lookup.completed} follows the {@code lookup.overridden}.
 */
class OverrideAndRetryTest {

    @Test
    void anAcceptanceMadeWhileABackgroundRetryIsAtTheGatewayStands() throws Exception {
        try (OverrideFixture f = new OverrideFixture()) {
            f.answer(timeout());
            long id = lookupId(f.checkInQr());
            long before = f.lastEventId();
            CountDownLatch atGateway = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            f.gateway.set(request -> {
                atGateway.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return eligible();
            });
            f.clock.advance(Duration.ofSeconds(10));
            Thread retry = new Thread(() -> f.server.server().pendingLookups().retryDue());
            retry.start();
            assertThat(atGateway.await(10, TimeUnit.SECONDS)).as("a background retry reached the gateway").isTrue();

            f.desk.override(id, accept(LookupOverride.Action.ACCEPT_PAPER_CARD, "Thẻ giấy còn hạn", CARD));
            release.countDown();
            LookupStore store = new LookupStore(f.server.server().database());
            Instant deadline = Instant.now().plusSeconds(10);
            while (store.attempts(id).size() < 2 && Instant.now().isBefore(deadline)) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
            retry.join(10_000);

            assertThat(store.attempts(id)).as("the retry's request is in the log").hasSize(2);
            LookupView now = f.lookup(id);
            assertThat(now.lookupClass()).as("the receptionist's decision stands").isEqualTo(LookupClass.GATEWAY_ERROR);
            assertThat(now.pending()).isFalse();
            assertThat(now.attempts()).isEqualTo(2);
            assertThat(now.override()).map(LookupView.StaffOverride::action)
                    .contains(LookupOverride.Action.ACCEPT_PAPER_CARD);
            assertThat(f.server.server().events().after(before, 10)).extracting(ReceptionEvent::type)
                    .containsExactly(EventType.LOOKUP_OVERRIDDEN);
        }
    }
}
