package org.casualtyledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.casualtyledger.ingest.extract.ClaimExtractor;

/**
 * Extractions per second of CPU time of the measuring thread, after a warm-up: a figure that a busy machine does
 * not distort the way wall-clock throughput is distorted. Usage: CpuThroughput [seconds].
 */
public final class CpuThroughput {

    private CpuThroughput() {
    }

    public static void main(String[] args) throws IOException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        ClaimExtractor extractor = ClaimExtractor.standard();
        for (String name : new String[] {"bench/bulletin.txt", "bench/incident.txt"}) {
            String text = resource(name);
            run(extractor, text, seconds / 2);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            long runs = run(extractor, text, seconds);
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf("%-20s %6d chars  %10.1f extractions per CPU second  %10.1f per wall second%n",
                    name, text.length(), runs / cpu, runs / wall);
        }
    }

    private static long run(ClaimExtractor extractor, String text, long seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long runs = 0;
        int claims = 0;
        while (System.nanoTime() < end) {
            claims += extractor.extract("r-bench", text, LocalDate.of(2019, 1, 26)).size();
            runs++;
        }
        if (claims == 0) {
            throw new IllegalStateException("no claims extracted");
        }
        return runs;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CpuThroughput.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
