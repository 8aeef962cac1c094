package org.casualtyledger.system;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casualtyledger.gateway.workspace.WorkspaceCheck;
import org.casualtyledger.gateway.workspace.WorkspaceExpectations;
import org.casualtyledger.system.Stack.Service;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The analyst's workspace in a real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/tools.sh)
 * against the real stack, through the page's own controls: a bulletin submitted, filtered by its place, its event
 * opened from the table and from the map with the claim's span highlighted, its report with every claim marked,
 * CSV and GeoJSON exports. Screenshots of every view are kept in system-tests/target/workspace/.
 */
class WorkspaceIT {
    private final Stack stack = Stack.get();

    @Test
    void anAnalystWorksThroughTheWorkspace() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(WorkspaceCheck.CHROMIUM)) && Files.isExecutable(Path.of(WorkspaceCheck.CHROMEDRIVER)),
                "WorkspaceIT skipped: /usr/bin/chromium and /usr/bin/chromedriver are missing "
                        + "(bash gateway/scripts/ensure-chromium.sh installs Debian's chromium and chromium-driver)");

        WorkspaceCheck.Outcome outcome = WorkspaceCheck.run(URI.create(stack.url(Service.GATEWAY)), Stack.ADMIN_KEY, Stack.ANALYST_KEY,
                Path.of("target", "workspace"));

        WorkspaceExpectations.check(outcome);
    }
}
