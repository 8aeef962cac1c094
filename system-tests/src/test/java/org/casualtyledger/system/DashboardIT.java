package org.casualtyledger.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casualtyledger.gateway.dashboard.DashboardCheck;
import org.casualtyledger.system.Stack.Service;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/tools.sh)
 * against the real stack: a bulletin submitted through its form shows up as chart points and evidence sentences.
 * The screenshot is kept as system-tests/target/dashboard/dashboard.png.
 */
class DashboardIT {
    private final Stack stack = Stack.get();

    @Test
    void aSubmittedBulletinShowsInTheChartAndTheEventsTable() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(DashboardCheck.CHROMIUM)) && Files.isExecutable(Path.of(DashboardCheck.CHROMEDRIVER)),
                "DashboardIT skipped: /usr/bin/chromium and /usr/bin/chromedriver are missing "
                        + "(bash gateway/scripts/ensure-chromium.sh installs Debian's chromium and chromium-driver)");

        DashboardCheck.Outcome outcome = DashboardCheck.run(URI.create(stack.url(Service.GATEWAY)), Stack.ADMIN_KEY,
                Path.of("target", "dashboard"));

        assertTrue(outcome.chartPoints() > 0, "chart points: " + outcome.chartPoints());
        assertTrue(outcome.evidence().stream().anyMatch(s -> s.contains("Hajin")), "evidence shown: " + outcome.evidence());
        assertEquals(List.of(), outcome.foreignResources(), "the page loaded something from outside the gateway");
        assertTrue(Files.size(outcome.screenshot()) > 0, "a screenshot was saved");
    }
}
