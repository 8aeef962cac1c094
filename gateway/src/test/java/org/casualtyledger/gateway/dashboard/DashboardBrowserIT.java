package org.casualtyledger.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real headless Chromium against a running stack:
 * <pre>
 * ./ledger up --detach
 * LEDGER_GATEWAY_URL=http://localhost:8080 LEDGER_API_KEY=&lt;key printed by ledger up&gt; \
 *   ./mvnw -B -pl gateway verify -Dit.test=DashboardBrowserIT
 * </pre>
 * Skipped, saying why, when no stack is named or the browser cannot be installed.
 * The screenshot lands in {@code gateway/target/dashboard/dashboard.png}.
 */
class DashboardBrowserIT {

    @Test
    void afterABulletinIsSubmittedTheChartHasPointsAndTheEventsQuoteTheirEvidence() throws Exception {
        String gateway = System.getenv("LEDGER_GATEWAY_URL");
        String key = System.getenv("LEDGER_API_KEY");
        Assumptions.assumeTrue(gateway != null && !gateway.isBlank() && key != null && !key.isBlank(),
                "DashboardBrowserIT skipped: set LEDGER_GATEWAY_URL and LEDGER_API_KEY (a submitter or admin key) "
                        + "to a stack started with ./ledger up --detach");
        Assumptions.assumeTrue(browserAvailable(),
                "DashboardBrowserIT skipped: /usr/bin/chromium and /usr/bin/chromedriver are missing and "
                        + "gateway/scripts/ensure-chromium.sh could not install them (Debian packages chromium, chromium-driver)");

        DashboardCheck.Outcome outcome = DashboardCheck.run(URI.create(gateway), key, Path.of("target", "dashboard"));

        assertTrue(outcome.chartPoints() > 0, "chart points: " + outcome.chartPoints());
        assertTrue(outcome.evidence().stream().anyMatch(s -> s.contains(DashboardCheck.EVIDENCE_MARK)),
                "evidence shown: " + outcome.evidence());
        assertEquals(List.of(), outcome.foreignResources(), "the page loaded something from outside the gateway");
        assertTrue(Files.size(outcome.screenshot()) > 0);
        System.out.println("[DashboardBrowserIT] " + outcome.chartPoints() + " chart points, " + outcome.evidence().size()
                + " evidence sentences; screenshot " + outcome.screenshot().toAbsolutePath());
    }

    static boolean browserAvailable() throws IOException, InterruptedException {
        if (Files.isExecutable(Path.of(DashboardCheck.CHROMIUM)) && Files.isExecutable(Path.of(DashboardCheck.CHROMEDRIVER))) {
            return true;
        }
        Path script = Path.of("scripts", "ensure-chromium.sh");
        if (!Files.isRegularFile(script)) {
            return false;
        }
        Process install = new ProcessBuilder("bash", script.toString()).inheritIO().start();
        return install.waitFor() == 0;
    }
}
