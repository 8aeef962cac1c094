package org.casualtyledger.ingest.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.LedgerChange;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.ingest.extract.ClaimExtractor;
import org.junit.jupiter.api.Test;

/** The payload written from the claims' own JSON, and the delivery copied from it, read as the objects they stand for. */
class DeliveryBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ReportRef REPORT = new ReportRef("r-delivery", "SOHR", "https://example.org/b", "A \"quoted\" title",
            LocalDate.of(2019, 2, 2));
    private static final List<Claim> CLAIMS = ClaimExtractor.standard().extract("r-delivery",
            "6 civilians were killed in shelling on Hajin. 14 fighters of the regime forces were wounded near Deir Ezzor.",
            LocalDate.of(2019, 2, 2));

    @Test
    void thePayloadIsTheClaimBatch() throws Exception {
        assertTrue(CLAIMS.size() >= 2, "the text has several claims: " + CLAIMS);
        assertEquals(new ClaimBatch(0, REPORT, CLAIMS), JSON.readValue(payload(), ClaimBatch.class));
    }

    @Test
    void aDeliveryCarriesEachEntryWithItsIdAsTheBatchId() throws Exception {
        OutboxEntry upsert = entry(17, "r-delivery", OutboxEntry.Kind.UPSERT, payload());
        OutboxEntry retract = entry(18, "r-gone", OutboxEntry.Kind.RETRACT, "");
        OutboxEntry older = entry(19, "r-delivery", OutboxEntry.Kind.UPSERT, JSON.writeValueAsString(new ClaimBatch(0, REPORT, CLAIMS)));

        List<LedgerChange> sent = JSON.readValue(DeliveryBody.of(JSON.getFactory(), List.of(upsert, retract, older)),
                new TypeReference<>() {
                });

        assertEquals(List.of(LedgerChange.upsert(17, new ClaimBatch(17, REPORT, CLAIMS)), LedgerChange.retract(18, "r-gone"),
                LedgerChange.upsert(19, new ClaimBatch(19, REPORT, CLAIMS))), sent);
    }

    @Test
    void aPayloadWithItsBatchIdElsewhereIsCopiedWithTheEntrysId() throws Exception {
        String reordered = "{\"report\":" + JSON.writeValueAsString(REPORT) + ",\"claims\":" + JSON.writeValueAsString(CLAIMS)
                + ",\"batchId\":0}";

        List<LedgerChange> sent = JSON.readValue(DeliveryBody.of(JSON.getFactory(), List.of(entry(21, "r-delivery", OutboxEntry.Kind.UPSERT, reordered))),
                new TypeReference<>() {
                });

        assertEquals(List.of(LedgerChange.upsert(21, new ClaimBatch(21, REPORT, CLAIMS))), sent);
    }

    @Test
    void aReportWithoutClaimsHasAnEmptyBatch() throws Exception {
        String empty = BatchPayload.of(JSON.getFactory(), JSON.writeValueAsString(REPORT), List.of());
        assertEquals(new ClaimBatch(0, REPORT, List.of()), JSON.readValue(empty, ClaimBatch.class));
    }

    private static String payload() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (Claim claim : CLAIMS) {
            bodies.add(JSON.writeValueAsString(claim));
        }
        return BatchPayload.of(JSON.getFactory(), JSON.writeValueAsString(REPORT), bodies);
    }

    private static OutboxEntry entry(long id, String reportId, OutboxEntry.Kind kind, String payload) {
        OutboxEntry entry = OutboxEntry.of(reportId, kind, payload);
        entry.id = id;
        return entry;
    }
}
