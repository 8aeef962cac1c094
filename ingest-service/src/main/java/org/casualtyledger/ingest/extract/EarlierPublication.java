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
    private static final Set<String> EARLIER = WordList.of("earlier");
    private static final Set<String> PUBLICATIONS = WordList.of("publications");
    /** How far after the reporting verb its "on DATE" may stand: "reported on its website on Monday". */
    private static final int DATE_REACH = 6;

    private EarlierPublication() {
    }

    /** The words that may open such a cue: read together with the reporting verbs in one look-up a token. */
    static Set<String> cueWords() {
        return EARLIER;
    }

    /** "an earlier report" at {@code i}. */
    static boolean calledEarlier(List<Token> tokens, int i, Sentence s) {
        return EARLIER.contains(tokens.get(i).lower()) && i + 1 < s.to() && PUBLICATIONS.contains(tokens.get(i + 1).lower());
    }

    /** The reporting verb at {@code verb} is dated before publication: "reported on Monday that". */
    static boolean datedBefore(List<Token> tokens, int verb, Sentence s, LocalDate publishedAt) {
        if (publishedAt == null) {
            return false;
        }
        int to = Math.min(s.to(), verb + 1 + DATE_REACH);
        for (int k = verb + 1; k < to; k++) {
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
