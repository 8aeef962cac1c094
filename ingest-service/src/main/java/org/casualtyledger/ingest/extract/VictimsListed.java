package org.casualtyledger.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "victims-list": "The dead are distributed as follows:", "The wounded are:": a list introduced by the people
 * a toll counted, and by no group of its own, breaks down the latest toll of their outcome told before it.
 */
final class VictimsListed {

    static final String NAME = "victims-list";
    private static final Map<String, Outcome> NAMED = named();

    private VictimsListed() {
    }

    private static Map<String, Outcome> named() {
        Map<String, Outcome> named = new HashMap<>();
        for (String[] row : DataFile.rows("victims-named.tsv")) {
            named.put(row[0], Outcome.valueOf(row[1]));
        }
        return Map.copyOf(named);
    }

    /** The latest top-level toll of the outcome that the introduction's words name, within {@code reach} figures. */
    static Draft total(Set<String> introWords, List<Draft> earlier, int reach) {
        Outcome outcome = null;
        for (String w : introWords) {
            Outcome o = NAMED.get(w);
            if (o != null && outcome != null && o != outcome) {
                return null;
            }
            outcome = o != null ? o : outcome;
        }
        if (outcome == null) {
            return null;
        }
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - reach); k--) {
            Draft d = earlier.get(k);
            if (d.parent == null && d.restates == null && !d.sentence.headline() && Restatements.toll(d.outcome) == outcome) {
                return d;
            }
        }
        return null;
    }
}
