package vn.tiepdon.server.eligibility;

import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;

/**
 * The BHYT eligibility check as the check-in pipeline sees it. Implementations answer within
 * their time budget whatever the gateway does, and never throw for gateway trouble: a gateway
 * that is down, slow or confused gives a {@link LookupOutcome.NoAnswer}.
 */
public interface EligibilityService {
    LookupOutcome lookUp(LookupRequest request);
}
