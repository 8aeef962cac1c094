package org.casualtyledger.gateway.workspace;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The workspace in a real headless Chromium against a running stack:
 * <pre>
 * ./ledger up --detach
 * LEDGER_GATEWAY_URL=http://localhost:8080 LEDGER_API_KEY=&lt;key printed by ledger up&gt; \
 *   ./mvnw -B -pl gateway verify -Dit.test=WorkspaceBrowserIT
 * </pre>
 * The corrections are made with {@code LEDGER_ANALYST_KEY} when it is set, else with the admin key.
 * Skipped, saying why, when no stack is named or the browser cannot be installed.
 * Screenshots land in {@code gateway/target/workspace/}.
 */
class WorkspaceBrowserIT {

    @Test
    void anAnalystFiltersOpensAnEventFromTableAndMapSeesTheSpanAndExports() throws Exception {
        String gateway = System.getenv("LEDGER_GATEWAY_URL");
        String key = System.getenv("LEDGER_API_KEY");
        Assumptions.assumeTrue(gateway != null && !gateway.isBlank() && key != null && !key.isBlank(),
                "WorkspaceBrowserIT skipped: set LEDGER_GATEWAY_URL and LEDGER_API_KEY (a submitter or admin key) "
                        + "to a stack started with ./ledger up --detach");
        Assumptions.assumeTrue(browserAvailable(),
                "WorkspaceBrowserIT skipped: /usr/bin/chromium and /usr/bin/chromedriver are missing and "
                        + "gateway/scripts/ensure-chromium.sh could not install them (Debian packages chromium, chromium-driver)");

        String analystKey = System.getenv().getOrDefault("LEDGER_ANALYST_KEY", key);
        WorkspaceCheck.Outcome outcome = WorkspaceCheck.run(URI.create(gateway), key, analystKey, Path.of("target", "workspace"));

        WorkspaceExpectations.check(outcome);
    }

    static boolean browserAvailable() throws IOException, InterruptedException {
        if (Files.isExecutable(Path.of(WorkspaceCheck.CHROMIUM)) && Files.isExecutable(Path.of(WorkspaceCheck.CHROMEDRIVER))) {
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
