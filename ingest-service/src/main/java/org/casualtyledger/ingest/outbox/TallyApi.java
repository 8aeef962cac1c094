package org.casualtyledger.ingest.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.ChangeResult;
import org.casualtyledger.claim.ClaimBatch;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tally-service's ledger writes. All are idempotent, so retrying them is safe. */
@RegisterRestClient(configKey = "tally")
@Path("/")
interface TallyApi {
    @POST
    @Path("claims/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Map<String, Object>> upsert(ClaimBatch batch);

    /** The body is a JSON array of {@link org.casualtyledger.claim.LedgerChange}s, written by {@link DeliveryBody}. */
    @POST
    @Path("ledger/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<List<ChangeResult>> deliver(byte[] changes);

    @DELETE
    @Path("reports/{reportId}")
    Uni<Map<String, Object>> retract(@PathParam("reportId") String reportId);
}
