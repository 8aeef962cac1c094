package org.casualtyledger.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casualtyledger.embeddeddb.FreePorts;
import org.casualtyledger.embeddeddb.PostgresServer;
import org.casualtyledger.embeddeddb.SharedPostgres;

/**
 * The whole system as it runs for real: a PostgreSQL server and the three packaged services as separate
 * processes on free ports, talking HTTP to each other. One stack per test JVM; a service can be stopped and
 * started again to test outages.
 */
public final class Stack {
    public static final String ADMIN_KEY = "system-test-admin-key-0123456789";
    /** An analyst's key, named in the gateway's configuration: its corrections are signed with that name. */
    public static final String ANALYST_KEY = "system-test-analyst-key-0123456789";
    public static final String ANALYST_NAME = "System Analyst";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static Stack instance;

    public enum Service {
        TALLY("tally-service", "tally"), INGEST("ingest-service", "ingest"), GATEWAY("gateway", null);

        final String module;
        final String database;

        Service(String module, String database) {
            this.module = module;
            this.database = database;
        }
    }

    private final Path root;
    private final Path logs;
    private final PostgresServer postgres;
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Stack(Path root) {
        this.root = root;
        this.logs = root.resolve("system-tests/target/stack-logs");
        this.postgres = SharedPostgres.get();
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.next());
            if (service.database != null) {
                postgres.ensureDatabase(service.database + "_system");
            }
        }
    }

    public static synchronized Stack get() {
        if (instance == null) {
            Path root = Path.of(System.getProperty("ledger.root", "..")).toAbsolutePath().normalize();
            Stack stack = new Stack(root);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "stack-stop"));
            for (Service service : Service.values()) {
                stack.start(service);
            }
            instance = stack;
        }
        return instance;
    }

    public String url(Service service) {
        return "http://localhost:" + ports.get(service);
    }

    public void start(Service service) {
        Path jar = root.resolve(service.module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        try {
            Files.createDirectories(logs);
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1"));
            if (service == Service.GATEWAY) {
                command.add("-Dledger.access.names.\"" + sha256Hex(ANALYST_KEY) + "\"=" + ANALYST_NAME);
            }
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service.module + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
            env.put("LEDGER_API_KEY", ADMIN_KEY);
            env.put("LEDGER_ACCESS_KEY_HASHES", "analyst:" + sha256Hex(ANALYST_KEY));
            env.put("LEDGER_INGEST_URL", url(Service.INGEST));
            env.put("LEDGER_TALLY_URL", url(Service.TALLY));
            env.put("LEDGER_OUTBOX_POLL", "1s");
            if (service.database != null) {
                env.put("LEDGER_DB_HOST", postgres.host());
                env.put("LEDGER_DB_PORT", Integer.toString(postgres.port()));
                env.put("LEDGER_DB_USER", postgres.user());
                env.put("LEDGER_DB_PASSWORD", postgres.password());
                env.put("LEDGER_DB_NAME", service.database + "_system");
            }
            processes.put(service, builder.start());
            awaitReady(service);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a service the hard way, as a crash or a killed pod would. */
    public void kill(Service service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            waitFor(process);
        }
    }

    public boolean answers(Service service, String path) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url(service) + path))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(Service service) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!answers(service, "/q/health/ready")) {
            Process process = processes.get(service);
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service.module + " did not become ready; see " + logs.resolve(service.module + ".log"));
            }
            sleep(250);
        }
    }

    private void stopAll() {
        for (Process process : processes.values()) {
            process.destroy();
        }
        processes.values().forEach(Stack::waitFor);
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String sha256Hex(String key) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
