package org.casualtyledger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.ingest.extract.ClaimExtractor;

/**
 * {@code scripts/eval.sh [--errors N] [--layers] FILE...}: runs the extractor in-process over evaluation files in the
 * formats of ../shared/eval/README.md and prints one JSON line per file, then, when the run had claim-level files, one
 * line with precision and recall over all their claims together. {@code --errors N} also prints the N worst documents
 * of each document-level file, and each claim-level file's unmatched claims, to standard error; {@code --layers} adds
 * to each claim-level line the share of gold claims that pass each layer of a match (figure, + group, + scope,
 * + parent, + restatement mark), and with {@code --errors} the layer each missed gold claim fails.
 */
public final class EvaluationCommand {

    private static final List<String> FIGURES = List.of("killed", "injured", "captured");
    private final ObjectMapper json = new ObjectMapper();
    private final ClaimExtractor extractor = ClaimExtractor.standard();
    private final PrintStream out;
    private final PrintStream err;
    private final int errors;
    private boolean layers;
    private final ClaimTotals totals = new ClaimTotals();

    EvaluationCommand(PrintStream out, PrintStream err, int errors) {
        this.out = out;
        this.err = err;
        this.errors = errors;
    }

    EvaluationCommand withLayers() {
        this.layers = true;
        return this;
    }

    public static void main(String[] args) throws IOException {
        int errors = 0;
        boolean layers = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--errors") && i + 1 < args.length) {
                errors = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--layers")) {
                layers = true;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: eval [--errors N] [--layers] FILE.jsonl|FILE.json ...");
            System.exit(2);
        }
        EvaluationCommand command = new EvaluationCommand(System.out, System.err, errors);
        if (layers) {
            command.withLayers();
        }
        for (Path file : files) {
            command.evaluate(file);
        }
        command.printTotal();
    }

    /** The line over all claim-level files of the run: precision and recall counted over all their claims together. */
    void printTotal() throws IOException {
        if (totals.files() > 0) {
            out.println(json.writeValueAsString(Map.of("claim_level_total", totals.toJson(layers))));
        }
    }

    void evaluate(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.endsWith(".jsonl") && !name.endsWith(".json")) {
            err.println("skipped " + file + ": not an evaluation file (.jsonl or .json)");
            return;
        }
        Map<String, Object> line = name.endsWith(".jsonl") ? documentLevel(file) : claimLevel(file);
        out.println(json.writeValueAsString(line));
    }

    private Map<String, Object> documentLevel(Path file) throws IOException {
        Map<String, FigureScore> scores = new LinkedHashMap<>();
        Map<String, FigureScore> plainScores = new LinkedHashMap<>();
        List<DocumentError> worst = new ArrayList<>();
        int documents = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String row;
            while ((row = reader.readLine()) != null) {
                if (row.isBlank()) {
                    continue;
                }
                documents++;
                scoreDocument(json.readTree(row), scores, plainScores, worst);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.getFileName().toString());
        result.put("documents", documents);
        scores.forEach((figure, score) -> result.put(figure, score.toJson()));
        if (!plainScores.isEmpty()) {
            Map<String, Object> plain = new LinkedHashMap<>();
            plainScores.forEach((figure, score) -> plain.put(figure, score.toJson()));
            result.put("plain", plain);
        }
        printWorst(worst);
        return result;
    }

    private void scoreDocument(JsonNode doc, Map<String, FigureScore> scores, Map<String, FigureScore> plainScores,
            List<DocumentError> worst) {
        String text = doc.path("text").asText("");
        List<Claim> claims = extractor.extract(doc.path("id").asText("r-eval"), text, date(doc.path("published")));
        DocumentReduction reduction = DocumentReduction.forDataset(doc.path("dataset").asText(""));
        JsonNode gold = doc.path("gold");
        long error = 0;
        StringBuilder figures = new StringBuilder();
        for (String figure : FIGURES) {
            long[] acceptable = acceptable(gold, figure);
            if (acceptable == null) {
                continue;
            }
            Outcome outcome = Outcome.valueOf(figure.toUpperCase());
            long extracted = reduction.figure(text, claims, outcome);
            scores.computeIfAbsent(figure, k -> new FigureScore()).add(extracted, acceptable);
            if (reduction != DocumentReduction.PLAIN) {
                long plain = DocumentReduction.PLAIN.figure(text, claims, outcome);
                plainScores.computeIfAbsent(figure, k -> new FigureScore()).add(plain, acceptable);
            }
            error += distance(extracted, acceptable);
            figures.append(figure).append(" gold ")
                    .append(acceptable.length == 1 ? Long.toString(acceptable[0]) : java.util.Arrays.toString(acceptable))
                    .append(" got ").append(extracted).append("; ");
        }
        if (errors > 0 && error > 0) {
            worst.add(new DocumentError(doc.path("id").asText(), error, figures.toString(), text, claims));
        }
    }

    /** The gold values a figure may equal: FA-KES accepts any coded incident's killed or their sum; null when ungraded. */
    private static long[] acceptable(JsonNode gold, String figure) {
        if (figure.equals("killed") && gold.has("killed_incidents")) {
            return incidentKilled(gold.path("killed_incidents"));
        }
        if (!gold.has(figure) || gold.get(figure).isNull()) {
            return null;
        }
        return new long[] {gold.get(figure).asLong()};
    }

    private static long[] incidentKilled(JsonNode incidents) {
        long[] values = new long[incidents.size() + 1];
        long sum = 0;
        for (int i = 0; i < incidents.size(); i++) {
            values[i] = incidents.get(i).path("killed").asLong();
            sum += values[i];
        }
        values[incidents.size()] = sum;
        return values;
    }

    private static long distance(long extracted, long[] acceptable) {
        long best = Long.MAX_VALUE;
        for (long gold : acceptable) {
            best = Math.min(best, Math.abs(extracted - gold));
        }
        return best == 0 ? 0 : 1 + Math.min(1000, best);
    }

    private Map<String, Object> claimLevel(Path file) throws IOException {
        JsonNode gold = json.readTree(file.toFile());
        String text = gold.hasNonNull("text") ? gold.get("text").asText()
                : Files.readString(file.toAbsolutePath().getParent().resolve(gold.path("document").asText()), StandardCharsets.UTF_8);
        List<Claim> claims = extractor.extract("r-eval", text, date(gold.path("published")));
        GoldClaimScore score = new GoldClaimScore(text, claims);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.getFileName().toString());
        Map<String, Object> claimScores = score.score(gold.path("claims"));
        List<String> failures = new ArrayList<>();
        Map<GoldClaimScore.Layer, Integer> passed = score.layers(gold.path("claims"), failures);
        totals.add(score, passed);
        if (layers) {
            claimScores.put("layers", ClaimTotals.layerRates(passed, score.gold()));
        }
        result.put("claims", claimScores);
        if (errors > 0) {
            err.println("== " + file.getFileName());
            score.unmatchedGold().forEach(g -> err.println("missed gold: " + g));
            if (layers) {
                failures.forEach(f -> err.println("  " + f));
            }
            score.unmatchedClaims().forEach(c -> err.println("unmatched claim: " + describe(text, c)));
        }
        return result;
    }

    private void printWorst(List<DocumentError> worst) {
        worst.sort(Comparator.comparingLong(DocumentError::error).reversed().thenComparing(DocumentError::id));
        for (DocumentError e : worst.subList(0, Math.min(errors, worst.size()))) {
            err.println("== " + e.id() + ": " + e.figures());
            err.println("   " + e.text().replace('\n', ' '));
            e.claims().forEach(c -> err.println("   -> " + describe(e.text(), c)));
        }
    }

    private static String describe(String text, Claim c) {
        return c.count().value() + " " + c.count().qualifier() + " " + c.outcome() + " " + c.group() + " " + c.scope()
                + (c.periodStart() != null && c.scope() == org.casualtyledger.claim.Scope.CUMULATIVE ? " since " + c.periodStart() : "")
                + (c.parentId() != null ? " child" : "") + (c.flags().isEmpty() ? "" : " " + c.flags()) + (c.restates() != null ? " restates" : "") + " [" + c.rule() + "] \""
                + text.substring(c.evidence().start(), c.evidence().end()) + "\"";
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private record DocumentError(String id, long error, String figures, String text, List<Claim> claims) {
    }
}
