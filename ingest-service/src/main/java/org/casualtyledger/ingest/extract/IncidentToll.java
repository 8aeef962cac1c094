package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "incident-toll": "The toll of the car bomb in Tal Abyad rises to 14 dead, and nearly 1,000 people have lost
 * their lives since the start of the operation": the toll of one named event (a bomb, an explosion, a massacre)
 * that rises is that incident's own toll updated, whatever period another figure of the sentence names. A period
 * told inside the subject ("the toll of the operations since the beginning of 2021 rises to 91") keeps it a total.
 */
final class IncidentToll {

    static final String NAME = "incident-toll";
    /** Words between "toll" and the rising verb: "the toll of yesterday's massacre in the market of Maarat al-Numan". */
    private static final int SUBJECT_REACH = 14;

    private IncidentToll() {
    }

    static boolean updates(Draft d, List<Token> tokens) {
        if (d.outcomeFrom < 0 || d.outcomeTo <= d.outcomeFrom || !tokens.get(d.outcomeTo - 1).is("toll")
                || d.outcomeTo >= d.quantity.from()) {
            return false;
        }
        int from = d.outcomeTo;
        int to = Math.min(d.quantity.from(), from + SUBJECT_REACH);
        if (from >= to || !tokens.get(from).is("of")) {
            return false;
        }
        boolean event = false;
        for (int i = from + 1; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("since") || w.equals("during")) {
                return false;
            }
            event |= SentenceRules.INCIDENT_NOUNS.contains(w);
        }
        return event;
    }
}
