package org.casualtyledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.ingest.extract.ClaimExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction throughput on one core: a bulletin of the seed's size and style (about 6,300 characters, written for
 * this benchmark) and a one-sentence incident description. Target: 2,000 bulletins per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 26);
    private ClaimExtractor extractor;
    private String bulletin;
    private String incident;

    @Setup
    public void load() {
        extractor = ClaimExtractor.standard();
        bulletin = resource("bench/bulletin.txt");
        incident = resource("bench/incident.txt");
        if (extractor.extract("r-bench", bulletin, PUBLISHED).isEmpty()) {
            throw new IllegalStateException("the benchmark bulletin yields no claims");
        }
    }

    @Benchmark
    public List<Claim> seedSizedBulletin() {
        return extractor.extract("r-bench", bulletin, PUBLISHED);
    }

    @Benchmark
    public List<Claim> shortIncident() {
        return extractor.extract("r-bench", incident, PUBLISHED);
    }

    private static String resource(String path) {
        try (InputStream in = ExtractionBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
