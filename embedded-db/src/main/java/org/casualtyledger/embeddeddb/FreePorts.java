package org.casualtyledger.embeddeddb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for processes a test starts and names the port of (a service, a PostgreSQL). Such a port is free when it is
 * chosen but bound only seconds later; a port from the kernel's ephemeral range ({@code new ServerSocket(0)}) can be
 * taken meanwhile by any outgoing connection of the stack, and the service then fails to start. So the ports come from
 * below that range, where the kernel never picks a connection's local port, at random so that test JVMs running at
 * once rarely meet, and never twice in one JVM.
 */
public final class FreePorts {
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 20_000;
    private static final int FALLBACK_EPHEMERAL_START = 32_768;
    private static final Set<Integer> GIVEN = new HashSet<>();

    private FreePorts() {
    }

    public static synchronized int next() {
        int below = ephemeralStart();
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!GIVEN.contains(port) && bindable(port)) {
                GIVEN.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + below);
    }

    private static int ephemeralStart() {
        try {
            int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : FALLBACK_EPHEMERAL_START;
        } catch (IOException | RuntimeException e) {
            return FALLBACK_EPHEMERAL_START;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
