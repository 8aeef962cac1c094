package org.casualtyledger.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.casualtyledger.embeddeddb.FreePorts;
import org.junit.jupiter.api.Test;

/**
 * {@code ./ledger up} on free ports: the gateway (which checks keys) answers on every interface, the backends (which
 * check none) only on loopback, so nothing on the network reaches them around the gateway. In a cluster the pods bind
 * all interfaces and the NetworkPolicies are the guard ({@link NetworkPolicies}).
 */
class LauncherBindingIT {

    @Test
    void theBackendsListenOnLoopbackOnlyAndTheGatewayEverywhere() throws Exception {
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "SKIPPED: this machine has no non-loopback IPv4 address to test from");
        Path root = Repository.root();
        Path home = root.resolve("deploy-tests/target/launcher-binding");
        Map<String, Integer> ports = Map.of("GATEWAY_PORT", FreePorts.next(), "INGEST_SERVICE_PORT", FreePorts.next(),
                "TALLY_SERVICE_PORT", FreePorts.next(), "LEDGER_PG_PORT", FreePorts.next());
        try {
            String up = ledger(root, home, ports, "up", "--detach");
            assertTrue(up.contains("Casualty Ledger is up"), up);
            for (String backend : new String[] {"INGEST_SERVICE_PORT", "TALLY_SERVICE_PORT"}) {
                assertTrue(accepts(InetAddress.getLoopbackAddress(), ports.get(backend)), backend + " on loopback");
                assertFalse(accepts(outside.get(), ports.get(backend)), backend + " must not be reachable on " + outside.get());
            }
            assertTrue(accepts(outside.get(), ports.get("GATEWAY_PORT")), "the gateway on " + outside.get());
        } finally {
            ledger(root, home, ports, "down");
        }
    }

    private static String ledger(Path root, Path home, Map<String, Integer> ports, String... arguments) throws Exception {
        Path output = Files.createTempFile("ledger", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "./ledger").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.command().addAll(java.util.List.of(arguments));
        builder.environment().put("LEDGER_HOME", home.toString());
        builder.environment().remove("LEDGER_BACKEND_HOST");
        ports.forEach((name, port) -> builder.environment().put(name, port.toString()));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroy();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "./ledger " + String.join(" ", arguments) + " failed:\n" + log);
        return log;
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

}
