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
}
