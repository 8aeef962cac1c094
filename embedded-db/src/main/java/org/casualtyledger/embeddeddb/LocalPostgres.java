package org.casualtyledger.embeddeddb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The PostgreSQL of {@code ./ledger up}: an embedded server whose data stays in a folder across restarts,
 * with one database per service. Prints {@code READY <port>} once the databases exist, and stops on SIGTERM.
 * Usage: {@code LocalPostgres <data-dir> <port> <database>...}
 */
public final class LocalPostgres {
    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LocalPostgres <data-dir> <port> <database>...");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        PostgresServer server = PostgresServer.startEmbedded(dataDirectory, Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "postgres-stop"));
        for (String database : List.of(args).subList(2, args.length)) {
            server.ensureDatabase(database);
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        stopped.await();
    }
}
