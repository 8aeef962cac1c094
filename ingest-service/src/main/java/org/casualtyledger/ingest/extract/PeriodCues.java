package org.casualtyledger.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where in a report a named period may open ({@link PeriodTotal#duringNamedPeriod}): "during", "throughout",
 * "between", "from", the words of a stretch ("over", "within"), "last month", and "in" before "the", a month or a year.
 * Found in one pass over the report, so each figure's question looks only at the few places in its clause instead of
 * reading every word of it again. The places are a superset: each is checked in full where it is asked about.
 */
final class PeriodCues {

    private static final Set<String> PREVIOUS = WordList.of("previous-period");
    /** Every word a place starts from, in one set: most words of a report start none, and each costs one look-up. */
    private static final Set<String> STARTS = starts();
    /** The places of the report read last: a report's figures ask one after another. Compared by identity. */
    private static volatile PeriodCues lastRead;

    private final List<Token> tokens;
    private final int[] at;

    private PeriodCues(List<Token> tokens, int[] at) {
        this.tokens = tokens;
        this.at = at;
    }

    static PeriodCues of(List<Token> tokens) {
        PeriodCues last = lastRead;
        if (last != null && last.tokens == tokens) {
            return last;
        }
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (cue(tokens, i)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        PeriodCues read = new PeriodCues(tokens, Arrays.copyOf(found, n));
        lastRead = read;
        return read;
    }

    private static Set<String> starts() {
        Set<String> starts = new java.util.HashSet<>(List.of("during", "throughout", "between", "from"));
        starts.addAll(WordList.of("over"));
        starts.addAll(PREVIOUS);
        return java.util.Collections.unmodifiableSet(starts);
    }

    private static boolean cue(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (!STARTS.contains(w)) {
            return false;
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (w.equals("in")) {
            return next != null && (next.is("the") || NonCasualty.isYear(next) || NonCasualty.MONTHS.contains(next.lower()));
        }
        return !PREVIOUS.contains(w) || next != null && next.is("month");
    }

    /** The index in {@link #at} of the first place at or after token {@code from}. */
    int first(int from) {
        int k = Arrays.binarySearch(at, from);
        return k >= 0 ? k : -k - 1;
    }

    int size() {
        return at.length;
    }

    int get(int k) {
        return at[k];
    }
}
