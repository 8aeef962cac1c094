package org.casualtyledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares builds of the extractor in one JVM: each checkout's classes in a class loader of their own, measured in
 * alternating one-second windows of the thread's CPU time, so that load which comes and goes on the machine falls on
 * every build alike. Prints each build's median extractions per CPU second and the median of the per-window ratios
 * to the first build. Usage: SideBySide ROUNDS CHECKOUT... (each checkout's ingest-service and ledger-common
 * {@code target/classes} built; the other libraries come from this module's class path).
 */
public final class SideBySide {

    private static final int WARM_UP_ROUNDS = 3;

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<String> checkouts = Arrays.asList(args).subList(1, args.length);
        for (String name : new String[] {"bench/bulletin.txt", "bench/incident.txt"}) {
            compare(name, resource(name), rounds, checkouts);
        }
    }

    private static void compare(String name, String text, int rounds, List<String> checkouts) throws Exception {
        List<Build> builds = new ArrayList<>();
        for (String checkout : checkouts) {
            builds.add(Build.of(checkout));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] rates = new double[builds.size()][rounds];
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (int b = 0; b < builds.size(); b++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long runs = builds.get(b).runFor(text, 1_000_000_000L);
                if (round >= 0) {
                    rates[b][round] = runs / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
                }
            }
        }
        for (int b = 0; b < builds.size(); b++) {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = rates[b][round] / rates[0][round];
            }
            System.out.printf("%-20s %-28s %10.1f extractions per CPU second (median)  %.2fx the first%n",
                    name, checkouts.get(b), median(rates[b]), median(ratios));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One checkout's extractor, loaded apart from every other build's classes. */
    private record Build(Object extractor, Method extract) {

        static Build of(String checkout) throws Exception {
            List<URL> path = new ArrayList<>();
            path.add(Path.of(checkout, "ingest-service/target/classes").toUri().toURL());
            path.add(Path.of(checkout, "ledger-common/target/classes").toUri().toURL());
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (!entry.contains("casualtyledger") && !entry.endsWith("bench/target/classes")) {
                    path.add(Path.of(entry).toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass("org.casualtyledger.ingest.extract.ClaimExtractor");
            return new Build(type.getMethod("standard").invoke(null),
                    type.getMethod("extract", String.class, String.class, LocalDate.class));
        }

        long runFor(String text, long nanos) throws Exception {
            long end = System.nanoTime() + nanos;
            long runs = 0;
            while (System.nanoTime() < end) {
                extract.invoke(extractor, "r-bench", text, LocalDate.of(2019, 1, 26));
                runs++;
            }
            return runs;
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SideBySide.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
