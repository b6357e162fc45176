package vn.tiepdon.server.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.identity.Sex;
import vn.tiepdon.core.stats.CheckinMethod;

/**
 * One row of the report for BHXH: one check-in whose lookup failed (see
 * {@link vn.tiepdon.core.stats.LookupCategory#FAILED}), with what was sent to the gateway, what it
 * answered, and what the receptionist did about it. Personal data, for admins only.
 *
 * @param code           the gateway's {@code maKetQua}, or when it gave none the reason ({@code TIMEOUT}…)
 * @param meaning        what {@code code} means, in Vietnamese
 * @param gatewayMessage the gateway's own message in its last reply, or that it did not answer and after how long
 * @param override       what a receptionist did (Vietnamese), with the re-run's outcome
 * @param notes          the receptionist's reasons
 * @param sentOn         the date it was marked sent to BHXH
 */
public record FailedLookupRow(long lookupId, Instant at, String kioskId, CheckinMethod method,
                              Optional<String> cccdNumber, Optional<String> bhytNumber, Optional<String> fullName,
                              Optional<String> birthDate, Optional<Sex> sex, Optional<String> sentCardKey,
                              Optional<String> sentName, Optional<String> sentBirthDate, String code,
                              String meaning, Optional<String> gatewayMessage, Optional<String> override,
                              Optional<String> overrideBy, Optional<Instant> overrideAt, Optional<String> notes,
                              Optional<LocalDate> sentOn) {
    public FailedLookupRow {
        Objects.requireNonNull(at);
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(method);
        Objects.requireNonNull(cccdNumber);
        Objects.requireNonNull(bhytNumber);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(birthDate);
        Objects.requireNonNull(sex);
        Objects.requireNonNull(sentCardKey);
        Objects.requireNonNull(sentName);
        Objects.requireNonNull(sentBirthDate);
        Objects.requireNonNull(code);
        Objects.requireNonNull(meaning);
        Objects.requireNonNull(gatewayMessage);
        Objects.requireNonNull(override);
        Objects.requireNonNull(overrideBy);
        Objects.requireNonNull(overrideAt);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(sentOn);
    }

    @Override
    public String toString() {
        return "FailedLookupRow[lookup " + lookupId + ", code " + code + "]";
    }
}
