package vn.tiepdon.server.proof;

import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.stats.FailedLookupProof;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/**
 * {@code GET /api/v1/lookups/{id}/proof}: the proof of a failed lookup as a one-page PDF, for the
 * receptionist who prints it for the patient's record (and admins).
 */
public final class ProofRoutes implements Routes.Feature {
    private final LookupProofs proofs;

    public ProofRoutes(LookupProofs proofs) {
        this.proofs = proofs;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/lookups/{id}/proof", Allowed.roles(Role.RECEPTIONIST), ex -> {
            long id;
            try {
                id = Long.parseLong(ex.path("id"));
            } catch (NumberFormatException e) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "the lookup id must be a number");
            }
            byte[] pdf = proofs.proof(id, ex.requireCaller().actor());
            return Reply.download(vn.tiepdon.server.http.Download.of("application/pdf", FailedLookupProof.fileName(id),
                    out -> out.write(pdf)));
        });
    }
}
