package org.casualtyledger.tally.ledger;

import org.casualtyledger.problem.QueryParams;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casualtyledger.claim.ChangeResult;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.LedgerChange;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.casualtyledger.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger", description = "Claim batches in, retractions, rebuild")
public class LedgerResource {
    public static final String BATCH_EXAMPLE = """
            {"batchId":17,"report":{"id":"r-5b2c0d9e8f7a6b5c4d3e2f10","source":"SOHR","url":"https://example.org/b/1","title":"Attack repelled","publishedAt":"2019-01-26"},
             "claims":[{"id":"c-3f1a9b0c2d4e5f60718293a4","reportId":"r-5b2c0d9e8f7a6b5c4d3e2f10",
               "count":{"value":34,"upper":null,"qualifier":"AT_LEAST","low":34,"best":34,"high":null},
               "outcome":"KILLED","group":"ISIS","groupAsWritten":"members of the organization","scope":"INCIDENT",
               "location":{"asWritten":"Al-Baghuz","name":"Al-Baghuz","province":"Deir ez-Zor","country":"SY","latitude":34.46,"longitude":40.94},
               "periodStart":"2019-01-26","periodEnd":"2019-01-26",
               "evidence":{"sentence":"34 members at least of the organization were killed","start":712,"end":763},"flags":[],"rule":"passive-outcome"}]}""";

    static final String CHANGES_EXAMPLE = "[{\"id\":17,\"kind\":\"UPSERT\",\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"batch\":"
            + BATCH_EXAMPLE + "},\n {\"id\":18,\"kind\":\"RETRACT\",\"reportId\":\"r-0a1b2c3d4e5f60718293a4b5\"}]";

    private final LedgerWriter writer;
    private final ChangeSequencer sequencer;
    private final Derivations derivations;
    private final Pool pool;

    public LedgerResource(LedgerWriter writer, ChangeSequencer sequencer, Derivations derivations, Pool pool) {
        this.writer = writer;
        this.sequencer = sequencer;
        this.derivations = derivations;
        this.pool = pool;
    }

    @POST
    @Path("ledger/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply many reports' claim batches and retractions in one call",
            description = "Each change is what POST /claims/batch (UPSERT) or DELETE /reports/{id} (RETRACT) does alone, "
                    + "and each is applied atomically and idempotently (by claim id: sending the delivery again changes "
                    + "nothing). A report's changes are applied in the order listed; different reports' batches are "
                    + "written together. The answer lists every change's result in the order sent: 200 applied, 4xx "
                    + "refused for good (the other changes go ahead), 503 not applied now (nor the report's later "
                    + "changes), to be sent again. At most " + ChangeValidator.MAX_CHANGES + " changes and "
                    + ChangeValidator.MAX_CLAIMS + " claims per call.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LedgerChange.class),
            examples = @ExampleObject(name = "a batch and a retraction", value = CHANGES_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Every change's result, in the order sent",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeResult.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or not an array of changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More changes or claims than one call may carry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ChangeResult>> changes(List<LedgerChange> changes) {
        ChangeValidator.checkDelivery(changes);
        return sequencer.apply(changes);
    }

    @DELETE
    @Path("reports/{reportId}")
    @Operation(summary = "Retract a report", description = "Removes the report's claims and everything derived from them "
            + "(events are re-formed, series recomputed). Retracting an unknown or already retracted report removes nothing.")
    @APIResponse(responseCode = "200", description = "How many claims were removed",
            content = @Content(schema = @Schema(implementation = Retraction.class)))
    public Uni<Retraction> retract(@Parameter(description = "Report id", example = "r-5b2c0d9e8f7a6b5c4d3e2f10")
                                   @PathParam("reportId") String reportId) {
        if (reportId.length() > 64) {
            throw QueryParams.invalid("reportId", "at most 64 characters");
        }
        return writer.retract(reportId);
    }

    @POST
    @Path("ledger/rebuild")
    @Operation(summary = "Rebuild every event, series, discrepancy and rollup from the claims",
            description = "Throws away everything derived and derives it again from the claims alone, in one transaction. "
                    + "The result equals what the incremental updates produced; a test checks that.")
    @APIResponse(responseCode = "200", description = "Rebuilt; the numbers of events and series now in the ledger",
            content = @Content(schema = @Schema(implementation = RebuildResult.class)))
    public Uni<RebuildResult> rebuild() {
        return pool.withTransaction(conn -> conn.query("LOCK TABLE claim IN EXCLUSIVE MODE").execute()
                .chain(() -> derivations.rebuildAll(conn))
                .chain(() -> conn.query("UPDATE ledger_generation SET generation = generation + 1").execute())
                .chain(() -> conn.query("SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM series)").execute())
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new RebuildResult(row.getLong(0), row.getLong(1));
                }))
                // Every claim's event was cleared and set again: until the planner's statistics see the events, it reads
                // "event_id IS NOT NULL" as rare, and the writer's look-up of the events of a batch's claims scanned
                // every claim (6 s a write at 1,000,000 claims) until autovacuum analysed the table.
                .call(() -> pool.query("ANALYZE claim, event, series, series_point, series_month").execute());
    }

    @Schema(description = "The ledger after a rebuild", example = "{\"events\":1520,\"series\":64}")
    public record RebuildResult(@Schema(example = "1520") long events, @Schema(example = "64") long series) {
    }
}
