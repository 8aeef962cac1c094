package org.casualtyledger.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.casualtyledger.embeddeddb.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 2xx means the report is on disk: ingest-service runs on the PostgreSQL of {@code ./ledger up} (LocalPostgres, a
 * persistent data directory) while clients post reports; the server is stopped abruptly (an immediate shutdown,
 * SIGQUIT to the postmaster: nothing buffered is written) in the middle of a run of 201s, and started again on the
 * same data directory. Every report answered 201 must then be there with all its claims.
 */
class DatabaseCrashIT {
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_CRASH = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root = Path.of(System.getProperty("ledger.root", "..")).toAbsolutePath().normalize();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();
    private Path dataDirectory;

    @Test
    void everyAcknowledgedReportSurvivesACrashOfPostgres() throws Exception {
        dataDirectory = Files.createTempDirectory("ledger-crash-pg");
        int pgPort = FreePorts.next();
        Process postgres = startPostgres(pgPort);
        int ingestPort = FreePorts.next();
        startIngest(ingestPort, pgPort);
        URI reports = URI.create("http://localhost:" + ingestPort + "/reports");

        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean posting = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (posting.get()) {
                    post(reports, sequence.incrementAndGet(), acknowledged);
                }
            });
        }
        Instant deadline = Instant.now().plusSeconds(120);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_CRASH && Instant.now().isBefore(deadline)) {
            Stack.sleep(20);
        }
        int acknowledgedBeforeCrash = acknowledged.size();
        crash(postgres);
        Thread.sleep(500);
        posting.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS), "clients stopped");
        assertTrue(acknowledgedBeforeCrash >= ACKNOWLEDGED_BEFORE_CRASH, "reports acknowledged before the crash: " + acknowledgedBeforeCrash);

        startPostgres(pgPort);
        awaitReady(ingestPort);
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, Integer> report : acknowledged.entrySet()) {
            HttpResponse<String> claims = http.send(HttpRequest.newBuilder(URI.create(reports + "/" + report.getKey() + "/claims"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (claims.statusCode() != 200 || JSON.readTree(claims.body()).size() != report.getValue()) {
                lost.add(report.getKey() + " (" + claims.statusCode() + ")");
            }
        }
        System.out.printf("[DatabaseCrashIT] %d reports acknowledged (%d before the crash), %d lost%n",
                acknowledged.size(), acknowledgedBeforeCrash, lost.size());
        assertEquals(List.of(), lost, lost.size() + " of " + acknowledged.size() + " acknowledged reports lost or incomplete");
    }

    private void post(URI reports, int n, Map<String, Integer> acknowledged) {
        String text = "Report " + n + ": " + (n % 17 + 2) + " civilians were killed and " + (n % 5 + 1)
                + " were wounded in shelling on the village of Kafr " + n + " on Monday.";
        String body = "{\"source\":\"crash-test\",\"publishedAt\":\"2019-05-06\",\"text\":\"" + text + "\"}";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(reports).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                JsonNode result = JSON.readTree(response.body());
                acknowledged.put(result.path("report").path("id").asText(), result.path("claims").size());
            }
        } catch (IOException e) {
            Stack.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Immediate shutdown of the postmaster (no checkpoint, nothing buffered written), then its launcher killed. */
    private void crash(Process launcher) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster)).inheritIO().start().waitFor();
        launcher.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        Instant deadline = Instant.now().plusSeconds(30);
        while (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            Stack.sleep(100);
        }
    }

    /** The PostgreSQL of ./ledger up, as a process of its own: LocalPostgres on the data directory. */
    private Process startPostgres(int port) throws IOException {
        Process process = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.casualtyledger.embeddeddb.LocalPostgres", dataDirectory.toString(), Integer.toString(port), "ingest")
                .redirectErrorStream(true).start();
        processes.add(process);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "postgres-output");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("LocalPostgres did not start on " + dataDirectory);
    }

    private void startIngest(int port, int pgPort) throws IOException {
        Path jar = root.resolve("ingest-service/target/quarkus-app/quarkus-run.jar");
        Path log = root.resolve("system-tests/target/stack-logs/ingest-service-crash.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("LEDGER_DB_HOST", "localhost");
        env.put("LEDGER_DB_PORT", Integer.toString(pgPort));
        env.put("LEDGER_DB_NAME", "ingest");
        env.put("LEDGER_TALLY_URL", "http://127.0.0.1:1");
        processes.add(builder.start());
        awaitReady(port);
    }

    private void awaitReady(int port) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Stack.sleep(250);
        }
        throw new IllegalStateException("ingest-service did not become ready on port " + port);
    }

    @AfterEach
    void stopAll() throws IOException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dataDirectory != null) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
