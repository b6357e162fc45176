package vn.tiepdon.server.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.LookupTexts;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.eligibility.ResultCodeMeaning;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.server.eligibility.VisitHistoryResult;
import vn.tiepdon.server.eligibility.VisitHistorySource;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStore;

/**
 * The patient's BHYT visit history for the desk: the gateway's {@code Lskcb2025} asked with a
 * lookup's card (or CCCD) number, name and birth date as stored, within the history budget. Only
 * receptionists ask it, never the kiosk's check-in. Gateway trouble is an answer (a code, or no
 * answer and why), never an error; each request is one log line (lookup, masked number, code,
 * visits, time), not a row of the lookup log.
 */
public final class VisitHistoryService {
    private static final Logger LOG = LoggerFactory.getLogger(VisitHistoryService.class);
    private static final LookupTexts VIETNAMESE = LookupTexts.vietnamese();
    private final LookupStore lookups;
    private final VisitHistorySource source;
    private final Duration budget;
    private final Clock clock;

    public VisitHistoryService(LookupStore lookups, VisitHistorySource source, Duration budget, Clock clock) {
        this.lookups = Objects.requireNonNull(lookups);
        this.source = Objects.requireNonNull(source);
        this.budget = Objects.requireNonNull(budget);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The visit history of the patient of lookup {@code lookupId}.
     *
     * @throws ApiProblem {@code UNKNOWN_LOOKUP} when there is no such lookup
     */
    public VisitHistoryView history(long lookupId) {
        LookupRecord lookup = lookups.find(lookupId)
                .orElseThrow(() -> new ApiProblem(ErrorCode.UNKNOWN_LOOKUP, "no lookup " + lookupId));
        Instant asked = clock.instant();
        LookupRequest request = request(lookup);
        VisitHistoryResult result;
        if (request.cardKey().isEmpty()) {
            result = new VisitHistoryResult.Failed(LookupOutcome.Reason.NOT_SENT, "no card or CCCD number", false);
        } else {
            try {
                result = source.history(request, asked.plus(budget));
            } catch (RuntimeException e) {
                LOG.warn("Visit history lookup={} failed unexpectedly: {}", lookupId, e.getClass().getSimpleName());
                result = new VisitHistoryResult.Failed(LookupOutcome.Reason.BAD_RESPONSE, e.getClass().getSimpleName(),
                        false);
            }
        }
        long millis = Math.max(0, Duration.between(asked, clock.instant()).toMillis());
        VisitHistoryView view = view(lookupId, asked, result, millis);
        LOG.info("Visit history lookup={} key={} -> {} visits={} millis={}", lookupId,
                Masking.number(request.cardKey()),
                view.code().orElse(view.outcome().wire()), view.visits().size(), millis);
        return view;
    }

    /** What the gateway is asked: the lookup's number, name and birth date as stored. */
    private static LookupRequest request(LookupRecord lookup) {
        Optional<PartialDate> dob;
        try {
            dob = lookup.dateOfBirth().map(PartialDate::parseIso);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            dob = Optional.empty();
        }
        return new LookupRequest(OtherFacilityChecks.key(lookup.cardKey()),
                lookup.fullName().map(String::trim).filter(n -> !n.isEmpty()), dob);
    }

    static VisitHistoryView view(long lookupId, Instant asked, VisitHistoryResult result, long millis) {
        if (result instanceof VisitHistoryResult.Answered a) {
            ResultCodeMeaning meaning = ResultCodes.classify(a.code());
            boolean given = meaning.lookupClass().isSuccess();
            return new VisitHistoryView(lookupId, asked, OutcomeKind.ANSWERED, Optional.of(meaning.code()),
                    meaning.lookupClass(), given ? VIETNAMESE.historyVisits(a.visits().size()) : meaning.staffMessage(),
                    millis, given ? a.visits() : List.of());
        }
        VisitHistoryResult.Failed f = (VisitHistoryResult.Failed) result;
        return new VisitHistoryView(lookupId, asked, OutcomeKind.noAnswer(f.reason()), Optional.empty(),
                LookupClass.GATEWAY_ERROR, ResultCodes.staffMessage(f.reason(), f.detail()), millis, List.of());
    }
}
