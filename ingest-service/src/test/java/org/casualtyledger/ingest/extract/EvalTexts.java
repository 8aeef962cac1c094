package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every text of the evaluation files in {@code ../shared/eval/} (beside the repository), read at test time: the
 * {@code text} of each {@code .jsonl} line, and of each claim-level {@code .json} file its {@code text} or
 * {@code document} and the snippets of its gold claims. Tests that use them are skipped where the folder is missing.
 */
record EvalTexts(String origin, String text, LocalDate published) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** All texts, or a skipped test (JUnit assumption) when {@code ../shared/eval} is not there. */
    static List<EvalTexts> all() {
        Path eval = directory();
        assumeTrue(eval != null, "../shared/eval not found beside the repository: evaluation texts are not available here");
        try (Stream<Path> files = Files.walk(eval)) {
            List<EvalTexts> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    readLines(eval.relativize(file).toString(), file, texts);
                } else if (name.endsWith(".json")) {
                    readClaimLevel(eval.relativize(file).toString(), file, texts);
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path eval = dir == null || dir.getParent() == null ? null : dir.getParent().resolve("shared").resolve("eval");
        return eval != null && Files.isDirectory(eval) ? eval : null;
    }

    private static void readLines(String name, Path file, List<EvalTexts> texts) throws IOException {
        int line = 0;
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (!row.isBlank()) {
                JsonNode doc = JSON.readTree(row);
                texts.add(new EvalTexts(name + ":" + line + " " + doc.path("id").asText(), doc.path("text").asText(""),
                        date(doc.path("published"))));
            }
        }
    }

    private static void readClaimLevel(String name, Path file, List<EvalTexts> texts) throws IOException {
        JsonNode gold = JSON.readTree(file.toFile());
        if (!gold.has("claims")) {
            return;
        }
        LocalDate published = date(gold.path("published"));
        String text = gold.hasNonNull("text") ? gold.get("text").asText()
                : Files.readString(file.getParent().resolve(gold.path("document").asText()), StandardCharsets.UTF_8);
        texts.add(new EvalTexts(name, text, published));
        for (JsonNode claim : gold.path("claims")) {
            texts.add(new EvalTexts(name + " claim " + claim.path("id").asText(), claim.path("text").asText(""), published));
        }
    }

    private static LocalDate date(JsonNode node) {
        String s = node.asText("");
        return s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : null;
    }
}
