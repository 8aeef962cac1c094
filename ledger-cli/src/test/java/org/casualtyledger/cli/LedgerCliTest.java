package org.casualtyledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerCliTest {

    @Test
    void readsNamedOptionsInBothFormsAndFilesInOrder() {
        LedgerCli.Options options = LedgerCli.Options.parse(
                new String[] {"ingest", "a.txt", "--source", "SOHR", "b.txt", "--published=2019-01-26"});
        assertEquals("ingest", options.command());
        assertEquals(List.of("a.txt", "b.txt"), options.positional());
        assertEquals("SOHR", options.value("source", "local"));
        assertEquals("2019-01-26", options.value("published", null));
        assertEquals("group,outcome", options.value("group-by", "group,outcome"));
    }

    @Test
    void alignsColumnsAndClipsLongCells() {
        Table table = new Table(List.of("group", "best"));
        table.add(List.of("ISIS", "34"));
        table.add(List.of("INTERNATIONAL_COALITION", "x".repeat(100)));
        String[] lines = table.render().split(System.lineSeparator());
        assertEquals(4, lines.length);
        assertTrue(lines[2].startsWith("ISIS                     34"), lines[2]);
        assertTrue(lines[3].endsWith("…"), "a long cell is clipped: " + lines[3]);
        assertEquals(lines[0].length(), lines[1].length());
    }

    @Test
    void spreadsTallyKeysIntoColumnsAndShortensRanges() throws Exception {
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                [{"key":{"group":"ISIS","outcome":"KILLED"},"best":34,"fromEvents":{"low":34,"best":34,"high":null},"discrepancies":[]}]
                """);
        String[] lines = LedgerCli.rowsTable(rows).render().split(System.lineSeparator());
        assertTrue(lines[0].startsWith("group  outcome  best  fromEvents  discrepancies"), lines[0]);
        assertTrue(lines[2].startsWith("ISIS   KILLED   34    34/34/"), lines[2]);
    }

    @Test
    void listsSourcesWithTheirStateAndPostsANewOne() throws Exception {
        java.util.List<String> calls = new java.util.ArrayList<>();
        SourcesCommand command = new SourcesCommand((method, path, body) -> {
            calls.add(method + " " + path + " " + body);
            return new SourcesCommand.Answer(method.equals("GET") ? 200 : 201, method.equals("GET")
                    ? "[{\"name\":\"SOHR\",\"feedUrl\":\"https://example.org/feed/\",\"enabled\":true,\"pollEvery\":\"PT15M\","
                    + "\"itemsSeen\":4,\"reportsStored\":3,\"lastError\":\"HTTP 503 from https://example.org/feed/\"}]"
                    : "{\"name\":\"SOHR\",\"feedUrl\":\"https://example.org/feed/\",\"enabled\":true,\"pollEvery\":\"PT30M\"}");
        });
        assertEquals(0, command.run(LedgerCli.Options.parse(new String[] {"sources", "add", "SOHR", "https://example.org/feed/", "--every", "PT30M"})));
        assertEquals(0, command.run(LedgerCli.Options.parse(new String[] {"sources", "list"})));
        assertEquals(2, command.run(LedgerCli.Options.parse(new String[] {"sources", "poll"})));
        assertEquals("POST /api/v1/sources {\"name\":\"SOHR\",\"feedUrl\":\"https://example.org/feed/\",\"pollEvery\":\"PT30M\",\"language\":\"en\"}",
                calls.get(0));
        String table = SourcesCommand.table(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "[{\"name\":\"SOHR\",\"itemsSeen\":4,\"reportsStored\":3,\"lastError\":\"HTTP 503\"}]")).render();
        assertTrue(table.contains("SOHR") && table.contains("HTTP 503") && table.contains("never"), table);
    }

    @Test
    void startsAReextractionAndFollowsItToTheEnd() throws Exception {
        java.util.List<String> calls = new java.util.ArrayList<>();
        java.util.Iterator<String> progress = java.util.List.of(
                "{\"id\":7,\"state\":\"RUNNING\",\"total\":4,\"done\":2,\"failed\":0,\"changed\":1}",
                "{\"id\":7,\"state\":\"FINISHED\",\"total\":4,\"done\":3,\"failed\":1,\"changed\":1,"
                        + "\"failures\":[{\"reportId\":\"r-1\",\"reason\":\"time budget exceeded\"}]}").iterator();
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        ReextractCommand command = new ReextractCommand((method, path, body) -> {
            calls.add(method + " " + path + " " + body);
            return method.equals("POST")
                    ? new SourcesCommand.Answer(202, "{\"id\":7,\"state\":\"RUNNING\",\"total\":4,\"done\":0,\"failed\":0,\"extractorVersion\":\"0.1.0+rules.abc\"}")
                    : new SourcesCommand.Answer(200, progress.next());
        }, new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8), java.time.Duration.ZERO);

        int exit = command.run(LedgerCli.Options.parse(new String[] {"reextract", "--source", "SOHR", "--from", "2019-01-01"}));

        assertEquals(1, exit, "a report not read makes the exit code 1");
        assertEquals("POST /api/v1/reports/reextract {\"source\":\"SOHR\",\"publishedFrom\":\"2019-01-01\"}", calls.get(0));
        assertEquals("GET /api/v1/reextractions/7 null", calls.get(1));
        String out = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(out.contains("[#############################-] 4/4 read, 1 failed, 1 changed") || out.contains("4/4 read, 1 failed, 1 changed"), out);
        assertTrue(out.contains("[###############---------------] 2/4 read"), out);
        assertTrue(out.contains("not read: r-1: time budget exceeded"), out);
    }

    @Test
    void aCancelledReextractionEndsTheFollowingAndCancelIsADelete() throws Exception {
        java.util.List<String> calls = new java.util.ArrayList<>();
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        ReextractCommand command = new ReextractCommand((method, path, body) -> {
            calls.add(method + " " + path);
            return method.equals("POST")
                    ? new SourcesCommand.Answer(202, "{\"id\":8,\"state\":\"RUNNING\",\"total\":4,\"done\":0,\"failed\":0}")
                    : new SourcesCommand.Answer(200, "{\"id\":8,\"state\":\"CANCELLED\",\"total\":4,\"done\":1,\"failed\":0,\"changed\":0}");
        }, new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8), java.time.Duration.ZERO);

        assertEquals(1, command.run(LedgerCli.Options.parse(new String[] {"reextract"})), "a cancelled job did not read everything");
        assertEquals(java.util.List.of("POST /api/v1/reports/reextract", "GET /api/v1/reextractions/8"), calls);
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("re-extraction 8 was cancelled"));

        calls.clear();
        assertEquals(0, command.run(LedgerCli.Options.parse(new String[] {"reextract", "--cancel", "8"})));
        assertEquals(java.util.List.of("DELETE /api/v1/reextractions/8"), calls);
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("1/4 read, 0 failed, 0 changed: cancelled"));
    }
}
