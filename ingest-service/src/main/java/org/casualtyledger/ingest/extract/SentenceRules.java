package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Scope;

/** Rules over the claims of one sentence: running totals and their period, breakdown scope, provisional tolls. */
final class SentenceRules {

    private static final Set<String> RISE_VERBS = Set.of("rose", "risen", "rises", "climbed", "increased", "reached");
    private static final Set<String> PERIOD_WORDS = Set.of("early", "late", "mid", "beginning", "start", "end", "outbreak");
    private static final Set<String> PROVISIONAL_CUES = Set.of("expected", "likely", "may", "could", "might");
    private static final Set<String> RISE_WORDS = Set.of("rise", "increase", "climb", "grow", "go");

    private SentenceRules() {
    }

    static void apply(List<Draft> drafts, List<Token> tokens, Sentence s, Clauses clauses, LocalDate publishedAt) {
        for (Draft d : drafts) {
            if (d.parent != null) {
                d.scope = d.parent.scope;
            } else if (isRunningTotal(d, tokens, clauses)) {
                d.scope = Scope.CUMULATIVE;
            }
            if (d.scope == Scope.CUMULATIVE) {
                readPeriod(d, tokens, s, clauses, publishedAt);
            }
        }
        sharePeriods(drafts);
        markProvisional(drafts, tokens, s);
    }

    /** "it rose to 1213 the number of ...", "since early December 2018", "so far", "in total", "had executed". */
    private static boolean isRunningTotal(Draft d, List<Token> tokens, Clauses clauses) {
        int from = clauses.start(d.quantity.from());
        int to = clauses.end(d.quantity.to() - 1);
        boolean rise = false;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            String next = i + 1 < to ? tokens.get(i + 1).lower() : "";
            if (RISE_VERBS.contains(w) && i < d.quantity.from()) {
                rise = true;
            }
            if (rise && w.equals("number") && i > 0 && tokens.get(i - 1).is("the") && next.equals("of")) {
                return true;
            }
            if (w.equals("since") && sincePeriod(tokens, i + 1, to)) {
                return true;
            }
            if ((w.equals("so") && next.equals("far")) || (w.equals("to") && next.equals("date"))
                    || (w.equals("in") && next.equals("total"))) {
                return true;
            }
        }
        return d.outcomeFrom > from && tokens.get(d.outcomeFrom - 1).is("had") && d.outcomeTo <= d.quantity.from();
    }

    private static boolean sincePeriod(List<Token> tokens, int from, int to) {
        for (int i = from; i < Math.min(to, from + 6); i++) {
            String w = tokens.get(i).lower();
            if (NonCasualty.MONTHS.contains(w) || NonCasualty.isYear(tokens.get(i)) || PERIOD_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The period of a running total: "since DATE [to DATE]", or "after ... on DATE" after the figure. */
    private static void readPeriod(Draft d, List<Token> tokens, Sentence s, Clauses clauses, LocalDate publishedAt) {
        int from = clauses.start(d.quantity.from());
        int to = clauses.end(d.quantity.to() - 1);
        DateReader.Dated since = sinceAfter(tokens, d.quantity.to(), to, s.to(), publishedAt);
        if (since == null && d.parent == null) {
            since = sinceAfter(tokens, from, d.quantity.from(), s.to(), publishedAt);
        }
        if (since == null) {
            return;
        }
        d.periodStart = since.date();
        if (since.to() < s.to() && (tokens.get(since.to()).is("to") || tokens.get(since.to()).is("until"))) {
            DateReader.Dated until = DateReader.read(tokens, since.to() + 1, s.to(), s.to(), publishedAt);
            if (until != null && until.from() <= since.to() + 3) {
                d.periodEnd = until.date();
            }
        }
    }

    private static DateReader.Dated sinceAfter(List<Token> tokens, int from, int to, int sentenceEnd, LocalDate publishedAt) {
        for (int i = from; i < to; i++) {
            boolean since = tokens.get(i).is("since");
            boolean afterOn = tokens.get(i).is("on") && i > from && hasAfter(tokens, from, i);
            if (since || afterOn) {
                DateReader.Dated dated = DateReader.read(tokens, i + 1, Math.min(to + 1, sentenceEnd), sentenceEnd, publishedAt);
                if (dated != null) {
                    return dated;
                }
            }
        }
        return null;
    }

    private static boolean hasAfter(List<Token> tokens, int from, int i) {
        for (int k = Math.max(from, i - 12); k < i; k++) {
            if (tokens.get(k).is("after")) {
                return true;
            }
        }
        return false;
    }

    /** Parallel running totals in one sentence ("it rose to 1213 ..., while it rose to 653 ... since X") share X. */
    private static void sharePeriods(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.scope != Scope.CUMULATIVE || d.periodStart != null || d.parent != null) {
                continue;
            }
            for (int j = i + 1; j < drafts.size(); j++) {
                Draft later = drafts.get(j);
                if (later.scope == Scope.CUMULATIVE && later.parent == null && later.outcome == d.outcome && later.periodStart != null) {
                    d.periodStart = later.periodStart;
                    d.periodEnd = later.periodEnd;
                    break;
                }
            }
        }
        for (Draft d : drafts) {
            if (d.parent != null && d.periodStart == null) {
                d.periodStart = d.parent.periodStart;
                d.periodEnd = d.parent.periodEnd;
            }
        }
    }

    /** "the number of those who were killed is expected to increase": the incident figures before it may change. */
    private static void markProvisional(List<Draft> drafts, List<Token> tokens, Sentence s) {
        for (int i = s.from(); i + 2 < s.to(); i++) {
            if (PROVISIONAL_CUES.contains(tokens.get(i).lower()) && tokens.get(i + 1).is("to")
                    && RISE_WORDS.contains(tokens.get(i + 2).lower())) {
                int cue = i;
                drafts.stream().filter(d -> d.scope == Scope.INCIDENT && d.quantity.from() < cue)
                        .forEach(d -> d.flags.add(ClaimFlag.PROVISIONAL));
            }
        }
    }
}
