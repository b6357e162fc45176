package vn.tiepdon.server;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.queue.ClinicDefinition;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.QueueRules;

/**
 * The hospital as configured: its code and name, its queues and counters, its time zone (the
 * service day turns at local midnight), the queue a check-in lands in when the kiosk does not
 * say, and what the kiosk lets patients choose (clinics, the fee-paying queue).
 */
public record HospitalSetup(String hospitalCode, String hospitalName, List<QueueDefinition> queues,
                            List<CounterDefinition> counters, ZoneId zone, String defaultQueueId, QueueRules rules,
                            CheckinOptions checkin) {

    /** Without clinics or a fee-paying queue. */
    public HospitalSetup(String hospitalCode, String hospitalName, List<QueueDefinition> queues,
                         List<CounterDefinition> counters, ZoneId zone, String defaultQueueId, QueueRules rules) {
        this(hospitalCode, hospitalName, queues, counters, zone, defaultQueueId, rules, CheckinOptions.none());
    }

    /** With the default queue rules. */
    public HospitalSetup(String hospitalCode, String hospitalName, List<QueueDefinition> queues,
                         List<CounterDefinition> counters, ZoneId zone, String defaultQueueId) {
        this(hospitalCode, hospitalName, queues, counters, zone, defaultQueueId, QueueRules.defaults());
    }

    public HospitalSetup {
        Objects.requireNonNull(hospitalCode);
        Objects.requireNonNull(hospitalName);
        queues = List.copyOf(queues);
        counters = List.copyOf(counters);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(defaultQueueId);
        Objects.requireNonNull(rules);
        Objects.requireNonNull(checkin);
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("at least one queue is needed");
        }
        if (queues.stream().map(QueueDefinition::id).distinct().count() != queues.size()) {
            throw new IllegalArgumentException("queue ids must be unique");
        }
        if (queues.stream().map(QueueDefinition::prefix).distinct().count() != queues.size()) {
            throw new IllegalArgumentException("queue prefixes must be unique");
        }
        if (counters.stream().map(CounterDefinition::id).distinct().count() != counters.size()) {
            throw new IllegalArgumentException("counter ids must be unique");
        }
        for (CounterDefinition c : counters) {
            for (String q : c.serves()) {
                if (queues.stream().noneMatch(d -> d.id().equals(q))) {
                    throw new IllegalArgumentException("counter " + c.id() + " serves unknown queue " + q);
                }
            }
        }
        final String dq = defaultQueueId;
        if (queues.stream().noneMatch(d -> d.id().equals(dq))) {
            throw new IllegalArgumentException("default queue " + defaultQueueId + " is not a configured queue");
        }
        for (ClinicDefinition clinic : checkin.clinics()) {
            if (queues.stream().noneMatch(d -> d.id().equals(clinic.queueId()))) {
                throw new IllegalArgumentException("clinic " + clinic.id() + " names unknown queue " + clinic.queueId());
            }
        }
        if (checkin.feePayingQueueId().isPresent()) {
            String fq = checkin.feePayingQueueId().get();
            if (queues.stream().noneMatch(d -> d.id().equals(fq))) {
                throw new IllegalArgumentException("fee-paying queue " + fq + " is not a configured queue");
            }
        }
    }

    /** This hospital with other check-in options (the demo turns kiosk registration on). */
    public HospitalSetup withCheckin(CheckinOptions options) {
        return new HospitalSetup(hospitalCode, hospitalName, queues, counters, zone, defaultQueueId, rules, options);
    }

    /** A configured clinic. */
    public Optional<ClinicDefinition> clinic(String id) {
        return checkin.clinic(id);
    }

    public Optional<QueueDefinition> queue(String id) {
        return queues.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The ids of the priority queues. */
    public java.util.Set<String> priorityQueueIds() {
        return queues.stream().filter(QueueDefinition::priority).map(QueueDefinition::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The first priority queue, where check-ins go by age. */
    public Optional<QueueDefinition> priorityQueue() {
        return queues.stream().filter(QueueDefinition::priority).findFirst();
    }

    public Optional<CounterDefinition> counter(String id) {
        return counters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public SetupView toView() {
        return new SetupView(hospitalCode, hospitalName, queues, counters, checkin.clinics(),
                checkin.kioskRegistration(), checkin.feePayingQueueId());
    }
}
