package org.casualtyledger.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Scores of one document-level figure over a file: exact, within 10 %, spurious and missed rates. */
final class FigureScore {

    private static final double WITHIN = 0.10;
    private int documents;
    private int exact;
    private int within;
    private int goldNone;
    private int spurious;
    private int goldSome;
    private int missed;

    /** Scores one document against the acceptable gold values (FA-KES accepts any incident or their sum). */
    void add(long extracted, long... acceptable) {
        documents++;
        boolean none = true;
        boolean isExact = false;
        boolean isWithin = false;
        for (long gold : acceptable) {
            none &= gold == 0;
            isExact |= extracted == gold;
            isWithin |= Math.abs(extracted - gold) <= WITHIN * gold;
        }
        exact += isExact ? 1 : 0;
        within += isWithin ? 1 : 0;
        if (none) {
            goldNone++;
            spurious += extracted > 0 ? 1 : 0;
        } else {
            goldSome++;
            missed += extracted == 0 ? 1 : 0;
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", documents);
        json.put("exact", ratio(exact, documents));
        json.put("within10", ratio(within, documents));
        json.put("spurious", ratio(spurious, goldNone));
        json.put("missed", ratio(missed, goldSome));
        return json;
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
