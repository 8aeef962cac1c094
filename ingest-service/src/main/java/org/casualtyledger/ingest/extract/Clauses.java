package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Clause boundaries inside a sentence: the words and marks that start a new statement ("while", "whereas",
 * ", also", ";"). Figures take their outcome, scope and period from their own clause.
 */
final class Clauses {

    private static final Set<String> BOUNDARY_WORDS = Set.of(";", "while", "whereas", "but", "thus", "meanwhile",
            "however", ":", "whilst");
    private final List<Token> tokens;
    private final int from;
    private final int to;

    Clauses(List<Token> tokens, int from, int to) {
        this.tokens = tokens;
        this.from = from;
        this.to = to;
    }

    boolean isBoundary(int i) {
        Token t = tokens.get(i);
        if (BOUNDARY_WORDS.contains(t.lower())) {
            return true;
        }
        return t.is("also") && i > from && tokens.get(i - 1).is(",");
    }

    /** First token of the clause holding token i. */
    int start(int i) {
        int k = i;
        while (k > from && !isBoundary(k - 1) && !isBoundary(k)) {
            k--;
        }
        return k;
    }

    /** Just past the last token of the clause holding token i. */
    int end(int i) {
        int k = i + 1;
        while (k < to && !isBoundary(k)) {
            k++;
        }
        return k;
    }
}
