package vn.tiepdon.server.proof;

import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.stats.FailedLookupProof;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStore;

/**
 * The proof of a failed lookup (QĐ 2555/QĐ-BYT) from the lookup log: the lookup and every request
 * sent for it, as one PDF page. Only for a lookup that failed or is still pending
 * ({@link FailedLookupProof#available}); each proof made is one log line (lookup id and who asked, no
 * personal data).
 */
public final class LookupProofs {
    private static final Logger log = LoggerFactory.getLogger(LookupProofs.class);

    private final LookupStore lookups;
    private final ProofContent content;
    private final ProofPdf pdf;
    private final Clock clock;

    public LookupProofs(LookupStore lookups, ProofContent content, ProofPdf pdf, Clock clock) {
        this.lookups = Objects.requireNonNull(lookups);
        this.content = Objects.requireNonNull(content);
        this.pdf = Objects.requireNonNull(pdf);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The PDF of lookup {@code lookupId}, made for {@code actor} ({@code user:lan}).
     *
     * @throws ApiProblem {@code UNKNOWN_LOOKUP}; {@code NOTHING_TO_PROVE} for a lookup the gateway
     *                    answered definitely
     */
    public byte[] proof(long lookupId, String actor) {
        LookupRecord lookup = lookups.find(lookupId).orElseThrow(() -> new ApiProblem(ErrorCode.UNKNOWN_LOOKUP,
                "no lookup " + lookupId));
        if (!FailedLookupProof.available(lookup.lookupClass(), lookup.code(), lookup.pending())) {
            throw new ApiProblem(ErrorCode.NOTHING_TO_PROVE, "lookup " + lookupId + " was answered by the gateway ("
                    + lookup.lookupClass() + "): a proof is only made for a failed or pending lookup");
        }
        byte[] bytes = pdf.write(content.of(lookup, lookups.attempts(lookupId), clock.instant(), actor));
        log.info("Proof of failed lookup {} made for {} ({} attempts, {} bytes{})", lookupId, actor,
                lookup.attempts(), bytes.length, lookup.pending() ? ", still pending" : "");
        return bytes;
    }
}
