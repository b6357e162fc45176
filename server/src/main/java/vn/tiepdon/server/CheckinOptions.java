package vn.tiepdon.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.queue.ClinicDefinition;

/**
 * What the kiosk lets a patient choose: the {@code clinics} a check-in may name (the kiosk shows
 * its clinic screen only when {@code kioskRegistration} is on), the queue of fee-paying patients
 * ({@code feePayingQueueId}, empty: no fee-paying choice at the kiosk), and how long after issuing
 * a ticket its kiosk may still move it to that queue ({@code kioskChoiceWindow}).
 */
public record CheckinOptions(List<ClinicDefinition> clinics, boolean kioskRegistration,
                             Optional<String> feePayingQueueId, Duration kioskChoiceWindow) {
    /** The default time a kiosk has to move its own ticket after a failed lookup. */
    public static final Duration DEFAULT_CHOICE_WINDOW = Duration.ofMinutes(2);

    public CheckinOptions {
        clinics = List.copyOf(clinics);
        Objects.requireNonNull(feePayingQueueId);
        Objects.requireNonNull(kioskChoiceWindow);
        if (kioskChoiceWindow.isNegative() || kioskChoiceWindow.isZero()) {
            throw new IllegalArgumentException("the kiosk's choice window must be more than 0");
        }
        if (clinics.stream().map(ClinicDefinition::id).distinct().count() != clinics.size()) {
            throw new IllegalArgumentException("clinic ids must be unique");
        }
        if (kioskRegistration && clinics.isEmpty()) {
            throw new IllegalArgumentException("kiosk registration needs at least one clinic");
        }
    }

    /** No clinics, no kiosk registration, no fee-paying queue. */
    public static CheckinOptions none() {
        return new CheckinOptions(List.of(), false, Optional.empty(), DEFAULT_CHOICE_WINDOW);
    }

    public Optional<ClinicDefinition> clinic(String id) {
        return clinics.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
