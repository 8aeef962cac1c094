package org.casualtyledger.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casualtyledger.embeddeddb.FreePorts;
import org.junit.jupiter.api.Test;

/**
 * Runs scripts/prometheus-e2e.sh: the packaged stack started by ./ledger up, a real Prometheus scraping it on
 * loopback, a bulletin ingested, and up == 1 plus the domain metrics asserted through Prometheus's query API.
 * Free ports are picked here so that it never meets a stack someone else is running on this machine.
 */
class PrometheusEndToEndIT {

    @Test
    void prometheusScrapesAllThreeServicesAndSeesTheDomainMetrics() throws Exception {
        for (String program : List.of("prometheus", "promtool", "curl", "python3")) {
            assumeTrue(Tools.onPath(program).isPresent(),
                    "SKIPPED: " + program + " is not on PATH; run .ci/tools.sh to install Prometheus for this check");
        }
        Path root = Repository.root();
        Path output = Files.createTempFile("prometheus-e2e", ".log");
        ProcessBuilder script = new ProcessBuilder("bash", "scripts/prometheus-e2e.sh")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = script.environment();
        environment.put("GATEWAY_PORT", String.valueOf(FreePorts.next()));
        environment.put("INGEST_SERVICE_PORT", String.valueOf(FreePorts.next()));
        environment.put("TALLY_SERVICE_PORT", String.valueOf(FreePorts.next()));
        environment.put("LEDGER_PG_PORT", String.valueOf(FreePorts.next()));
        environment.put("PROMETHEUS_PORT", String.valueOf(FreePorts.next()));
        Path home = Path.of(System.getProperty("ledger.e2e.home", root.resolve("deploy-tests/target/prometheus-e2e").toString()));
        deleteRecursively(home);
        environment.put("LEDGER_HOME", home.toString());
        Process process = script.start();
        boolean finished = process.waitFor(6, TimeUnit.MINUTES);
        if (!finished) {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(log);
        assertTrue(finished, "scripts/prometheus-e2e.sh did not finish in 6 minutes");
        assertEquals(0, process.exitValue(), "scripts/prometheus-e2e.sh failed:\n" + log);
        assertTrue(log.contains(" passed, 0 failed"), log);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

}
