package org.casualtyledger.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checked-out project is: the folder holding {@code k8s/} and the service modules. */
final class Repository {
    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("ledger.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path candidate = start.toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("k8s")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no k8s/ folder above " + start);
    }

    static Path k8s() {
        return root().resolve("k8s");
    }
}
