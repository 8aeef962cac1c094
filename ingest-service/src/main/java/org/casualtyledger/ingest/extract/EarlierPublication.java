package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Rule "earlier-publication": "the monitor reported on Monday that 23 guards were killed" in Wednesday's report, "in
 * an earlier report, the monitor said that 26 were killed": a publication dated before the report's own day, or
 * called earlier, told the figures that follow it before; they are published before, like "published yesterday".
 */
final class EarlierPublication {

    static final String NAME = "earlier-publication";
    private static final Set<String> REPORTING = WordList.of("published-before-reporting");
    private static final Set<String> EARLIER = WordList.of("earlier");
    private static final Set<String> PUBLICATIONS = WordList.of("publications");
    /** How far after the reporting verb its "on DATE" may stand: "reported on its website on Monday". */
    private static final int DATE_REACH = 6;

    private EarlierPublication() {
    }

    /** The index of the cue in the sentence, or -1. */
    static int cue(List<Token> tokens, Sentence s, LocalDate publishedAt) {
        for (int i = s.from(); i < s.to(); i++) {
            String w = tokens.get(i).lower();
            if (EARLIER.contains(w) && i + 1 < s.to() && PUBLICATIONS.contains(tokens.get(i + 1).lower())) {
                return i;
            }
            if (REPORTING.contains(w) && publishedAt != null && datedBefore(tokens, i + 1, Math.min(s.to(), i + DATE_REACH), publishedAt)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean datedBefore(List<Token> tokens, int from, int to, LocalDate publishedAt) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("that")) {
                return false;
            }
            if (tokens.get(k).is("on")) {
                DateReader.Dated dated = DateReader.read(tokens, k + 1, to, to, publishedAt);
                return dated != null && dated.from() == k + 1 && dated.date().isBefore(publishedAt);
            }
        }
        return false;
    }
}
