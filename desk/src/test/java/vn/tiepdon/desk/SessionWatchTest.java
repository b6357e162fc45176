package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/** A 401 mid-day sends the desk back to the login screen, once; other failures do not. */
class SessionWatchTest {
    final AtomicInteger ended = new AtomicInteger();

    /** A server whose every call fails with {@code failure}, or answers when there is none. */
    private static final class Failing implements ReceptionApi {
        RuntimeException failure;

        private <T> T answer(T value) {
            if (failure != null) {
                throw failure;
            }
            return value;
        }

        @Override
        public SetupView setup() {
            return answer(FakeSignIn.SETUP);
        }

        @Override
        public CheckinResponse checkIn(CheckinRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TicketView> tickets(Optional<TicketStatus> status) {
            return answer(List.of());
        }

        @Override
        public Optional<TicketView> counter(CounterVerb verb, String counterId) {
            return answer(Optional.empty());
        }

        @Override
        public void uploadPortrait(long ticketId, Portrait portrait) {
            answer(null);
        }

        @Override
        public Optional<Portrait> portrait(long ticketId) {
            return answer(Optional.empty());
        }

        @Override
        public TicketView override(long lookupId, vn.tiepdon.core.api.LookupOverride request) {
            return answer(null);
        }

        @Override
        public List<vn.tiepdon.core.api.AuditEntry> lookupAudit(long lookupId) {
            return answer(List.of());
        }

        @Override
        public vn.tiepdon.core.api.VisitHistoryView visitHistory(long lookupId) {
            return answer(null);
        }

        @Override
        public EventSubscription subscribe(long afterEventId, Consumer<ReceptionEvent> listener) {
            return answer(null);
        }

        @Override
        public EventSubscription subscribeHall(long afterEventId, Consumer<HallEvent> listener) {
            return answer(null);
        }

        @Override
        public Optional<CounterView> counterState(CounterVerb verb, String counterId) {
            return answer(null);
        }

        @Override
        public TicketView call(String counterId, String number) {
            return answer(null);
        }

        @Override
        public Optional<TicketView> transfer(long ticketId, TransferRequest request) {
            return answer(null);
        }

        @Override
        public TicketView returnToQueue(long ticketId, ReturnRequest.Position position) {
            return answer(null);
        }

        @Override
        public TicketView restore(long ticketId) {
            return answer(null);
        }

        @Override
        public TicketView chooseFeePaying(long ticketId) {
            return answer(null);
        }

        @Override
        public List<CounterView> counters() {
            return answer(null);
        }
    }

    final Failing api = new Failing();
    final SessionWatch watch = new SessionWatch(api, ended::incrementAndGet);

    @Test
    void callsGoThroughWhileTheSessionLasts() {
        assertThat(watch.tickets(Optional.empty())).isEmpty();
        assertThat(watch.counter(CounterVerb.NEXT, "1")).isEmpty();
        assertThat(ended).hasValue(0);
        assertThat(watch.ended()).isFalse();
    }

    @Test
    void theFirst401EndsTheSessionOnceAndIsStillThrown() {
        api.failure = FakeSignIn.error(401, ErrorCode.UNAUTHENTICATED, Optional.empty());

        assertThatThrownBy(() -> watch.counter(CounterVerb.NEXT, "1")).isSameAs(api.failure);
        assertThatThrownBy(() -> watch.tickets(Optional.of(TicketStatus.WAITING))).isSameAs(api.failure);
        assertThatThrownBy(() -> watch.portrait(7)).isSameAs(api.failure);
        assertThatThrownBy(() -> watch.override(3, new vn.tiepdon.core.api.LookupOverride(
                vn.tiepdon.core.api.LookupOverride.Action.FEE_PAYING, "tự trả", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).isSameAs(api.failure);
        assertThatThrownBy(() -> watch.lookupAudit(3)).isSameAs(api.failure);
        assertThatThrownBy(() -> watch.visitHistory(3)).isSameAs(api.failure);

        assertThat(ended).hasValue(1);
        assertThat(watch.ended()).isTrue();
    }

    @Test
    void forbiddenOrUnreachableDoNotEndTheSession() {
        api.failure = FakeSignIn.error(403, ErrorCode.FORBIDDEN, Optional.empty());
        assertThatThrownBy(() -> watch.counter(CounterVerb.NEXT, "1")).isInstanceOf(ApiException.class);
        api.failure = FakeSignIn.unreachable();
        assertThatThrownBy(() -> watch.tickets(Optional.empty())).isInstanceOf(ApiException.class);
        api.failure = new IllegalStateException("bug");
        assertThatThrownBy(() -> watch.setup()).isInstanceOf(IllegalStateException.class);

        assertThat(ended).hasValue(0);
    }

    @Test
    void forwardsEveryCallOfTheApiNotOnlyTheOnesItWasWrittenFor() {
        // a call the watch does not override would reach ReceptionApi's default (not offered) instead of
        // the server: the desk's proof button once did
        for (java.lang.reflect.Method m : ReceptionApi.class.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            try {
                assertThat(SessionWatch.class.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass())
                        .as(m.getName()).isEqualTo(SessionWatch.class);
            } catch (NoSuchMethodException e) {
                throw new AssertionError(m.getName(), e);
            }
        }
    }
}
