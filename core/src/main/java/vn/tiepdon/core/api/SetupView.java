package vn.tiepdon.core.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.queue.ClinicDefinition;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;

/**
 * {@code GET /api/v1/setup}: what kiosks, desks and displays need to draw themselves.
 * {@code clinics}: the specialties a patient may register for; the kiosk shows its clinic screen
 * only when {@code kioskRegistration} is on. {@code feePayingQueueId}: the queue of fee-paying
 * (khám dịch vụ) patients, when the hospital has one; without it the kiosk offers no fee-paying
 * choice.
 */
public record SetupView(String hospitalCode, String hospitalName, List<QueueDefinition> queues,
                        List<CounterDefinition> counters, List<ClinicDefinition> clinics, boolean kioskRegistration,
                        Optional<String> feePayingQueueId) {
    public SetupView {
        Objects.requireNonNull(hospitalCode);
        Objects.requireNonNull(hospitalName);
        queues = List.copyOf(queues);
        counters = List.copyOf(counters);
        clinics = clinics == null ? List.of() : List.copyOf(clinics);
        feePayingQueueId = feePayingQueueId == null ? Optional.empty() : feePayingQueueId;
    }

    /** A hospital without kiosk registration or a fee-paying queue. */
    public SetupView(String hospitalCode, String hospitalName, List<QueueDefinition> queues,
                     List<CounterDefinition> counters) {
        this(hospitalCode, hospitalName, queues, counters, List.of(), false, Optional.empty());
    }
}
