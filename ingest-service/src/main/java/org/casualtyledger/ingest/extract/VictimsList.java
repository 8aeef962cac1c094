package org.casualtyledger.ingest.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "victims-list": "... documented the death of 120 people. The victims are distributed as follows: / • 50
 * civilians": an introduction with no figure of its own that names the people of a toll (the victims, the dead,
 * the wounded, "they") opens on the latest total of that outcome before it.
 */
final class VictimsList {

    static final String NAME = "victims-list";
    private static final String ANY = "ANY";
    private static final Map<String, String> HEADS = new HashMap<>();

    static {
        for (String[] row : DataFile.rows("list-victims.tsv")) {
            HEADS.put(row[0], row[1]);
        }
    }

    private VictimsList() {
    }

    /** True when the introduction's words name the people of a total of this outcome. */
    static boolean names(Set<String> words, Outcome outcome) {
        for (String w : words) {
            String named = HEADS.get(w);
            if (named != null && (named.equals(ANY) || outcome != null && named.equals(outcome.name()))) {
                return true;
            }
        }
        return false;
    }
}
