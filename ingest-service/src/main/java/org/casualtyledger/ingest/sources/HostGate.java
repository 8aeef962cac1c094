package org.casualtyledger.ingest.sources;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** One request at a time per host, and a pause between two requests to the same host. */
final class HostGate {
    private final Duration pause;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(Duration pause) {
        this.pause = pause;
    }

    interface Request<T> {
        T run() throws FetchFailure, InterruptedException;
    }

    <T> T through(String host, Request<T> request) throws FetchFailure, InterruptedException {
        Host gate = hosts.computeIfAbsent(host.toLowerCase(java.util.Locale.ROOT), h -> new Host());
        gate.lock.lockInterruptibly();
        try {
            long wait = gate.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            return request.run();
        } finally {
            gate.nextAllowedNanos = System.nanoTime() + pause.toNanos();
            gate.lock.unlock();
        }
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = System.nanoTime();
    }
}
