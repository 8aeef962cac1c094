package org.casualtyledger.gateway.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The public contract must not drift from the backends'. Two checks:
 * <ol>
 * <li>every public operation has its backend operation in the committed snapshot
 * ({@code gateway/src/main/resources/contracts/<service>.json}) with the same shape: the request media types,
 * the documented query parameters and the success media types the gateway offers must all exist there.
 * Known gaps are listed, with their reason, in {@code src/test/resources/contracts/accepted-drift.txt};
 * an entry that no longer occurs fails too, so the list only shrinks;</li>
 * <li>the snapshot equals what the backend's own build produced ({@code <service>/target/openapi/openapi.json},
 * written when the backend sets {@code quarkus.smallrye-openapi.store-schema-directory=target/openapi}).
 * In the full reactor the backends are built before the gateway; built alone, the gateway has no backend output
 * and this check is skipped with a message. The system tests make the same check against the running services.
 * Refresh with {@code ./mvnw -pl gateway test -Dtest=ContractDriftTest -Dledger.contracts.refresh=true}, then review and commit.</li>
 * </ol>
 */
@QuarkusTest
class ContractDriftTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPublicOperationMatchesItsBackendOperation() throws IOException {
        JsonNode publicDoc = JSON.readTree(given().queryParam("format", "json").get("/api/v1/openapi").asString());
        assertTrue(publicDoc.path("paths").size() >= 12, "public paths: " + publicDoc.path("paths").size());
        List<String> drift = ContractSnapshots.drift(publicDoc, Map.of(
                Routes.INGEST, ContractSnapshots.snapshot(Routes.INGEST),
                Routes.TALLY, ContractSnapshots.snapshot(Routes.TALLY)));
        Set<String> accepted = ContractSnapshots.acceptedDrift();
        List<String> unexpected = drift.stream().filter(d -> !accepted.contains(d)).toList();
        Set<String> resolved = new TreeSet<>(accepted);
        resolved.removeAll(drift);
        assertEquals(List.of(), unexpected, "The public contract drifted from the backends' contracts");
        assertEquals(Set.of(), resolved, "These accepted drifts are gone: remove them from contracts/accepted-drift.txt");
    }

    @Test
    void snapshotsMatchWhatTheBackendsBuilt() throws IOException {
        List<String> stale = new ArrayList<>();
        int compared = 0;
        for (String service : List.of(Routes.INGEST, Routes.TALLY)) {
            Path built = Path.of("..", service, "target", "openapi", "openapi.json");
            if (!Files.isRegularFile(built)) {
                System.out.println("[ContractDriftTest] " + built + " is missing (backend not built in this run, or it does not "
                        + "store its schema): snapshot of " + service + " not compared here");
                continue;
            }
            compared++;
            JsonNode live = JSON.readTree(built.toFile());
            if (ContractSnapshots.isFresh(service, live)) {
                continue;
            }
            if (Boolean.getBoolean("ledger.contracts.refresh")) {
                ContractSnapshots.refresh(ContractSnapshots.SOURCE_DIR, service, live);
                System.out.println("[ContractDriftTest] refreshed the snapshot of " + service + " from " + built);
            } else {
                stale.add(service + ": " + built + " differs from " + ContractSnapshots.SOURCE_DIR.resolve(service + ".json"));
            }
        }
        Assumptions.assumeTrue(compared > 0, "no backend build output next to the gateway: built alone, nothing to compare");
        assertEquals(List.of(), stale, "A backend's contract changed. Check the public API still fits, then refresh: "
                + "./mvnw -pl gateway test -Dtest=ContractDriftTest -Dledger.contracts.refresh=true");
    }
}
