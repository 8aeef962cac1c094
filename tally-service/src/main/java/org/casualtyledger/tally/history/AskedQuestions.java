package org.casualtyledger.tally.history;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The live questions asked lately, each with the reader that answers it (the last asker's): after the ledger changes
 * they are answered again in the background, so that the next reader finds the answer remembered instead of computing
 * it. A question not asked for {@code within} is left alone; at most {@code capacity} questions are kept, the most
 * recently asked.
 */
final class AskedQuestions {
    record Asked(String question, Function<SqlClient, Uni<?>> reader) {
    }

    private record Entry(Function<SqlClient, Uni<?>> reader, long askedAt) {
    }

    private final Map<String, Entry> asked;
    private final long withinNanos;

    AskedQuestions(int capacity, Duration within) {
        this.withinNanos = within.toNanos();
        this.asked = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void note(String question, Function<SqlClient, Uni<?>> reader) {
        if (withinNanos > 0) {
            asked.put(question, new Entry(reader, System.nanoTime()));
        }
    }

    /** The questions asked within the window, most recently asked first; older ones are forgotten. */
    synchronized List<Asked> recent() {
        long now = System.nanoTime();
        asked.values().removeIf(entry -> now - entry.askedAt() > withinNanos);
        List<Asked> recent = new ArrayList<>(asked.size());
        asked.forEach((question, entry) -> recent.add(0, new Asked(question, entry.reader())));
        return recent;
    }
}
