package org.casualtyledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final EvaluationCommand command = new EvaluationCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), 0);

    @Test
    void scoresEachFigureOfADocumentLevelFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mini.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"text\":\"Gunmen killed 12 villagers and wounded 5 others near the market.\",\"published\":\"2020-03-02\",\"gold\":{\"killed\":12,\"injured\":5}}",
                "{\"id\":\"b\",\"text\":\"A roadside bomb killed three soldiers.\",\"published\":null,\"gold\":{\"killed\":4,\"injured\":0}}",
                ""));

        command.evaluate(file);

        JsonNode line = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("mini.jsonl", line.path("file").asText());
        assertEquals(2, line.path("documents").asInt());
        assertEquals(0.5, line.path("killed").path("exact").asDouble());
        assertEquals(1.0, line.path("injured").path("exact").asDouble());
    }

    @Test
    void printsThePlainReductionBesideADataSetsOwnConvention(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("conventions.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"w\",\"dataset\":\"wad\",\"text\":\"Raiders killed nine herders near the well.\",\"published\":null,\"gold\":{\"killed\":9,\"injured\":0}}",
                "{\"id\":\"i\",\"dataset\":\"isaf\",\"text\":\"A patrol detained two suspects.\",\"published\":null,\"gold\":{\"killed\":0,\"captured\":2}}",
                ""));

        command.evaluate(file);

        JsonNode line = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, line.path("killed").path("documents").asInt());
        assertEquals(1.0, line.path("killed").path("exact").asDouble());
        assertEquals(1, line.path("plain").path("killed").path("documents").asInt(),
                "only the WAD line has a convention of its own, so only it is scored twice");
        assertEquals(1.0, line.path("plain").path("killed").path("exact").asDouble());
    }

    @Test
    void skipsFilesThatAreNotEvaluationData(@TempDir Path dir) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Evaluation data\n");

        command.evaluate(readme);

        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String warning = err.toString(StandardCharsets.UTF_8);
        assertTrue(warning.contains("skipped") && warning.contains("README.md"), warning);
    }
}
