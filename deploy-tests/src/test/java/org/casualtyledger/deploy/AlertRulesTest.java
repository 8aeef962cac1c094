package org.casualtyledger.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The alert rules: valid for promtool, unit-tested by promtool, and the same in the PrometheusRule that is deployed. */
class AlertRulesTest {
    private static final Path PROMETHEUS = Repository.k8s().resolve("prometheus");
    private static final Set<String> REQUIRED_ALERTS = Set.of("LedgerServiceDown", "LedgerHighServerErrorRatio",
            "LedgerOutboxBacklogGrowing", "LedgerExtractionSlow", "LedgerRateLimitRejectionsSurging", "LedgerSourceNotSucceeding");

    private static void assumePromtool() {
        assumeTrue(Tools.onPath("promtool").isPresent(),
                "SKIPPED: promtool is not on PATH; run .ci/tools.sh (Debian package prometheus) to check the alert rules");
    }

    @Test
    void promtoolAcceptsTheRules() {
        assumePromtool();
        Tools.Result result = Tools.run(List.of("promtool", "check", "rules", "ledger-alerts.rules.yml"), PROMETHEUS);
        System.out.println(result.output());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("SUCCESS"), result.output());
    }

    @Test
    void promtoolUnitTestsPass() {
        assumePromtool();
        Tools.Result result = Tools.run(List.of("promtool", "test", "rules", "ledger-alerts.test.yml"), PROMETHEUS);
        System.out.println(result.output());
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void everyAlertTheIssueAsksForExistsAndIsUnitTested() throws IOException {
        Set<String> alerts = alertNames(Kustomize.parse(Files.readString(PROMETHEUS.resolve("ledger-alerts.rules.yml"))).get(0));
        assertTrue(alerts.containsAll(REQUIRED_ALERTS), "missing alerts: " + REQUIRED_ALERTS + " vs " + alerts);
        String tests = Files.readString(PROMETHEUS.resolve("ledger-alerts.test.yml"));
        for (String alert : alerts) {
            assertTrue(tests.contains("alertname: " + alert), alert + " has no promtool unit test");
        }
    }

    @Test
    void thePrometheusRuleCarriesTheTestedRules() throws IOException {
        JsonNode tested = Kustomize.parse(Files.readString(PROMETHEUS.resolve("ledger-alerts.rules.yml"))).get(0);
        JsonNode deployed = Kustomize.parse(Files.readString(Repository.k8s().resolve("base/prometheus-rule.yaml"))).get(0);
        assertEquals(tested.path("groups"), deployed.path("spec").path("groups"),
                "k8s/base/prometheus-rule.yaml differs from k8s/prometheus/ledger-alerts.rules.yml: run scripts/sync-prometheus-rule.sh");
    }

    private static Set<String> alertNames(JsonNode rules) {
        Set<String> names = new TreeSet<>();
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                names.add(rule.path("alert").asText());
            }
        }
        return names;
    }
}
