package org.casualtyledger.tally.tallies;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A tally's cells for one question (every page of it), as remembered until the ledger changes, with the pages written
 * out from them: a page asked again is sent as it was written. Writing a page is most of the cost of a remembered
 * answer (a monthly tally of everything is about 230 KB of JSON at 1,000,000 claims).
 */
final class TallyAnswer {
    /** Pages kept per answer; further pages (many page sizes) are written each time. */
    private static final int PAGES_KEPT = 8;

    private final List<Tally> cells;
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    TallyAnswer(List<Tally> cells) {
        this.cells = cells;
    }

    List<Tally> cells() {
        return cells;
    }

    /** The page named {@code page} (its number, size and format), written by {@code write} the first time. */
    byte[] page(String page, Supplier<byte[]> write) {
        byte[] kept = written.get(page);
        if (kept != null) {
            return kept;
        }
        byte[] body = write.get();
        if (written.size() < PAGES_KEPT) {
            written.putIfAbsent(page, body);
        }
        return body;
    }
}
