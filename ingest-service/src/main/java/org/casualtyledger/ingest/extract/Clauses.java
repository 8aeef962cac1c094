package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Clause boundaries inside a sentence: the words and marks that start a new statement ("while", "whereas",
 * ", also", ";"). Figures take their outcome, scope and period from their own clause.
 */
final class Clauses {

    private static final Set<String> BOUNDARY_WORDS = WordList.of("boundary-words");
    private final List<Token> tokens;
    private final int from;
    private final int to;
    /** Long run-on clauses are read in a bounded window, which keeps the work linear in the text. */
    static final int REACH = 80;
    private int[] starts;
    private boolean[] boundaries;
    private int[] ends;

    Clauses(List<Token> tokens, int from, int to) {
        this.tokens = tokens;
        this.from = from;
        this.to = to;
    }

    /** Just past the sentence's last token. */
    int sentenceEnd() {
        return to;
    }

    boolean isBoundary(int i) {
        if (i < from || i >= to) {
            return boundaryAt(i);
        }
        if (boundaries == null) {
            boundaries = new boolean[to - from];
            for (int k = from; k < to; k++) {
                boundaries[k - from] = boundaryAt(k);
            }
        }
        return boundaries[i - from];
    }

    private boolean boundaryAt(int i) {
        Token t = tokens.get(i);
        if (BOUNDARY_WORDS.contains(t.lower())) {
            return !AdverbAfterAuxiliary.at(tokens, i);
        }
        return t.is("also") && i > from && tokens.get(i - 1).is(",");
    }

    /** First token of the clause holding token i (at most {@link #REACH} tokens back). */
    int start(int i) {
        return Math.max(starts()[i - from], i - REACH);
    }

    /** Just past the last token of the clause holding token i (at most {@link #REACH} tokens on). */
    int end(int i) {
        return Math.min(ends()[i - from], i + 1 + REACH);
    }

    private int[] starts() {
        if (starts == null) {
            starts = new int[to - from];
            for (int i = from; i < to; i++) {
                boolean opens = i == from || isBoundary(i - 1) || isBoundary(i);
                starts[i - from] = opens ? i : starts[i - 1 - from];
            }
        }
        return starts;
    }

    private int[] ends() {
        if (ends == null) {
            ends = new int[to - from];
            for (int i = to - 1; i >= from; i--) {
                boolean closes = i == to - 1 || isBoundary(i + 1);
                ends[i - from] = closes ? i + 1 : ends[i + 1 - from];
            }
        }
        return ends;
    }
}
